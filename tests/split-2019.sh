#!/bin/sh
# gir-split names the template from the table labels: 2019 for the 2019
# fixtures (both layouts), 2021 for a seed.
. "$top_srcdir/tests/lib.sh"
d="$fixtures/t2019"
for f in oneline-2019.txt layout-2019.txt bad-2019.txt; do
    gir-split "$d/$f" > "$tmp/out" 2> "$tmp/err"
    assert_eq "$f: exit status" 0 $?
    assert_eq "$f: meta template" "2019" "$(awk -F'\t' '$1 == "meta" && $2 == "template" { print $3 }' "$tmp/out")"
    assert_eq "$f: meta year" "2019" "$(awk -F'\t' '$1 == "meta" && $2 == "year" { print $3 }' "$tmp/out")"
    assert_eq "$f: six sections" 6 "$(grep -c '^section	' "$tmp/out")"
done
gir-split "$seeds/000_a83c7c2e212f796c.txt" 2>/dev/null > "$tmp/seed"
assert_eq "a 2021 seed" "2021" "$(awk -F'\t' '$1 == "meta" && $2 == "template" { print $3 }' "$tmp/seed")"
finish
