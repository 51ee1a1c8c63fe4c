#!/bin/sh
# The five real seed reports with their true cells (as a perfect gir-table
# would give them): exactly seed 001's two arithmetic errors (the 部分公开
# row sum and the 总计 column's result sum), nothing anywhere else.
. "$top_srcdir/tests/lib.sh"
for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    gir-split "$seeds/$n.txt" > "$tmp/split" 2>/dev/null
    { sed '$d' "$tmp/split"; awk -f "$fixtures/check/truth-cells.awk" "$t"; tail -n 1 "$tmp/split"; } > "$tmp/$n.gir"
done
cat "$tmp"/*.gir | gir-check --report > "$tmp/out.csv" 2> "$tmp/err"
assert_eq "exit status" 1 $?
# source, severity, rule, where of every issue, errors and warnings alike.
cut -d, -f1-4 "$tmp/out.csv" | sed 's|^.*/||' > "$tmp/got"
printf '%s\n' source,severity,rule,where \
    001_b40d9c03878ac230.txt,error,t3.row_sum,partial \
    001_b40d9c03878ac230.txt,error,t3.result_sum,total > "$tmp/want"
assert_same_file "issues of the seeds" "$tmp/want" "$tmp/got"
# Each seed alone: the exit status says whether it is consistent.
for g in "$tmp"/0*.gir; do
    gir-check -q "$g" > /dev/null
    st=$?
    case $g in
    */001_*) assert_eq "status of $(basename "$g")" 1 "$st" ;;
    *) assert_eq "status of $(basename "$g")" 0 "$st" ;;
    esac
done
finish
