#!/bin/sh
# xyear.carry compares an organ's consecutive years within one stream, so
# shards that part an organ's years miss issues; scripts/shard-by-organ
# keeps each organ in one shard and finds what one stream finds.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
shard="$top_srcdir/scripts/shard-by-organ"
# Three organs, two years each; organ A's and B's carry-overs disagree.
for o in A B C; do
    setsource "$o-2022.txt" < "$clean" | setmeta organ "机关$o" > "$tmp/$o-2022"
    setsource "$o-2023.txt" < "$clean" | setmeta organ "机关$o" | setmeta year 2023 \
        > "$tmp/$o-2023"
done
for o in A B; do
    setcell t3 carried_over natural 2 < "$tmp/$o-2023" | setcell t3 carried_over total 2 \
        | setcell t3 carried_forward natural 2 | setcell t3 carried_forward total 2 > "$tmp/x"
    mv "$tmp/x" "$tmp/$o-2023"
done
cat "$tmp"/A-2022 "$tmp"/B-2022 "$tmp"/C-2022 "$tmp"/A-2023 "$tmp"/B-2023 "$tmp"/C-2023 > "$tmp/all.gir"
carry() { grep -c '^issue	warning	xyear\.carry' "$@" | awk -F: '{ n += $NF } END { print n + 0 }'; }
gir-check -q "$tmp/all.gir" > "$tmp/one.out"
assert_eq "one stream: four xyear.carry issues" 4 "$(carry "$tmp/one.out")"
# Shards by year part every organ: the issues are lost.
gir-check -q "$tmp"/A-2022 "$tmp"/B-2022 "$tmp"/C-2022 > "$tmp/s1.out"
gir-check -q "$tmp"/A-2023 "$tmp"/B-2023 "$tmp"/C-2023 > "$tmp/s2.out"
assert_eq "shards by year: none" 0 "$(carry "$tmp/s1.out" "$tmp/s2.out")"
# Shards by organ: the same issues as one stream, every report once.
"$shard" 2 "$tmp/shard." < "$tmp/all.gir"
assert_eq "two shard files" 2 "$(ls "$tmp"/shard.* | wc -l | tr -d ' ')"
assert_eq "every report in a shard" 6 "$(cat "$tmp"/shard.* | grep -c '^report')"
for f in "$tmp"/shard.*; do gir-check -q "$f" > "$f.out"; done
assert_eq "shards by organ: the four issues" 4 "$(carry "$tmp"/shard.*.out)"
for o in A B C; do
    assert_eq "organ $o in one shard" 1 "$(grep -l "^meta	organ	机关$o$" "$tmp"/shard.? | wc -l | tr -d ' ')"
done
# The recipe with GNU parallel, as the README gives it.
if command -v parallel >/dev/null 2>&1; then
    (cd "$tmp" && parallel 'gir-check -q {} | gir-csv --issues --no-header' ::: shard.0 shard.1) > "$tmp/par.csv"
    assert_eq "parallel: the four issues" 4 "$(grep -c ',xyear.carry,' "$tmp/par.csv")"
fi
finish
