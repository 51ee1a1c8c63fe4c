#!/bin/sh
# t4's one row on a delimited line of its own under the header lines,
# with blank cells as empty fields (a page's cells, CSV, TSV, a box grid
# whose header lines have other shapes): a line with no label and one
# field per cell is read field by field, so the blanks keep every value
# in its column.  A field lost (14 for 15 cells) leaves no way to place
# the values: t4 stays empty.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
cells "$tables/t4-blank-fields.csv" > "$tmp/got"
assert_eq "csv: t4 fields" " 3   3|   1204 1204|9  5 4 18" "$(t4_cells)"
assert_no_grep "csv: no warning about t4" 'row all|cell.unread' "$tmp/err"
cells "$tables/t4-blank-grid.txt" > "$tmp/got"
assert_eq "box grid: t4 fields" " 3   3|   1204 1204|9  5 4 18" "$(t4_cells)"
assert_no_grep "box grid: no warning about t4" 'row all|cell.unread' "$tmp/err"
sed 's/^,3,,,3,/,3,,3,/' "$tables/t4-blank-fields.csv" > "$tmp/short.csv"
cells "$tmp/short.csv" > "$tmp/got"
assert_eq "a field lost: t4 left empty" "    |    |    " "$(t4_cells)"
assert_grep "a field lost: a warning with the line" '^gir-table: .*short.csv:[0-9]+: warning: t4 row all' "$tmp/err"
finish
