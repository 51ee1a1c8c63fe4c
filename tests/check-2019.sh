#!/bin/sh
# gir-check on 2019-template reports: the 2021 identities with the 2019
# rows (result sum over （一）…（六） with （六）其他处理 one row, balance,
# t4); a correct report has no issue at all (a negative 本年增/减 is valid),
# a wrong one has exactly its arithmetic errors.
. "$top_srcdir/tests/lib.sh"
d="$fixtures/t2019"
for f in oneline-2019 layout-2019; do
    gir-split "$d/$f.txt" 2>/dev/null | gir-table 2>/dev/null | gir-check --report > "$tmp/out" 2> "$tmp/err"
    assert_eq "$f: exit status" 0 $?
    assert_eq "$f: no issue" "source,severity,rule,where,expected,found,line,message" "$(cat "$tmp/out")"
done

gir-split "$d/bad-2019.txt" 2>/dev/null | gir-table 2>/dev/null | gir-check --report > "$tmp/bad" 2>/dev/null
assert_eq "bad: exit status 1" 1 $?
awk -F, 'NR > 1 { print $3 "\t" $4 }' "$tmp/bad" | sort > "$tmp/got"
tail -n +2 "$d/bad-2019.violations.tsv" | sort > "$tmp/want"
assert_same_file "bad: exactly its errors" "$tmp/want" "$tmp/got"
# The result sum counts the single （六） row: 13+3+1+2+1+5+1+2+1+1 = 30.
assert_grep "bad: result sum with （六）" '^[^,]*,error,t3\.result_sum,natural,30,29,' "$tmp/bad"

# A count that is not an integer is invalid, also in 2019's own cells.
gir-split "$d/oneline-2019.txt" 2>/dev/null | gir-table 2>/dev/null \
    | awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "cell" && $3 == "licensing" && $4 == "change" { $5 = "1.5" } { print }' \
    | gir-check --report > "$tmp/inv" 2>/dev/null
assert_grep "invalid signed cell" ',error,cell\.invalid,t2\.licensing\.change,an integer,1\.5,' "$tmp/inv"
finish
