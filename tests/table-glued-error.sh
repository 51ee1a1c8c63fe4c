#!/bin/sh
# A report that really breaks an identity in a glued table (a 部分公开 row
# printed 5000006: 5 for 自然人, 6 for 总计) still has the rest of its
# table read: a split singled out by its own row's identity is taken
# whatever the rest of the table says.  The broken row itself is a split
# its own identity rejects, so it stays empty, with a warning.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
cells "$tables/glued-error.txt" > "$tmp/got"
# never a number the truth does not have
awk -F= 'NR == FNR { want[$1] = $2; next }
         $2 != "" && want[$1] != $2 { print "wrong: " $0 " (answer " want[$1] ")" }' \
    "$tables/glued-error.truth" "$tmp/got" > "$tmp/wrong"
assert_eq "no wrong number" "" "$(cat "$tmp/wrong")"
# the rows each singled out by their own sum are read
for row in new carried_over total carried_forward denied.three_safety other.other; do
    assert_eq "t3 row $row read" 7 \
        "$(grep -c "^t3\.$row\.[a-z_]*=[0-9]" "$tmp/got")"
done
assert_eq "the broken row left empty" 0 "$(grep -c '^t3\.partial\.[a-z_]*=[0-9]' "$tmp/got")"
assert_grep "the broken row warned" "t3 row partial .*5000006" "$tmp/err"
finish
