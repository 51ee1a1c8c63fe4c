#!/bin/sh
# t3.result_sum: rows (一)…(六) add up to (七)总计, per column key.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# other.other is the last result row: it counts; carried_forward does not.
setcell t3 other.other natural 1 < "$clean" | setcell t3 other.other total 1 \
    | gir-check -q > "$tmp/out"
assert_eq "exit status" 1 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/result-sum.issues" "$tmp/issues"
setcell t3 carried_forward research 0 < "$clean" | gir-check -q > "$tmp/out"
assert_no_grep "carried_forward is not a result row" 'result_sum' "$tmp/out"
finish
