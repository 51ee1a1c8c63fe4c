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
# Reading past a wrapped label is a choice of where the label ends, so
# the row's sums must confirm it: 3 0 "" "" "" / 1 does not add up.
awk '/^申请数量$/ { print; getline; print "3"; next } { print }' "$tmp/blank-first.txt" |
    awk '/^申请数量$/ { row = 1 } row && $0 == "0" && seen++ == 1 { print "1"; row = 0; next } { print }' \
    > "$tmp/wrapped-unsure.txt"
cells "$tmp/wrapped-unsure.txt" > "$tmp/got"
assert_eq "a wrapped label, sums not holding: row left" "      " \
    "$(grep '^t3\.carried_over\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
# A line under the label that does not read on from it (公开 / 数量申请:
# 开数 is nowhere in the label) is another cell's piece: the row is left.
sed 's/^申请数量$/数量申请/' "$tmp/blank-first.txt" > "$tmp/not-on.txt"
cells "$tmp/not-on.txt" > "$tmp/got"
assert_eq "a label piece that does not read on: row left" "      " \
    "$(grep '^t3\.carried_over\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
finish
