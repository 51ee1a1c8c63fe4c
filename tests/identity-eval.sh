#!/bin/sh
# gir_identity_eval's one meaning (SPEC §6, identity.h): HOLDS and BROKEN
# with both sums, a blank cell 0, NOT_GIVEN when a given cell is blank
# (before UNKNOWN), UNKNOWN when a cell is unknown or the sums overflow;
# gir_identity_within / _touches; the compiled balance of the 总计 column.
# The cases are in tests/identity-unit.c.
. "$top_srcdir/tests/lib.sh"
"$top_builddir/tests/identity-unit" eval > "$tmp/out" 2>&1
assert_eq "identity-unit eval: exit status" 0 $?
assert_eq "identity-unit eval: no failure" "" "$(cat "$tmp/out")"
finish
