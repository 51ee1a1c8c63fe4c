#!/bin/sh
# man/gir-check.1: the commands of EXAMPLES print what the page shows.
# They run in a copy of examples/ in which each report is replaced by its
# gir stream with the true cells of the matching seed (what a perfect
# gir-table gives), so this test does not depend on gir-table.
. "$top_srcdir/tests/lib.sh"
mkdir "$tmp/ex"
for f in "$top_srcdir"/examples/*.txt; do
    name=$(basename "$f")
    for s in "$seeds"/*.txt; do
        cmp -s "$f" "$s" || continue
        (cd "$top_srcdir/examples" && gir-split "$name") > "$tmp/split" 2>/dev/null
        { sed '$d' "$tmp/split"; awk -f "$fixtures/check/truth-cells.awk" "${s%.txt}.truth.csv"
          tail -n 1 "$tmp/split"; } > "$tmp/ex/$name"
    done
done
[ -s "$tmp/ex/jincheng-2022.txt" ] || fail "examples/jincheng-2022.txt is not a seed"
run_man_examples "$top_srcdir/man/gir-check.1" "$tmp/ex"
[ "$examples_run" -ge 5 ] || fail "only $examples_run examples in man/gir-check.1"
finish
