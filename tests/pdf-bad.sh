#!/bin/sh
# PDFs gir cannot read: a scan with no text layer, an encrypted PDF, a
# truncated and a corrupt one.  Each gives a message naming what it is and
# the way on, exit status 2, no record of that report, and the next file
# is still read.
. "$top_srcdir/tests/lib.sh"
bad="$fixtures/bad"
if gir-split "$bad/text.pdf" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without PDF support: skipped"; exit 77
fi
next="$seeds/001_b40d9c03878ac230.txt"
head -c 60000 "$fixtures/pdf/001-a4.pdf" >"$tmp/truncated.pdf"
{ printf '%%PDF-1.7\n'; head -c 20000 /dev/urandom; printf '\n%%%%EOF\n'; } >"$tmp/corrupt.pdf"
{ printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n'; } >"$tmp/nopages.pdf"

# check FILE WHAT PATTERN: FILE then a good report
check() {
    gir-split "$1" "$next" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$2: exit status" 2 $?
    assert_grep "$2: message" "^gir-split: $1: error: ($3)" "$tmp/err"
    assert_no_grep "$2: nothing written for it" "^report	$1\$" "$tmp/out"
    assert_grep "$2: the next file is read" "^end	$next\$" "$tmp/out"
    assert_no_grep "$2: no sanitizer report" 'Sanitizer|runtime error' "$tmp/err"
}
check "$bad/scanned.pdf" "scanned" "a PDF without a text layer .*ocrmypdf"
check "$bad/encrypted.pdf" "encrypted" "an encrypted PDF .*qpdf --decrypt"
check "$tmp/truncated.pdf" "truncated" "a truncated PDF"
check "$tmp/corrupt.pdf" "corrupt" "a damaged PDF|a PDF without a text layer"
check "$tmp/nopages.pdf" "no pages" "a damaged PDF|a PDF without a text layer"

# gir-table, gir-check and gir-csv read raw reports the same way
for p in gir-table gir-check gir-csv; do
    $p "$bad/scanned.pdf" "$next" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$p on a scan: exit status" 2 $?
    assert_grep "$p names the scan" "^$p: $bad/scanned.pdf: error: a PDF without a text layer" "$tmp/err"
done

# A readable PDF: its text, by name and on standard input
assert_eq "text.pdf read" "Report 2022: a line of text to read." "$(gir-split -q -p "$bad/text.pdf")"
assert_eq "text.pdf on stdin" "Report 2022: a line of text to read." "$(gir-split -q -p <"$bad/text.pdf")"
assert_eq "meta encoding PDF" "encoding	PDF" "$(gir-split -q "$bad/text.pdf" | sed -n 's/^meta	\(encoding	.*\)/\1/p')"
finish
