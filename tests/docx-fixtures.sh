#!/bin/sh
# Word .docx read directly: the layout pages and the seeds saved as .docx
# by LibreOffice (tests/gen/make-pdfdocx) give every cell of their answers
# through gir-split | gir-table, and never a wrong number.
. "$top_srcdir/tests/lib.sh"
gir-split --version >/dev/null
if gir-split "$fixtures/docx/001.docx" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without .docx support: skipped"; exit 77
fi
score_dir "$fixtures/docx" docx
finish
