#!/bin/sh
# A consistent report passes through unchanged: no issue, exit 0, quiet.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
gir-check < "$clean" > "$tmp/out" 2> "$tmp/err"
assert_eq "exit status" 0 $?
assert_same_file "stream passes through" "$clean" "$tmp/out"
assert_eq "stderr" "" "$(cat "$tmp/err")"
# An already checked stream stays the same (gir-check | gir-check).
setcell t3 partial total 2 < "$clean" | gir-check -q > "$tmp/once"
gir-check -q < "$tmp/once" > "$tmp/twice"
assert_eq "second run exits 1" 1 $?
assert_same_file "no issue added twice" "$tmp/once" "$tmp/twice"
# Unknown record types pass through, in place.
sed 's/^meta\tyear/future\tx\ty\nmeta\tyear/' "$clean" > "$tmp/future"
gir-check < "$tmp/future" > "$tmp/out"
assert_same_file "unknown records kept" "$tmp/future" "$tmp/out"
finish
