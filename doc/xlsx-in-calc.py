#!/usr/bin/python3
"""xlsx-in-calc.py - render a sheet of a workbook as headless LibreOffice Calc prints it.

Usage: /usr/bin/python3 doc/xlsx-in-calc.py IN.xlsx OUT.png SHEET LASTCELL [HIDE...]

Prints SHEET (a name) from A1 to LASTCELL with the grid and the A/B/C and
1/2/3 headers onto one landscape page, the columns HIDE (ranges like E:AI)
hidden, exports it as PDF and turns that into a trimmed PNG with pdftoppm
and PIL.  Needs what doc/csv-in-calc.py needs (libreoffice-calc-nogui,
python3-uno, poppler-utils, python3-pil).

Made doc/xlsx-in-calc.png (see the commit): the five seeds' workbook, the
meta columns and the two t3 rows of seed 001 that break an identity:
    (cd examples && gir-xlsx *.txt) > seeds.xlsx
    /usr/bin/python3 doc/xlsx-in-calc.py seeds.xlsx doc/xlsx-in-calc.png 报告 FZ8 E:AI AQ:FS
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
    src, png, name, last = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    hide = sys.argv[5:]
    work = tempfile.mkdtemp(prefix='xlsx-in-calc.')
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
            sys.exit('xlsx-in-calc: soffice did not start')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, props(Hidden=True))
        sheet = doc.Sheets.getByName(name)
        for r in hide:
            sheet.getCellRangeByName(r).Columns.IsVisible = False
        area = sheet.getCellRangeByName('A1:' + last).RangeAddress
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
