#!/bin/sh
# Every cell gir-table leaves empty gets an issue record in the stream
# (warning, cell.unread, the cell's key, the reason), so the reason reaches
# gir-csv --issues and gir-check --report; stderr says it once a row.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
gir-table "$tables/glued-error.txt" > "$tmp/out" 2> "$tmp/err"
# one record per empty cell, none for a cell that was read
empty=$(awk -F'\t' '$1 == "cell" && $5 == "" { n++ } END { print n + 0 }' "$tmp/out")
assert_eq "a record per empty cell" "$empty" \
    "$(awk -F'\t' '$1 == "issue" && $3 == "cell.unread" { n++ } END { print n + 0 }' "$tmp/out")"
awk -F'\t' '$1 == "cell" && $5 == "" { print $2 "." $3 "." $4 }' "$tmp/out" | sort > "$tmp/keys.empty"
awk -F'\t' '$1 == "issue" && $3 == "cell.unread" { print $4 }' "$tmp/out" | sort > "$tmp/keys.issue"
assert_same_file "the records name the empty cells" "$tmp/keys.empty" "$tmp/keys.issue"
assert_grep "the reason is the record's message" \
    '^issue	warning	cell.unread	t3\.partial\.natural			1	t3 row partial .*5000006' "$tmp/out"
assert_eq "stderr: once a row" 1 "$(grep -c 't3 row partial' "$tmp/err")"
# the 2019 single row (六)其他处理 in a 2021 report
gir-table "$tables/row2019.txt" 2>/dev/null | grep '^issue	warning	cell.unread	t3\.other\.' > "$tmp/other"
assert_eq "2019 row: the three rows' cells" 21 "$(wc -l < "$tmp/other")"
# they reach gir-csv --issues
gir-table "$tables/glued-error.txt" 2>/dev/null | gir-csv --issues > "$tmp/csv"
assert_grep "in gir-csv --issues" '^.*glued-error\.txt,warning,cell\.unread,t3\.partial\.total,' "$tmp/csv"
# a row pdftotext without -layout set (words in the page's drawing order)
# says so, not "no column"
gir-split -q "$fixtures/layouts/soak2000-r0492-pdfraw.txt" | gir-table 2>"$tmp/err" >/dev/null
assert_grep "pdftotext without -layout: the reason says so" \
    'r0492-pdfraw\.txt:[0-9]+: warning: t2 row regulations .*: pdftotext without -layout sets words' "$tmp/err"
assert_no_grep "pdftotext without -layout: no row said to lack a column" 'no column to place' "$tmp/err"
finish
