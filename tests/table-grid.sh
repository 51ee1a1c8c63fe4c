#!/bin/sh
# gir-table reads a box-drawing grid with labels wrapped over grid lines.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "grid: all 200 cells" grid.txt
assert_no_grep "grid: no warning about rows or tables" 'row|table' "$tmp/err"
finish
