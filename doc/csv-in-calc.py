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
pdftoppm and PIL.  Needs: libreoffice-calc-nogui, python3-uno,
poppler-utils, python3-pil (Debian packages, for /usr/bin/python3).
"""
import os, shutil, subprocess, sys, tempfile, time

import uno
from com.sun.star.beans import PropertyValue


def props(**kw):
    out = []
    for k, v in kw.items():
        p = PropertyValue()
        p.Name, p.Value = k, v
        out.append(p)
    return tuple(out)


def col_name(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def main():
    src, png, cols, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    widths = [float(x) for x in sys.argv[5].split(',')] if len(sys.argv) > 5 else [5.0]
    work = tempfile.mkdtemp(prefix='csv-in-calc.')
    port = 2002 + os.getpid() % 1000
    office = subprocess.Popen(
        ['soffice', '-env:UserInstallation=file://' + work + '/profile', '--headless',
         '--invisible', '--norestore',
         '--accept=socket,host=127.0.0.1,port=%d;urp;' % port])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            'com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(
                    'uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext' % port)
                break
            except Exception:
                time.sleep(0.5)
        else:
            sys.exit('csv-in-calc: soffice did not start')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0,
            props(Hidden=True, FilterName='Text - txt - csv (StarCalc)',
                  FilterOptions='44,34,76,1'))
        sheet = doc.Sheets.getByIndex(0)
        columns = sheet.Columns
        for i in range(cols):
            columns.getByIndex(i).Width = int((widths[i] if i < len(widths) else 2.3) * 1000)
        header = int(sys.argv[6]) - 1 if len(sys.argv) > 6 else 0
        sheet.Rows.getByIndex(header).IsTextWrapped = True
        sheet.Rows.getByIndex(header).OptimalHeight = True
        area = sheet.getCellRangeByName('A1:%s%d' % (col_name(cols), rows)).RangeAddress
        sheet.setPrintAreas((area,))
        style = doc.StyleFamilies.getByName('PageStyles').getByName(sheet.PageStyle)
        style.IsLandscape = True
        w, h = style.Width, style.Height
        if w < h:
            style.Width, style.Height = h, w
        style.PrintGrid = True
        style.PrintHeaders = True
        style.HeaderIsOn = False
        style.FooterIsOn = False
        style.ScaleToPagesX = 1
        style.ScaleToPagesY = 1
        pdf = os.path.join(work, 'out.pdf')
        doc.storeToURL(uno.systemPathToFileUrl(pdf), props(FilterName='calc_pdf_Export'))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        subprocess.run(['pdftoppm', '-f', '1', '-l', '1', '-r', '130', '-png', '-singlefile',
                        pdf, os.path.join(work, 'page')], check=True)
        from PIL import Image, ImageChops
        im = Image.open(os.path.join(work, 'page.png')).convert('RGB')
        bg = Image.new('RGB', im.size, (255, 255, 255))
        box = ImageChops.difference(im, bg).getbbox()
        if box:
            pad = 12
            box = (max(box[0] - pad, 0), max(box[1] - pad, 0),
                   min(box[2] + pad, im.width), min(box[3] + pad, im.height))
            im = im.crop(box)
        im.save(png, optimize=True)
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
