#!/bin/sh
# gir-csv: csvkit reads every output shape of the five seeds: csvclean -n
# finds no errors (every row as wide as the header) and csvstat counts the
# rows and sees the numbers as numbers.
. "$top_srcdir/tests/lib.sh"
command -v csvclean >/dev/null 2>&1 && command -v csvstat >/dev/null 2>&1 || exit 77

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done > "$tmp/seeds.gir"
cat "$tmp/seeds.gir" "$fixtures/csv/small.gir" > "$tmp/all.gir"   # + quoting, blanks, issues

# name | options | rows after the header
while IFS='|' read -r name opts nrows; do
    # shellcheck disable=SC2086
    gir-csv $opts "$tmp/all.gir" > "$tmp/$name.csv" || fail "gir-csv $opts"
    csvclean -n "$tmp/$name.csv" > "$tmp/$name.clean" 2>&1
    assert_eq "csvclean -n, gir-csv $opts" "No errors." "$(cat "$tmp/$name.clean")"
    got=$(csvstat --count "$tmp/$name.csv" 2>"$tmp/$name.err" | sed 's/^Row count: //')
    assert_eq "csvstat --count, gir-csv $opts" "$nrows" "$got"
done <<'LIST'
wide||7
wide-excel|--excel|7
wide-zh|--labels=zh --excel|7
long|--long|1400
long-excel|--long --excel|1400
grid-t2|--grid=t2 --excel|76
grid-t3|--grid=t3 --excel|195
grid-t4|--grid=t4|41
issues|--issues --excel|3
LIST

# csvstat sees the value column of the long shape as numbers (Decimal),
# the organ as text, and the t2 fees (12.5, 6529.91859) as numbers too.
csvstat --type -c value "$tmp/long-excel.csv" > "$tmp/type" 2>&1
assert_grep "long value column is a number" "Number" "$tmp/type"
csvstat --type -c t2.fees.amount "$tmp/wide-excel.csv" > "$tmp/type2" 2>&1
assert_grep "fees column is a number" "Number" "$tmp/type2"
csvstat --max -c t2.licensing.decisions "$tmp/wide.csv" > "$tmp/max" 2>&1
assert_eq "max of t2.licensing.decisions" "67370" "$(tr -d ', ' < "$tmp/max")"
finish
