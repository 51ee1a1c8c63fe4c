#!/bin/sh
# scripts/bench runs at a tiny size and prints its whole table: the
# baselines, the four programs alone and the pipeline.  Throughput is never
# asserted (SPEC §9); only that the benchmark works and cleans up.
. "$top_srcdir/tests/lib.sh"
skip_when_slow "the benchmark"
for t in bash perl /usr/bin/time; do
    command -v "$t" >/dev/null || { echo "no $t: skipped"; exit 77; }
done
TMPDIR=$tmp "$top_srcdir/scripts/bench" 200K >"$tmp/table" 2>"$tmp/err"
assert_eq "bench exit status" 0 "$?"
cat "$tmp/table"
for p in cat 'grep -cP' gir-split gir-table gir-check gir-csv pipeline; do
    assert_grep "a row for $p" "^$p  " "$tmp/table"
done
assert_eq "lines of the output" 16 "$(wc -l <"$tmp/table")"
assert_grep "the targets line" '^targets: gir-split [0-9]+ MB/cpu-s' "$tmp/table"
# Every gir row has a numeric peak RSS and ratios to both baselines.
assert_no_grep "no gir row without figures" '^(gir-|pipeline).* - ' "$tmp/table"
assert_eq "scratch files removed" "" "$(ls "$tmp" | grep gir-bench)"
# -c DIR: a corpus of every layout rendering (one round of them), answers left out.
n=$(ls "$fixtures/layouts" | grep -vc '\.truth\.csv$\|^EXPECTED$')
TMPDIR=$tmp "$top_srcdir/scripts/bench" -c "$fixtures/layouts" 100K >"$tmp/table" 2>"$tmp/err"
assert_eq "bench -c exit status" 0 "$?"
assert_grep "bench -c: the layouts, once each" "^$n reports, " "$tmp/table"
assert_grep "bench -c: a row for the pipeline" "^pipeline  " "$tmp/table"
finish
