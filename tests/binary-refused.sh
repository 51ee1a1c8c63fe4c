#!/bin/sh
# Binary input is recognised by content, never by name: a legacy .doc,
# .wps or .xls (OLE2 compound file), an image and an executable are
# refused with what they are and the way on (soffice for Office files,
# OCR for images), exit status 2, and the next file is still read.  These
# need no optional library.
. "$top_srcdir/tests/lib.sh"
next="$seeds/001_b40d9c03878ac230.txt"
ole='\320\317\021\340\241\261\032\341'
for ext in doc wps xls txt; do
    { printf "$ole"; head -c 4000 /dev/zero; } >"$tmp/legacy.$ext"
done
{ printf '\211PNG\r\n\032\n'; head -c 1000 /dev/urandom; } >"$tmp/scan.txt"
{ printf '\177ELF'; head -c 1000 /dev/zero; } >"$tmp/prog"

check() {
    gir-split "$1" "$next" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$2: exit status" 2 $?
    assert_grep "$2: message" "^gir-split: $1: error: ($3)" "$tmp/err"
    assert_no_grep "$2: nothing written for it" "^report	$1\$" "$tmp/out"
    assert_grep "$2: the next file is read" "^end	$next\$" "$tmp/out"
}
for ext in doc wps xls txt; do
    check "$tmp/legacy.$ext" "OLE2 as .$ext" "a legacy Office or WPS file .*soffice --headless --convert-to docx"
done
check "$tmp/scan.txt" "PNG" "an image, which has no text layer; run OCR"
check "$tmp/prog" "ELF" "an executable program"
gir-split <"$tmp/legacy.doc" >"$tmp/out" 2>"$tmp/err"
assert_eq "OLE2 on stdin: exit status" 2 $?
assert_grep "OLE2 on stdin: message" "^gir-split: -: error: a legacy Office" "$tmp/err"
gir-csv -q "$tmp/legacy.doc" "$next" >"$tmp/out" 2>"$tmp/err"
assert_eq "gir-csv on a .doc: exit status" 2 $?
assert_eq "gir-csv goes on with the next file" 2 "$(wc -l <"$tmp/out")"
finish
