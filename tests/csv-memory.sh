#!/bin/sh
# gir-csv writes each report as it comes: peak memory for 3000 reports
# (about 20 MB of stream) is that of 5 reports, in every shape.  (Speed is
# measured by scripts/bench, never asserted here.)
. "$top_srcdir/tests/lib.sh"
skip_when_slow "a peak-RSS comparison"
[ -x /usr/bin/time ] || exit 77
/usr/bin/time -f %M true > /dev/null 2>&1 || exit 77

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done > "$tmp/small.gir"
# 600 copies of the five seeds, each report with its own source name.
awk '{ if ($1 == "report" || $1 == "end") { if ($1 == "report") k++; $0 = $1 "\tcopy" k "-" $2 } print }' \
    FS='\t' OFS='\t' $(i=0; while [ $i -lt 600 ]; do printf '%s ' "$tmp/small.gir"; i=$((i + 1)); done) > "$tmp/big.gir"

rss() { /usr/bin/time -f %M -o "$tmp/rss" gir-csv "$@" > "$tmp/out" 2>/dev/null; tail -n 1 "$tmp/rss"; }
for opts in "" "--long" "--grid=t3" "--excel --labels=zh"; do
    # shellcheck disable=SC2086
    small=$(rss $opts "$tmp/small.gir")
    # shellcheck disable=SC2086
    big=$(rss $opts "$tmp/big.gir")
    [ "$((big - small))" -lt 2048 ] ||
        fail "gir-csv $opts: peak RSS $small KB for 5 reports, $big KB for 3000"
done
assert_eq "3000 rows" 3001 "$(gir-csv "$tmp/big.gir" | wc -l)"
finish
