#!/bin/sh
# Layout tables (a table holding tables, or one column) are not data:
# two tables side by side in one cell come out one after the other,
# each row a TSV line; a one-column table's paragraphs are lines.
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
gir-split -p -q "$h/layout.html" > "$tmp/out"
assert_same_file "layout lines" "$h/layout.expected" "$tmp/out"
assert_eq "inner rows" 4 "$(grep -c "$(printf '\t')" "$tmp/out")"
assert_grep "second inner table" "$(printf '^结果纠正\t4$')" "$tmp/out"
finish
