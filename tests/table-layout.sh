#!/bin/sh
# gir-table reads a pdftotext -layout columns, wrapped labels, page break inside t3.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "layout: all 200 cells" layout.txt
assert_no_grep "layout: no warning about rows or tables" 'row|table' "$tmp/err"
finish
