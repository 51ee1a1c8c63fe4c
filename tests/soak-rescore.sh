#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# soak-rescore.sh - scripts/soak -r rescoring renderings already made.
#
# A tiny run directory from the committed soak sample: two complete CSV
# renderings (one of them edited so that it shows a number its answer does
# not have: a wrong number gir cannot help giving) and one rendering without
# its .settings (a run still rendering it).  scripts/soak -r must score the
# complete two, count the wrong number, keep that rendering with its .why,
# skip the incomplete one, exit 1, and write nothing into the run directory.
# Needs python3 (soak-score).
. "$top_srcdir/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "no python3: skipped"; exit 77; }
dir="$fixtures/soak"
w="$tmp/run"
mkdir -p "$w/draw" "$w/out"
for n in r0001 r0009; do
    for e in truth.csv expect.tsv meta.tsv; do cp "$dir/r0001.$e" "$w/draw/$n.$e"; done
done
cp "$dir/r0001-csv.csv" "$dir/r0001-csv.settings" "$w/out/"
# r0009: 行政规范性文件 in force 71 printed as 72
sed 's/^行政规范性文件,3,0,71,/行政规范性文件,3,0,72,/' "$dir/r0001-csv.csv" >"$w/out/r0009-csv.csv"
cmp -s "$dir/r0001-csv.csv" "$w/out/r0009-csv.csv" && fail "the sample's CSV changed: the edit did nothing"
cp "$dir/r0001-csv.settings" "$w/out/r0009-csv.settings"
cp "$dir/r0001-w3m.txt" "$w/out/"       # no .settings: still being rendered
# older than the 10 s in which a rendering counts as still being written
touch -d '1 minute ago' "$w/out"/*
(cd "$w" && find . -type f -exec cksum {} + | sort) >"$tmp/before"

bindir=$(dirname "$(command -v gir-table)")
"$top_srcdir/scripts/soak" -r -w "$w" -B "$bindir" -o "$tmp/gir" -k "$tmp/keep" >"$tmp/out" 2>"$tmp/err"
assert_eq "exit status with a wrong number" 1 "$?"
cat "$tmp/out" "$tmp/err"
assert_grep "the csv renderings scored" '^csv +2 ' "$tmp/out"
assert_no_grep "the incomplete rendering not scored" '^w3m ' "$tmp/out"
assert_grep "the incomplete rendering counted" '1 rendering\(s\) not complete yet' "$tmp/err"
# the wrong cell is named, and only in the edited rendering
assert_grep "the wrong number named" 'wrong t2\.normative_docs\.in_force: want \[71\] got \[72\]' "$tmp/keep/r0009-csv.why"
[ ! -f "$tmp/keep/r0001-csv.why" ] || fail "r0001-csv kept though gir read it right"
[ -f "$tmp/keep/r0009-csv.gir" ] || fail "the wrong rendering's .gir not kept"
[ -f "$tmp/gir/r0001-csv.gir" ] || fail "no .gir in the -o directory"
(cd "$w" && find . -type f -exec cksum {} + | sort) >"$tmp/after"
assert_same_file "the run directory untouched" "$tmp/before" "$tmp/after"

# -o inside the run directory is refused
assert_status "-o inside WORKDIR" 2 "$top_srcdir/scripts/soak" -r -w "$w" -B "$bindir" -o "$w/gir"
finish
