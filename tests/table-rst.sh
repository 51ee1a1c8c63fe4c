#!/bin/sh
# pandoc's rst grid tables wrap a row label a few characters a line, so a
# row's values stand beside the label's first characters (一、, an item's
# 8 over .属于行政查询) while the core that finds the row (本年新收) comes
# lines later.  The values after that core are the next row's: such a row
# is left empty with a warning, never given them; an item's number alone
# in its cell is the start of its label, not a value.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
page="$fixtures/layouts/001-rst.txt"
gir-split -q "$page" > "$tmp/rst.gir"
cells "$tmp/rst.gir" > "$tmp/got"
assert_eq "rst: t3 new is left empty, not given carried_over's 2" "" \
    "$(grep '^t3\.new\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_grep "rst: the warning names the other row's number" \
    '001-rst.txt:[0-9]+: warning: t3 row new .*the row number .二、. lies among its values' "$tmp/err"
# 000's 7.属于行政执法案卷 row is all 0; the row under it, 8 over
# .属于行政查询事项, has 1 0 / 1: the 8 read as a value made the query
# row's numbers look like enforcement_file's.
gir-split -q "$fixtures/layouts/000-rst.txt" > "$tmp/rst0.gir"
cells "$tmp/rst0.gir" > "$tmp/got0"
assert_eq "rst: an item's number starts its label, so the next row keeps its values" \
    "t3.denied.enforcement_file.natural=0" \
    "$(grep '^t3\.denied\.enforcement_file\.natural=' "$tmp/got0")"
finish
