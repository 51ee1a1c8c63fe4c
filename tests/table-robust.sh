#!/bin/sh
# Whatever the input, gir-table ends and exits 0, and a report gets all
# 200 cells: an empty file, invalid UTF-8, a table of labels without numbers, one
# very long line of digits.  (Each has a heading, so that it is a report:
# a text with none is "no report found", see core-notreport.sh.)
. "$top_srcdir/tests/lib.sh"
printf '' > "$tmp/empty.txt"
printf '\200\377\376 三、收到和处理政府信息公开申请情况\n一、本年新收\300\n' > "$tmp/bad.txt"
printf '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n（一）予以公开\n' > "$tmp/labels.txt"
awk 'BEGIN { print "三、收到和处理政府信息公开申请情况"; printf "一、本年新收政府信息公开申请数量"; for (i = 0; i < 3000; i++) printf "1234567890"; print "" }' > "$tmp/long.txt"
gir-table "$tmp/empty.txt" > "$tmp/empty.out" 2> "$tmp/empty.err"
assert_eq "empty: exit status" 0 "$?"
for f in bad labels long; do
    gir-table "$tmp/$f.txt" > "$tmp/$f.out" 2> "$tmp/$f.err"
    assert_eq "$f: exit status" 0 "$?"
    assert_eq "$f: 200 cell records" 200 "$(grep -c '^cell' "$tmp/$f.out")"
done
assert_grep "labels without numbers: says which rows" 't3 row .* (0 values|not found)|table t3 .* not found' "$tmp/labels.err"
finish
