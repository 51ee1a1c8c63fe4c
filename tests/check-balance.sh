#!/bin/sh
# t3.balance: 本年新收 + 上年结转 = (七)总计 + 结转下年度, per column key.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
setcell t3 carried_forward natural 3 < "$clean" | setcell t3 carried_forward total 3 \
    | gir-check -q > "$tmp/out"
assert_eq "exit status" 1 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/balance.issues" "$tmp/issues"
# The balance holds with different rows that still balance.
setcell t3 new natural 9 < "$clean" | setcell t3 new total 11 \
    | setcell t3 carried_forward natural 2 | setcell t3 carried_forward total 2 \
    | gir-check -q > "$tmp/out"
assert_eq "balanced" 0 $?
assert_no_grep "no balance issue" "t3\.balance" "$tmp/out"
finish
