#!/bin/sh
# t4's anchor (行政复议) is the table's only where its column headers
# (结果维持 …) follow it before its values: a line of the section's text
# that names 行政复议 beside a number of its own (a spreadsheet's summary
# line, 本年度收到的行政复议申请（件） | 3) is not the table.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
cells "$tables/t4-narrative.txt" > "$tmp/got"
assert_eq "t4 read from the table, not the summary line" \
    "0 1 0 0 1 0 0 0 0 0 1 1 0 0 2" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr '\n' ' ' | sed 's/ $//')"
finish
