#!/bin/sh
# AsciiDoc writes a table as a stream of cells between |=== lines: each
# bar starts a cell, and a row ends when it has as many cells as the
# table has columns (its cols attribute, else its first line's cells),
# wherever the lines break.  So a bar ending a line starts an empty last
# cell (|4 |: a blank total, not a border), a row may go on over several
# lines (pandoc wraps long rows), and text before a line's first bar goes
# on with the cell above (` +` is AsciiDoc's hard break inside a cell).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
adoc="$tables/t4-cell-starts.adoc"
want=" 3   3|   1204 1204|9  5 4 18"
cells "$adoc" > "$tmp/got"
assert_eq "one row a line" "$want" "$(t4_cells)"
sed 's/|4 |18$/|4 |/' "$adoc" > "$tmp/trailing.adoc"
cells "$tmp/trailing.adoc" > "$tmp/got"
assert_eq "a bar ending the row starts an empty total" " 3   3|   1204 1204|9  5 4 " "$(t4_cells)"
sed '/^\[cols/d' "$tmp/trailing.adoc" > "$tmp/nocols.adoc"
cells "$tmp/nocols.adoc" > "$tmp/got"
assert_eq "no cols attribute: the first line's cells are the columns" \
    " 3   3|   1204 1204|9  5 4 " "$(t4_cells)"
sed 's/^\[cols=.*/[cols="15*"]/' "$tmp/trailing.adoc" > "$tmp/repeat.adoc"
cells "$tmp/repeat.adoc" > "$tmp/got"
assert_eq "cols=\"15*\": fifteen columns" " 3   3|   1204 1204|9  5 4 " "$(t4_cells)"
# The data row over three lines, the first ending in a hard break.
awk '/^\| \|3 /{ print "| |3 | | |3 | | | +"; print "|1204 |1204 |9"; print "| |5 |4 |18"; next } 1' \
    "$adoc" > "$tmp/wrapped.adoc"
cells "$tmp/wrapped.adoc" > "$tmp/got"
assert_eq "a row over three lines" "$want" "$(t4_cells)"
# A label cell going on after ` +` on the next line, the row's values
# after it: the row is still the template's 部分公开 row.
layouts="$fixtures/layouts"
cells "$layouts/soak2000-r1484-pandoc-adoc.txt" > "$tmp/got"
assert_eq "a label over a hard break" "0  0   0 " \
    "$(grep '^t3\.partial\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
# A cols attribute the rows do not fit (four columns, fifteen cells a
# line): the table is read a line at a time, as if it had none.
sed 's/^\[cols=.*/[cols=",,,",]/' "$adoc" > "$tmp/wrongcols.adoc"
cells "$tmp/wrongcols.adoc" > "$tmp/got"
assert_eq "a cols attribute the rows do not fit" "$want" "$(t4_cells)"
finish
