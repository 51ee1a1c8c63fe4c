#!/bin/sh
# The five seeds (one cell per line, | suffixes, TSV with merged-cell
# artefacts, blank-line separated cells): every cell equals the answer,
# and the pipeline form gives the same cells as the raw report.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
for txt in "$seeds"/*.txt; do
    n=$(basename "$txt" .txt)
    awk -F, 'NR > 1 { v = $4; gsub(/"/, "", v); print $1 "." $2 "." $3 "=" v }' \
        "$seeds/$n.truth.csv" > "$tmp/want"
    cells "$txt" > "$tmp/got"
    assert_same_file "$n: cells" "$tmp/want" "$tmp/got"
    gir-split "$txt" 2>/dev/null | cells > "$tmp/piped"
    assert_same_file "$n: gir-split | gir-table" "$tmp/got" "$tmp/piped"
done
# Every cell record carries the line its value came from.
gir-table "$seeds/002_b5a7a5de05f46fe6.txt" 2>/dev/null | grep -P '^cell\tt3\tnew\tnatural\t' > "$tmp/rec"
assert_eq "LINE of t3.new.natural in seed 002" "$(grep -n '^一、本年新收' "$seeds/002_b5a7a5de05f46fe6.txt" | cut -d: -f1)" "$(cut -f6 "$tmp/rec")"
finish
