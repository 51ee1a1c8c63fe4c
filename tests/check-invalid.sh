#!/bin/sh
# cell.invalid: a count that is not a non-negative integer (error); the
# fee t2.fees.amount may be a decimal.  Invalid cells take no part in sums.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
setcell t3 granted natural -5 < "$clean" | setcell t2 penalty decisions 2.5 \
    | setcell t4 review other abc | gir-check -q > "$tmp/out"
assert_eq "exit status" 1 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/invalid.issues" "$tmp/issues"
setcell t2 fees amount 1234.56 < "$clean" | gir-check -q > "$tmp/out"
assert_eq "a decimal fee is fine" 0 $?
setcell t2 fees amount 1.2.3 < "$clean" | gir-check -q > "$tmp/out"
assert_grep "a bad fee" '^issue	error	cell\.invalid	t2\.fees\.amount	' "$tmp/out"
finish
