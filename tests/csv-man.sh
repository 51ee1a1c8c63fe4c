#!/bin/sh
# man/gir-csv.1: every command in EXAMPLES runs and succeeds, and prints
# exactly the output the page shows under it.
. "$top_srcdir/tests/lib.sh"
man="$top_srcdir/man/gir-csv.1"

# checked.gir: the five seeds as gir-check would pass them on; two shards.
for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t" > "$tmp/$n.gir"
done
cat "$tmp"/0*.gir > "$tmp/checked.gir"
cat "$tmp"/000_*.gir "$tmp"/001_*.gir > "$tmp/shard-1.gir"
cat "$tmp"/002_*.gir "$tmp"/003_*.gir "$tmp"/004_*.gir > "$tmp/shard-2.gir"
rm -f "$tmp"/0*.gir

# Pull the examples out of the page: in the EXAMPLES section, each line
# of an .EX/.EE block that starts with "$ " is a command, the lines after
# it (up to the next command or .EE) its output.  Each is written as
# N.cmd and N.want.
awk -v dir="$tmp" '
    function unroff(s) { gsub(/\\-/, "-", s); gsub(/\\\(aq/, "\047", s); gsub(/\\&/, "", s); gsub(/\\e/, "\\", s); return s }
    /^\.SH/ { ex = ($0 ~ /^\.SH EXAMPLES/); next }
    ex && /^\.EX/ { in_ex = 1; next }
    ex && /^\.EE/ { in_ex = 0; next }
    in_ex && /^\$ / { n++; f = dir "/" n; print unroff(substr($0, 3)) > (f ".cmd"); printf "" > (f ".want"); next }
    in_ex && n { print unroff($0) >> (f ".want") }
    END { print n > (dir "/count") }' "$man"
count=$(cat "$tmp/count")
[ "$count" -ge 6 ] || fail "only $count examples found in $man"

i=1
while [ "$i" -le "$count" ]; do
    cmd=$(cat "$tmp/$i.cmd")
    (cd "$tmp" && sh -c "$cmd") > "$tmp/$i.out" 2> "$tmp/$i.err"
    st=$?
    assert_eq "exit status of example: $cmd" 0 "$st"
    [ "$st" = 0 ] || cat "$tmp/$i.err" >&2
    if [ -s "$tmp/$i.want" ]; then
        assert_same_file "output of example: $cmd" "$tmp/$i.want" "$tmp/$i.out"
    fi
    i=$((i + 1))
done
# What the silent examples wrote.
assert_eq "reports.csv rows" 6 "$(wc -l < "$tmp/reports.csv")"
assert_eq "reports-zh.csv starts with BOM + 来源" "$(printf '\357\273\277来源')" "$(head -c 9 "$tmp/reports-zh.csv")"
sort "$tmp/all.csv" > "$tmp/all.sorted"
gir-csv --excel "$tmp/checked.gir" | sort > "$tmp/one.sorted"
assert_same_file "shards under one header = one run, up to row order" "$tmp/one.sorted" "$tmp/all.sorted"
finish
