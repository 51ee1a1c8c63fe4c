#!/bin/sh
# t3.balance: 本年新收 + 上年结转 = (七)总计 + 结转下年度, per column key.
# A blank cell counts as 0 (the 总计 column, given by (七)总计 alone:
# tests/check-balance-total.sh).
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
# A blank part counts as 0: natural's 结转下年度 blank, 8 + 1 != 8 + 0.
setcell t3 carried_forward natural "" < "$clean" | gir-check -q > "$tmp/out"
assert_eq "blank part: exit status" 1 $?
assert_eq "blank part: natural unbalanced" "t3.balance natural 9 8" \
    "$(grep -P '^issue\terror\tt3\.balance\t' "$tmp/out" | cut -f3-6 | tr '\t' ' ')"
finish
