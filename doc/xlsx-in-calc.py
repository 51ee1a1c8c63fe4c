#!/usr/bin/python3
"""xlsx-in-calc.py - render a sheet of a workbook as headless LibreOffice Calc prints it.

Usage: /usr/bin/python3 doc/xlsx-in-calc.py IN.xlsx OUT.png SHEET LASTCELL [HIDE...]

Prints SHEET (a name) from A1 to LASTCELL with the grid and the A/B/C and
1/2/3 headers onto one landscape page, the columns HIDE (ranges like E:AI)
hidden, exports it as PDF and turns that into a trimmed PNG with pdftoppm
and PIL (doc/calcshot.py).

Made doc/xlsx-in-calc.png (see the commit): the five seeds' workbook, the
meta columns and the two t3 rows of seed 001 that break an identity:
    (cd examples && gir-xlsx *.txt) > seeds.xlsx
    /usr/bin/python3 doc/xlsx-in-calc.py seeds.xlsx doc/xlsx-in-calc.png 报告 FZ8 E:AI AQ:FS
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calcshot import calc, load, print_area_png


def main():
    src, png, name, last = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    hide = sys.argv[5:]
    with calc('xlsx-in-calc') as (desktop, work):
        doc = load(desktop, src)
        sheet = doc.Sheets.getByName(name)
        for r in hide:
            sheet.getCellRangeByName(r).Columns.IsVisible = False
        print_area_png(doc, sheet, 'A1:' + last, work, png)


if __name__ == '__main__':
    main()
