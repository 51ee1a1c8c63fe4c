#!/bin/sh
# The lines of a Word document (tests/fixtures/docx-lines/lines.docx,
# written by tests/gen/make-docx-lines): Word's list labels (一、, （一）,
# 1.) come from word/numbering.xml and are written before the text; a soft
# break ends a paragraph's line but is a space inside a cell, as a tab is;
# gridSpan leaves the columns it covers empty, a vMerge label is repeated
# down the rows it spans; deleted text and field instructions are not text.
# LINE is the line's number in the output.
. "$top_srcdir/tests/lib.sh"
d="$fixtures/docx-lines"
if gir-split "$d/lines.docx" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without .docx support: skipped"; exit 77
fi
gir-split -q -p "$d/lines.docx" >"$tmp/out"
assert_same_file "lines of lines.docx" "$d/lines.want" "$tmp/out"
gir-split -q "$d/lines.docx" | awk -F'\t' '$1 == "text" { print $2 }' | tr '\n' ' ' >"$tmp/nums"
assert_eq "LINE numbers 1..n" "1 2 3 4 5 6 7 8 " "$(cat "$tmp/nums")"
assert_eq "sections found at their lines" "$(printf '1\t1\n2\t4\n3\t8')" \
    "$(gir-split -q -l "$d/lines.docx" | cut -f2,3 | head -3)"
finish
