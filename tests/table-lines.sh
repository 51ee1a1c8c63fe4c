#!/bin/sh
# One cell per line with blank cells as empty lines (LibreOffice's text
# export): read when the row shows it (adjacent values, first and last
# cell printed).  A row starting or ending with a blank is the lines
# right after its label (wrapped labels included) only where its sums
# hold: carried_over "" 0 "" "" "" / 1 does not add up and stays empty
# with a warning; with a total of 0 it is read.  Cells separated by
# empty lines are never read as blank cells.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "empty lines: cells" lines-empty.txt
assert_grep "a row whose first cell is blank: warning" \
    'lines-empty.txt:[0-9]*: warning: t3 row carried_over .*cells left empty' "$tmp/err"
same_cells "separating empty lines: no cell placed" lines-separated.txt
# carried_over with a total of 0, its label wrapped over two lines.
awk '/^二、上年结转/ { print "二、上年结转政府信息公开"; print "申请数量"; row = 1; next }
     row && $0 == "1" { print "0"; row = 0; next } { print }' \
    "$tables/lines-empty.txt" > "$tmp/blank-first.txt"
cells "$tmp/blank-first.txt" > "$tmp/got"
assert_eq "a blank first cell, sums holding: read" " 0     0" \
    "$(grep '^t3\.carried_over\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_no_grep "a blank first cell, sums holding: no warning" 'carried_over' "$tmp/err"
finish
