#!/bin/sh
# gir-table reads a CSV rows read with libcsv, quoted labels with commas.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "csv: all 200 cells" rows.csv
assert_no_grep "csv: no warning about rows or tables" 'row|table' "$tmp/err"
finish
