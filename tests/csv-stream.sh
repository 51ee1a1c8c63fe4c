#!/bin/sh
# gir-csv: a stream of many reports gives one header and one row per
# report, in stream order; streams concatenate (SPEC 2); empty input gives
# just the header; --no-header shards append under one header.
. "$top_srcdir/tests/lib.sh"

# 300 reports with distinct sources, made from the small fixture.
awk 'BEGIN { for (i = 1; i <= 300; i++) {
    printf "report\tr%03d.txt\nmeta\torgan\t机关%d\nmeta\tyear\t2022\n", i, i
    printf "cell\tt2\tregulations\tissued\t%d\t1\nend\tr%03d.txt\n", i, i } }' > "$tmp/many.gir"
gir-csv "$tmp/many.gir" > "$tmp/many.csv" || fail "gir-csv many"
assert_eq "one header + 300 rows" 301 "$(wc -l < "$tmp/many.csv")"
assert_eq "one header" 1 "$(grep -c '^source,' "$tmp/many.csv")"
awk 'BEGIN { for (i = 1; i <= 300; i++) printf "r%03d.txt,机关%d,2022,,%d\n", i, i, i }' > "$tmp/want"
cut -d, -f1-5 "$tmp/many.csv" | tail -n +2 > "$tmp/got"
assert_same_file "rows in stream order with their values" "$tmp/want" "$tmp/got"

# cat a b | gir-csv = header + rows of a + rows of b, for every shape.
head -n 500 "$tmp/many.gir" > "$tmp/a.gir"     # reports 1-100
tail -n +501 "$tmp/many.gir" > "$tmp/b.gir"    # reports 101-300
for opts in "" "--long" "--grid=t2" "--issues" "--excel --labels=zh"; do
    # shellcheck disable=SC2086
    { gir-csv $opts "$tmp/a.gir"; gir-csv $opts --no-header "$tmp/b.gir"; } > "$tmp/ab"
    # shellcheck disable=SC2086
    cat "$tmp/a.gir" "$tmp/b.gir" | gir-csv $opts > "$tmp/one"
    assert_same_file "concatenation, gir-csv $opts" "$tmp/one" "$tmp/ab"
    # Two file operands are one stream too.
    # shellcheck disable=SC2086
    gir-csv $opts "$tmp/a.gir" "$tmp/b.gir" > "$tmp/two"
    assert_same_file "two operands, gir-csv $opts" "$tmp/one" "$tmp/two"
done

# Empty input: just the header (wide: 230 fields: 4 + 200 keys of 2021 +
# 26 only 2019 has), for /dev/null and for
# an empty operand; nothing at all with --no-header.
gir-csv < /dev/null > "$tmp/e1"
assert_eq "empty input: one line" 1 "$(wc -l < "$tmp/e1")"
assert_eq "empty input: 230 fields" 230 "$(awk -F, '{ print NF }' "$tmp/e1")"
: > "$tmp/empty"
gir-csv --long "$tmp/empty" > "$tmp/e2"
assert_eq "empty file, --long" "source,table,row,col,value" "$(cat "$tmp/e2")"
gir-csv --issues < /dev/null > "$tmp/e3"
assert_eq "empty input, --issues" "source,severity,rule,where,expected,found,line,message" "$(cat "$tmp/e3")"
gir-csv --grid=t3 < /dev/null > "$tmp/e4"
assert_eq "empty input, --grid: nothing" 0 "$(wc -c < "$tmp/e4")"
gir-csv --no-header < /dev/null > "$tmp/e5"
assert_eq "empty input, --no-header: nothing" 0 "$(wc -c < "$tmp/e5")"
finish
