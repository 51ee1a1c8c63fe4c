#!/bin/sh
# Word files gir cannot read: a zip that is no Word document, a damaged
# word/document.xml, a truncated .docx, a zip bomb (word/document.xml over
# the 64 MiB limit).  Each gives its message, exit status 2, no record of
# that report, and the next file is still read.
. "$top_srcdir/tests/lib.sh"
bad="$fixtures/bad"
if gir-split "$fixtures/docx/001.docx" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without .docx support: skipped"; exit 77
fi
next="$seeds/001_b40d9c03878ac230.txt"
head -c 5000 "$fixtures/docx/001.docx" >"$tmp/truncated.docx"

check() {
    timeout $((60 * slow)) gir-split "$1" "$next" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$2: exit status" 2 $?
    assert_grep "$2: message" "^gir-split: $1: error: ($3)" "$tmp/err"
    assert_no_grep "$2: nothing written for it" "^report	$1\$" "$tmp/out"
    assert_grep "$2: the next file is read" "^end	$next\$" "$tmp/out"
    assert_no_grep "$2: no sanitizer report" 'Sanitizer|runtime error' "$tmp/err"
}
check "$bad/notword.zip" "zip" "a zip archive, not a Word document; .*soffice --headless --convert-to docx"
check "$bad/badxml.docx" "bad XML" "a damaged Word document \(word/document.xml is not well-formed XML\)"
check "$tmp/truncated.docx" "truncated" "a damaged or truncated Word document"
check "$bad/bomb.docx" "zip bomb" "word/document.xml would inflate to 83886188 bytes, more than the limit of 64 MiB"

# A .docx on standard input is read as by name.
gir-split -q -p "$fixtures/docx/001.docx" >"$tmp/byname"
gir-split -q -p <"$fixtures/docx/001.docx" >"$tmp/stdin"
assert_same_file "docx on stdin" "$tmp/byname" "$tmp/stdin"
assert_eq "meta encoding DOCX" "encoding	DOCX" "$(gir-split -q "$fixtures/docx/001.docx" | sed -n 's/^meta	\(encoding	.*\)/\1/p')"
finish
