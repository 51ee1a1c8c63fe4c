#!/bin/sh
# One cell per line with blank cells as empty lines (LibreOffice's text
# export): read when the row shows it (adjacent values, first and last
# cell printed); a row starting with a blank stays empty with a warning;
# cells separated by empty lines are never read as blank cells.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "empty lines: cells" lines-empty.txt
assert_grep "a row whose first cell is blank: warning" \
    'lines-empty.txt:[0-9]*: warning: t3 row carried_over .*cells left empty' "$tmp/err"
same_cells "separating empty lines: no cell placed" lines-separated.txt
finish
