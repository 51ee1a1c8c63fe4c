#!/bin/sh
# The verifier's rules on readings made up for one t3 row (tests/table-verify.c).
. "$top_srcdir/tests/lib.sh"
"$top_builddir/tests/table-verify" > "$tmp/out" || fail "table-verify: a decision broke its rule"
cat "$tmp/out"
assert_eq "cases" 21 "$(grep -c '^ok ' "$tmp/out")"
finish
