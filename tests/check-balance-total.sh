#!/bin/sh
# t3.balance in the 总计 column follows the data (identities-*.tsv): its
# only given cell is (七)总计's 总计.  A blank 本年新收, 上年结转 or
# 结转下年度 total counts as 0 like any blank cell (gir-check used to skip
# the column then); a blank (七)总计 total skips it.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# clean: 10 + 1 = 10 + 1.  结转下年度's total blank: 10 + 1 != 10 + 0.
setcell t3 carried_forward total "" < "$clean" | gir-check -q > "$tmp/out"
assert_eq "blank 结转下年度 total: exit status" 1 $?
assert_eq "blank 结转下年度 total: the balance is broken" "t3.balance total 11 10 277" \
    "$(grep -P '^issue\terror\tt3\.balance\t' "$tmp/out" | cut -f3-7 | tr '\t' ' ')"
assert_grep "the message gives the blank as 0" \
    '本年新收 10 \+ 上年结转 1 differ from \(七\)总计 10 \+ 结转下年度 0' "$tmp/out"
assert_no_grep "its own row sum is not given" 't3\.row_sum' "$tmp/out"
# 本年新收's total blank: 0 + 1 != 10 + 1.
setcell t3 new total "" < "$clean" | gir-check -q > "$tmp/out"
assert_eq "blank 本年新收 total" "t3.balance total 1 11" \
    "$(grep -P '^issue\terror\tt3\.balance\t' "$tmp/out" | cut -f3-6 | tr '\t' ' ')"
# (七)总计's total blank: the balance and the column sum of 总计 are not given.
setcell t3 total total "" < "$clean" | gir-check -q > "$tmp/out"
assert_eq "blank (七)总计 total: exit status" 0 $?
assert_no_grep "blank (七)总计 total: not checked" '^issue' "$tmp/out"
finish
