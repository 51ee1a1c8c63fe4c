#!/bin/sh
# t3.result_sum of the 总计 column: a result row's blank 总计 counts as 0
# there (its own row sum is not given, the column sum is).  A report that
# leaves the 总计 column blank in every result row while (七)总计's total
# is filled breaks the column sum: 0 != 10.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
cp "$clean" "$tmp/in"
for row in granted partial denied.state_secret denied.law_forbidden denied.three_safety \
    denied.third_party denied.internal denied.process denied.enforcement_file denied.query \
    unable.not_held unable.needs_creation unable.unclear not_processed.petition \
    not_processed.duplicate not_processed.publication not_processed.mass_repeat \
    not_processed.confirm other.no_correction other.no_fee other.other; do
    setcell t3 "$row" total "" < "$tmp/in" > "$tmp/next" && mv "$tmp/next" "$tmp/in"
done
assert_eq "every result row's 总计 blank" 0 \
    "$(awk -F'\t' '$1 == "cell" && $2 == "t3" && $4 == "total" && $5 != ""' "$tmp/in" \
        | grep -cv -P '\t(new|carried_over|total|carried_forward)\ttotal\t')"
gir-check -q < "$tmp/in" > "$tmp/out"
assert_eq "exit status" 1 $?
assert_eq "the only issue: 总计's column sum" "error t3.result_sum total 0 10 277" \
    "$(grep '^issue' "$tmp/out" | cut -f2-7 | tr '\t' ' ')"
finish
