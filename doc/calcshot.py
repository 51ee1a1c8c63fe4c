# SPDX-License-Identifier: GPL-3.0-or-later
"""calcshot.py - what doc/csv-in-calc.py and doc/xlsx-in-calc.py share:
a headless LibreOffice Calc to load a file in, and a sheet's print area
turned into a trimmed PNG (one landscape page with the grid and the
A/B/C and 1/2/3 headers, exported as PDF, then pdftoppm and PIL).
Needs libreoffice-calc-nogui, python3-uno, poppler-utils, python3-pil
(Debian packages, for /usr/bin/python3)."""
import contextlib, os, shutil, subprocess, sys, tempfile, time

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


@contextlib.contextmanager
def calc(prog):
    """A running soffice: yields (desktop, work directory); stops it after."""
    work = tempfile.mkdtemp(prefix=prog + '.')
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
            sys.exit(prog + ': soffice did not start')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        yield desktop, work
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(work, ignore_errors=True)


def load(desktop, path, **kw):
    return desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, props(Hidden=True, **kw))


def print_area_png(doc, sheet, area, work, png):
    """SHEET's AREA (a range name) of DOC, as Calc prints it, into PNG."""
    sheet.setPrintAreas((sheet.getCellRangeByName(area).RangeAddress,))
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
