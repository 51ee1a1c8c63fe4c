#!/bin/sh
# The template's arithmetic is data (data/identities-NAME.tsv): the
# identities compiled into gir are exactly the file's, rule by rule and
# cell by cell, and the committed src/libgir/template_NAME.h is what
# scripts/gen-template makes of data/keys-NAME.tsv and the identities
# beside it, so editing the data and forgetting to regenerate fails here.
. "$top_srcdir/tests/lib.sh"
unit="$top_builddir/tests/identity-unit"
for f in "$top_srcdir"/data/identities-*.tsv; do
    name=$(basename "$f" .tsv | sed 's/^identities-//')
    "$unit" dump "$name" > "$tmp/got" || fail "identity-unit dump $name"
    assert_same_file "$name: the compiled identities are $f" "$f" "$tmp/got"
    # per rule, as many as the data has
    awk -F'\t' -v n="$name" 'NR > 1 && !seen[$1]++ { order[++k] = $1 } NR > 1 { c[$1]++ }
        END { for (i = 1; i <= k; i++) print n, order[i], c[order[i]] }' "$f" >> "$tmp/want-counts"
done
"$unit" counts > "$tmp/counts"
sort "$tmp/want-counts" > "$tmp/want-sorted"
sort "$tmp/counts" > "$tmp/got-sorted"
assert_same_file "identities per rule and template" "$tmp/want-sorted" "$tmp/got-sorted"
# what the SPEC's tables imply: a row sum per t3 row (25 rows in 2021, 23 in
# 2019), a column sum and a balance per column, a sum per t4 row
assert_eq "counts" "2021 t3.row_sum 25
2021 t3.result_sum 7
2021 t3.balance 7
2021 t4.sum 3
2019 t3.row_sum 23
2019 t3.result_sum 7
2019 t3.balance 7
2019 t4.sum 3" "$(cat "$tmp/counts")"
# the generated headers
if command -v python3 > /dev/null 2>&1; then
    for f in "$top_srcdir"/data/keys-*.tsv; do
        name=$(basename "$f" .tsv | sed 's/^keys-//')
        python3 "$top_srcdir/scripts/gen-template" "$f" > "$tmp/template_$name.h" \
            || fail "gen-template $f"
        assert_same_file "template_$name.h made from $f" \
            "$top_srcdir/src/libgir/template_$name.h" "$tmp/template_$name.h"
    done
    # a key the template does not have is refused, naming it
    mkdir "$tmp/bad"
    cp "$top_srcdir/data/keys-2021.tsv" "$tmp/bad/keys-2021.tsv"
    sed 's/t3\.new\.natural t3\.new\.commercial/t3.new.natral t3.new.commercial/' \
        "$top_srcdir/data/identities-2021.tsv" > "$tmp/bad/identities-2021.tsv"
    python3 "$top_srcdir/scripts/gen-template" "$tmp/bad/keys-2021.tsv" > /dev/null 2> "$tmp/err"
    assert_grep "unknown key refused" "t3\.row_sum new: left names cells not in the template: t3\.new\.natral" "$tmp/err"
else
    echo "python3 not installed: the generated headers are not compared"
fi
# data/ holds copies of the template files beside the SPEC: where those are
# at hand (a checkout with ../shared), the copies must be theirs.
shared="$top_srcdir/../shared"
for f in keys-2021.tsv keys-2019.tsv identities-2021.tsv identities-2019.tsv; do
    [ -f "$shared/$f" ] || continue
    cmp -s "$shared/$f" "$top_srcdir/data/$f" || fail "data/$f differs from ../shared/$f"
done
finish
