#!/bin/sh
# Values on separate lines are separate cells, never one glued run:
# LibreOffice's text export prints a t3 row a cell a line, a blank cell an
# empty line (21 / 1 / - / - / 2 / 1 / 25).  Its five values for seven
# cells are not the digits 2112125 split seven ways (2,1,1,2,1,2,5).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
cells "$tables/lines-separate.txt" > "$tmp/got"
assert_eq "t3.new read a cell a line" \
    "21 1   2 1 25" \
    "$(grep '^t3\.new\.' "$tmp/got" | cut -d= -f2 | tr '\n' ' ' | sed 's/ $//')"
finish
