#!/bin/sh
# PDF read directly: the layout pages and the seeds printed by LibreOffice
# on A4, A4 landscape and a narrow page where tables cross pages
# (tests/gen/make-pdfdocx) give every cell of their answers through
# gir-split | gir-table, and never a wrong number.
. "$top_srcdir/tests/lib.sh"
if gir-split "$fixtures/pdf/001-a4.pdf" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without PDF support: skipped"; exit 77
fi
score_dir "$fixtures/pdf" pdf
finish
