#!/bin/sh
# gir-xlsx writes each report as it comes (libxlsxwriter's constant_memory
# mode): peak memory for 3000 reports is that of 5, up to the links and
# comments of their issues; and a batch whose every report has 200 issues
# (links and comments past their caps) stays within 16 MB of one report.
# The 10,000-report measurement is in the README (scripts/bench-like).
. "$top_srcdir/tests/lib.sh"
need_xlsx
skip_when_slow "a peak-RSS comparison"
[ -z "${GIR_SANITIZED_BUILD:-}" ] || { echo "sanitizer build: RSS not comparable"; exit 77; }
[ -x /usr/bin/time ] || exit 77
/usr/bin/time -f %M true > /dev/null 2>&1 || exit 77

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done | gir-check -q > "$tmp/small.gir"
awk '{ if ($1 == "report" || $1 == "end") { if ($1 == "report") k++; $0 = $1 "\tcopy" k "-" $2 } print }' \
    FS='\t' OFS='\t' $(i=0; while [ $i -lt 600 ]; do printf '%s ' "$tmp/small.gir"; i=$((i + 1)); done) > "$tmp/big.gir"
awk 'BEGIN { for (i = 1; i <= 500; i++) {
    printf "report\tm%04d.txt\nmeta\torgan\t机关%d\nmeta\tyear\t2022\nmeta\ttemplate\t2021\n", i, i
    printf "cell\tt2\tregulations\tissued\t1\t1\ncell\tt3\tnew\tnatural\t1\t2\ncell\tt4\treview\tupheld\t1\t3\nend\tm%04d.txt\n", i } }' > "$tmp/issues.gir"

rss() { /usr/bin/time -f %M -o "$tmp/rss" gir-xlsx -q "$@" > "$tmp/out.xlsx" 2>/dev/null; tail -n 1 "$tmp/rss"; }
small=$(rss "$tmp/small.gir")
big=$(rss "$tmp/big.gir")
[ "$((big - small))" -lt 3072 ] || fail "peak RSS $small KB for 5 reports, $big KB for 3000"
many=$(rss "$tmp/issues.gir")
[ "$((many - small))" -lt 16384 ] || fail "peak RSS $small KB for 5 reports, $many KB for 500 with 98,500 issues"
echo "peak RSS: 5 reports $small KB, 3000 reports $big KB, 500 reports with 98,500 issues $many KB"
"$py" -c 'import openpyxl, sys; sys.exit(openpyxl.load_workbook(sys.argv[1], read_only=True)["报告"].max_row != 503)' "$tmp/out.xlsx" ||
    fail "500 rows in 报告"
finish
