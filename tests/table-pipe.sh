#!/bin/sh
# gir-table reads a markdown pipe table, t2 t3 t4.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "pipe: all 200 cells" pipe.md
assert_no_grep "pipe: no warning about rows or tables" 'row|table' "$tmp/err"
finish
