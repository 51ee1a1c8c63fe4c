#!/bin/sh
# t3.row_sum: the six applicant columns add up to 总计, per row key.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
setcell t3 partial total 2 < "$clean" > "$tmp/in"
gir-check < "$tmp/in" > "$tmp/out" 2> "$tmp/err"
assert_eq "exit status" 1 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/row-sum.issues" "$tmp/issues"
assert_same_file "stderr" "$expect/row-sum.stderr" "$tmp/err"
# The issue records stand after the cells, just before end.
assert_eq "order" "cell issue end" "$(cut -f1 "$tmp/out" | uniq | tail -3 | tr '\n' ' ' | sed 's/ $//')"
# A part changed instead: same rule, same row, LINE still the total's.
setcell t3 granted research 1 < "$clean" | gir-check -q > "$tmp/out"
assert_grep "part off by one" '^issue	error	t3\.row_sum	granted	7	6	130	' "$tmp/out"
finish
