#!/bin/sh
# t4 printed as three small tables under the headings 行政复议,
# 行政诉讼（未经复议直接起诉） and 行政诉讼（复议后起诉）: five cells each,
# read only when every group has exactly five values under its header.
# A row of placeholders `| - | - |` is a row of blanks, not a grid rule.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
f="$fixtures/layouts/000-subtables.md"
cells "$f" > "$tmp/got"
assert_eq "groups: review" "0 1 0 0 1" \
    "$(grep '^t4\.review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_eq "groups: suit_direct" "0 0 0 0 0" \
    "$(grep '^t4\.suit_direct\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_eq "groups: a row of '-' is five blank cells" "    " \
    "$(grep '^t4\.suit_after_review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_no_grep "groups: no warning" 't4' "$tmp/err"
# One group with four values: no group can be trusted, t4 stays empty.
awk '/^\| 0 \| 0 \| 0 \| 0 \| 0 \|$/ && !done { print "| 0 | 0 | 0 | 0 |"; done = 1; next } { print }' \
    "$f" > "$tmp/short.md"
cells "$tmp/short.md" > "$tmp/got"
assert_eq "short group: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_grep "short group: a warning with the line" '^gir-table: .*short.md:[0-9]+: warning: t4 row all' "$tmp/err"
finish
