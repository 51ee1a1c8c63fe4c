#!/bin/sh
# t4.sum: 维持 + 纠正 + 其他 + 尚未审结 = 总计, per t4 row key.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
setcell t4 suit_after_review other 4 < "$clean" | gir-check -q > "$tmp/out"
assert_eq "exit status" 1 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/t4-sum.issues" "$tmp/issues"
setcell t4 review total 0 < "$clean" | gir-check -q > "$tmp/out"
assert_grep "total too small" '^issue	error	t4\.sum	review	1	0	289	' "$tmp/out"
finish
