#!/bin/sh
# t4's one row on a delimited line of its own under the three header
# lines, with blank cells as empty fields (a page's cells, CSV, TSV): a
# line with no label and one field per cell is read field by field, so
# the blanks keep every value in its column.  A field lost (14 for 15
# cells) leaves no way to place the values: t4 stays empty.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
f="$tables/t4-blank-fields.csv"
cells "$f" > "$tmp/got"
assert_eq "t4 fields: review" " 3   3" \
    "$(grep '^t4\.review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_eq "t4 fields: suit_direct" "   1204 1204" \
    "$(grep '^t4\.suit_direct\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_eq "t4 fields: suit_after_review" "9  5 4 18" \
    "$(grep '^t4\.suit_after_review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_no_grep "t4 fields: no warning about t4" 'row all|cell.unread' "$tmp/err"
sed 's/^,3,,,3,/,3,,3,/' "$f" > "$tmp/short.csv"
cells "$tmp/short.csv" > "$tmp/got"
assert_eq "a field lost: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_grep "a field lost: a warning with the line" '^gir-table: .*short.csv:[0-9]+: warning: t4 row all' "$tmp/err"
finish
