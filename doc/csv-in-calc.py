#!/usr/bin/python3
"""csv-in-calc.py - render a CSV file as headless LibreOffice Calc shows it.

Usage: /usr/bin/python3 doc/csv-in-calc.py IN.csv OUT.png COLS ROWS [CM,CM... [HEADER_ROW]]

CM,CM... are the widths of the first columns (the others are 2.3 cm);
the text of HEADER_ROW (default 1) is wrapped.

Made doc/csv-in-calc.png and doc/csv-grid-in-calc.png (see the commit):
    gir-csv --excel --labels=zh seeds.gir > wide.csv
    gir-csv --excel --grid=t3 seeds.gir > grid.csv
    /usr/bin/python3 doc/csv-in-calc.py wide.csv doc/csv-in-calc.png 12 6 5.2,5.6,1.4,1.4
    /usr/bin/python3 doc/csv-in-calc.py grid.csv doc/csv-grid-in-calc.png 8 28 9.5 2

It starts soffice --headless, loads IN.csv with Calc's CSV import filter
(comma, double quote, UTF-8, from line 1), prints the first COLS columns
and ROWS rows with the grid and the A/B/C and 1/2/3 headers onto one
landscape page, exports it as PDF, and turns that into a trimmed PNG with
pdftoppm and PIL (doc/calcshot.py).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calcshot import calc, col_name, load, print_area_png


def main():
    src, png, cols, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    widths = [float(x) for x in sys.argv[5].split(',')] if len(sys.argv) > 5 else [5.0]
    with calc('csv-in-calc') as (desktop, work):
        doc = load(desktop, src, FilterName='Text - txt - csv (StarCalc)',
                   FilterOptions='44,34,76,1')
        sheet = doc.Sheets.getByIndex(0)
        columns = sheet.Columns
        for i in range(cols):
            columns.getByIndex(i).Width = int((widths[i] if i < len(widths) else 2.3) * 1000)
        header = int(sys.argv[6]) - 1 if len(sys.argv) > 6 else 0
        sheet.Rows.getByIndex(header).IsTextWrapped = True
        sheet.Rows.getByIndex(header).OptimalHeight = True
        print_area_png(doc, sheet, 'A1:%s%d' % (col_name(cols), rows), work, png)


if __name__ == '__main__':
    main()
