#!/bin/sh
# t3.balance: 本年新收 + 上年结转 = (七)总计 + 结转下年度, per column key.
# A blank applicant cell counts as 0; in the 总计 column each term is a
# row's total, and a blank total is "not given": that column is skipped.
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
# A blank total in the 总计 column (a PDF conversion lost it) is not 0.
setcell t3 carried_forward total "" < "$clean" | gir-check -q > "$tmp/out"
assert_eq "blank total: exit status" 0 $?
assert_no_grep "blank total: no balance issue" "t3\.balance" "$tmp/out"
finish
