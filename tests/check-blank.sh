#!/bin/sh
# Blank semantics: a blank part counts as 0; a blank or missing total
# means "not given" and skips its identity; a missing part skips it too.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# clean.gir has blank parts (research...other_org) everywhere: no issue.
gir-check -q < "$clean" > "$tmp/out"
assert_no_grep "blank parts are 0" '^issue' "$tmp/out"
# A blank total: the row does not add up, but its total is not given.
setcell t3 partial natural 5 < "$clean" | setcell t3 partial total '' \
    | gir-check -q > "$tmp/out"
assert_no_grep "blank total skips row_sum" 't3\.row_sum' "$tmp/out"
assert_grep "the column sum still counts the part" '^issue	error	t3\.result_sum	natural	12	8	' "$tmp/out"
# Blank (七)总计: result_sum and balance of that column are skipped.
setcell t3 total natural '' < "$clean" | gir-check -q > "$tmp/out"
assert_eq "blank (七)总计 of natural" "t3.row_sum total" \
    "$(grep '^issue' "$tmp/out" | cut -f3,4 | tr '\t' ' ')"
# A part with no record at all: the identity cannot be evaluated.
setcell t4 review total 5 < "$clean" | dropcell t4 review upheld | gir-check -q > "$tmp/out"
assert_no_grep "missing part skips t4.sum" 't4\.sum' "$tmp/out"
assert_grep "and is reported missing" '^issue	warning	cell\.missing	t4\.review\.upheld	' "$tmp/out"
# A part gir-table did not find (empty, LINE 0) is unknown, not blank.
awk -F'\t' -v OFS='\t' '$1 == "cell" && $2 == "t4" && $3 == "review" && $4 == "upheld" { $5 = ""; $6 = 0 } { print }' \
    "$clean" | gir-check -q > "$tmp/out"
assert_no_grep "not found part skips t4.sum" 't4\.sum' "$tmp/out"
assert_grep "and is reported missing" '^issue	warning	cell\.missing	t4\.review\.upheld	' "$tmp/out"
# Blank parts and a zero total agree.
setcell t4 review upheld '' < "$clean" | setcell t4 review total 0 | gir-check -q > "$tmp/out"
assert_no_grep "blank = 0 = total" 't4\.sum' "$tmp/out"
finish
