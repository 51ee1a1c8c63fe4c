#!/bin/sh
# A build without PDF or .docx support (configure --without-pdf
# --without-docx) refuses such input with the way on: pdftotext -layout for
# a PDF, soffice for a .docx; exit status 2, and the next file is read.
# In a build with both, there is nothing to test here.
. "$top_srcdir/tests/lib.sh"
next="$seeds/001_b40d9c03878ac230.txt"
tested=0
if gir-split "$fixtures/bad/text.pdf" 2>&1 >/dev/null | grep -q 'built without'; then
    tested=1
    gir-split "$fixtures/bad/text.pdf" "$next" >"$tmp/out" 2>"$tmp/err"
    assert_eq "PDF without poppler: exit status" 2 $?
    assert_grep "PDF without poppler: the way on" "^gir-split: .*text.pdf: a PDF, and this gir was built without PDF support .*pdftotext -layout" "$tmp/err"
    assert_grep "PDF without poppler: the next file is read" "^end	$next\$" "$tmp/out"
fi
if gir-split "$fixtures/docx/001.docx" 2>&1 >/dev/null | grep -q 'built without'; then
    tested=1
    gir-split "$fixtures/docx/001.docx" "$next" >"$tmp/out" 2>"$tmp/err"
    assert_eq ".docx without libzip: exit status" 2 $?
    assert_grep ".docx without libzip: the way on" "^gir-split: .*001.docx: a Word document \(.docx\), and this gir was built without .docx support .*soffice --headless --convert-to html" "$tmp/err"
    assert_grep ".docx without libzip: the next file is read" "^end	$next\$" "$tmp/out"
fi
[ "$tested" = 1 ] || { echo "built with PDF and .docx support: skipped"; exit 77; }
finish
