#!/bin/sh
# rowspan/colspan expanded into full TSV rows: labels repeated down,
# a number spanning rows never duplicated, colspan-covered columns empty,
# <br> inside a cell joined with a space, noise (script, style, nav class,
# footer, comment) dropped, &nbsp; a space.
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
gir-split -p -q "$h/spans.html" > "$tmp/out"
assert_same_file "spans lines" "$h/spans.expected" "$tmp/out"
# every row of the table has the same number of fields (5)
awk -F'\t' 'NF > 1 && NF != 5 { bad++ } END { print bad + 0 }' "$tmp/out" > "$tmp/bad"
assert_eq "full rows" 0 "$(cat "$tmp/bad")"
# the rowspan=2 number 2 appears once, the label on both rows
assert_eq "number not duplicated" 1 "$(grep -c "$(printf '\t2\t')" "$tmp/out")"
assert_eq "label repeated" 2 "$(grep -c '（三）不予公开' "$tmp/out")"
assert_grep "br in cell" "$(printf '2.其他法律 行政法规禁止公开\t\t1')" "$tmp/out"
assert_no_grep "script dropped" '不是正文' "$tmp/out"
assert_no_grep "nav dropped" '首页|政务公开' "$tmp/out"
assert_no_grep "footer dropped" '版权所有' "$tmp/out"
assert_no_grep "comment dropped" '注释' "$tmp/out"
assert_no_grep "no markup left" '[<>]' "$tmp/out"
finish
