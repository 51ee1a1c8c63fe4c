#!/bin/sh
# A markdown table whose delimiter row is `---|---` draws no outer bars,
# so a line of it starting with a bar has an empty first cell
# (`| 3| | | 3| ...` is t4 with review.upheld blank).  Where the bars do
# start every line (AsciiDoc's `|a |b`, or `| a | b |`), the first bar
# is not a cell: the same row reads the same.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
want=" 3   3|   1204 1204|9  5 4 18"
cells "$tables/borderless.md" > "$tmp/got"
assert_eq "no outer bars: a leading bar is an empty first cell" "$want" "$(t4_cells)"
cells "$tables/t4-cell-starts.adoc" > "$tmp/got"
assert_eq "cells starting with bars: the first bar is no cell" "$want" "$(t4_cells)"
# The same md table with its delimiter row drawn with outer bars: a line
# starting with a bar has no empty first cell, so the row is short.
sed 's/^---|---/|---|---|/' "$tables/borderless.md" > "$tmp/bordered.md"
cells "$tmp/bordered.md" > "$tmp/got"
assert_eq "outer bars: the leading bar is a border" "    |    |    " "$(t4_cells)"
finish
