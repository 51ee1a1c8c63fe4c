#!/bin/sh
# A row label run on into its row's first cell, the cell's number glued to
# it (关确认或重新出具已获取信30,888 in a PDF printed without table
# borders, kept as text), leaves that row unread, not its first cell
# blank: gir-check raises no error on this report, which breaks no
# identity (its answers: tests/fixtures/pdf/norules2627-r0135.truth.csv).
. "$top_srcdir/tests/lib.sh"
f=$fixtures/pdf/norules2627-r0135.pdf
if gir-split "$f" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without PDF support: skipped"; exit 77
fi
gir-split -q "$f" | gir-table -q | gir-check -q >"$tmp/out" 2>/dev/null
assert_no_grep "no false alarm on a correct report" '^issue	error' "$tmp/out"
grep -q '^issue	warning	cell.unread	t3.not_processed.confirm.natural	' "$tmp/out" ||
    fail "t3.not_processed.confirm.natural is not marked unread"
finish
