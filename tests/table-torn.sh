#!/bin/sh
# A torn table (a PDF converted to markdown) prints some labels apart
# from their values and out of order: a values line after two labels, one
# of a row that was not found, belongs to either.  Those cells stay empty
# with a warning naming both rows; the other rows are read as before.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
# Move 本机关不掌握 (unable.not_held) up between 5.属于三类内部事务信息 and
# that row's values, and drop its own values line.
awk '
    /5\.属于三类内部事务信息/ { print "5.属于三类内部事务信息"; print "1.本机关不掌握相关政府信息"; print "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |"; next }
    /本机关不掌握相关政府信息/ { next }
    { print }
' "$tables/pipe.md" > "$tmp/torn.md"
cells "$tables/pipe.md" > "$tmp/whole"
cells "$tmp/torn.md" > "$tmp/got"
assert_eq "torn: denied.internal left empty" "" \
    "$(grep '^t3\.denied\.internal\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_grep "torn: the warning names the other row" \
    'torn.md:[0-9]+: warning: t3 row denied.internal .*本机关不掌握相关政府信息.* not certain' "$tmp/err"
assert_eq "torn: the rows around it are read as before" \
    "$(grep -E '^t3\.denied\.(third_party|process)\.' "$tmp/whole")" \
    "$(grep -E '^t3\.denied\.(third_party|process)\.' "$tmp/got")"
finish
