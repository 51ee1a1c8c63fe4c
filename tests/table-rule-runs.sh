#!/bin/sh
# A rule of dash runs over a table (`------ ---- ----`: pandoc's plain
# and simple tables) draws its columns' extents.  Where the runs are the
# table's label columns and then exactly one per cell, a value inside a
# run is that cell's, so t4's one row with blank cells is read though
# its header words repeat.  A value across a run's edge, or one run too
# many, leaves the row unread.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
f="$tables/t4-rule-runs.txt"
cells "$f" > "$tmp/got"
assert_eq "rule runs: t4" " 3   3|   1204 1204|9  5 4 18" "$(t4_cells)"
assert_no_grep "rule runs: no warning about t4" 'row all|cell.unread' "$tmp/err"
# One run more than the table's cells: which run is whose is not said.
sed '3s/$/ ----/' "$f" > "$tmp/extra.txt"
cells "$tmp/extra.txt" > "$tmp/got"
assert_eq "a run to spare: t4 left empty" "    |    |    " "$(t4_cells)"
# A value across a run's edge (33 from the space before review.corrected's
# run into it) is not inside one run: the rule does not place it.
sed '7s/^             3 /            33 /' "$f" > "$tmp/across.txt"
cells "$tmp/across.txt" > "$tmp/got"
assert_eq "a value across a run's edge: t4 left empty" "    |    |    " "$(t4_cells)"
finish
