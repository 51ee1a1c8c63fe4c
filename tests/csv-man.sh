#!/bin/sh
# man/gir-csv.1: every gir-csv command in EXAMPLES runs and prints exactly
# the output the page shows under it.
#
# The examples run in examples/ on its raw reports.  Here each report is
# replaced by the gir stream of its answers (cell records made from the
# seed's truth.csv), so this test checks gir-csv alone, whatever the state
# of gir-table; commands that run gir-split, gir-table or gir-check are
# left to tests/man-examples.sh, which runs the real pipeline.
. "$top_srcdir/tests/lib.sh"
man="$top_srcdir/man/gir-csv.1"

mkdir "$tmp/ex"
for r in "$top_srcdir"/examples/*.txt; do
    name=$(basename "$r")
    for s in "$seeds"/*.txt; do
        cmp -s "$r" "$s" || continue
        n=$(basename "$s" .txt)
        awk -v source="$name" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$seeds/$n.truth.csv" > "$tmp/ex/$name"
    done
    [ -s "$tmp/ex/$name" ] || fail "examples/$name is none of the seeds"
done

# Commands that run gir-split, gir-table or gir-check are left to
# tests/man-examples.sh.
run_man_examples "$man" "$tmp/ex" '*gir-split*|*gir-table*|*gir-check*'
[ "$examples_run" -ge 5 ] || fail "only $examples_run gir-csv examples run"
# What the silent example wrote: BOM, the Chinese header, five rows.
assert_eq "reports-zh.csv starts with BOM + 来源" "$(printf '\357\273\277来源')" "$(head -c 9 "$tmp/ex/reports-zh.csv")"
assert_eq "reports-zh.csv rows" 6 "$(wc -l < "$tmp/ex/reports-zh.csv")"
finish
