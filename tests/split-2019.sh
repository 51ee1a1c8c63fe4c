#!/bin/sh
# gir-split names the template from the table labels: 2019 for the 2019
# fixtures (both layouts), 2021 for a seed.
. "$top_srcdir/tests/lib.sh"
d="$fixtures/t2019"
for f in oneline-2019.txt layout-2019.txt bad-2019.txt; do
    gir-split "$d/$f" > "$tmp/out" 2> "$tmp/err"
    assert_eq "$f: exit status" 0 $?
    assert_eq "$f: meta template" "2019" "$(awk -F'\t' '$1 == "meta" && $2 == "template" { print $3 }' "$tmp/out")"
    assert_eq "$f: meta year" "2019" "$(awk -F'\t' '$1 == "meta" && $2 == "year" { print $3 }' "$tmp/out")"
    assert_eq "$f: six sections" 6 "$(grep -c '^section	' "$tmp/out")"
done
gir-split "$seeds/000_a83c7c2e212f796c.txt" 2>/dev/null > "$tmp/seed"
assert_eq "a 2021 seed" "2021" "$(awk -F'\t' '$1 == "meta" && $2 == "template" { print $3 }' "$tmp/seed")"
# No table label either way (a grid that cuts every label into pieces):
# the year names the template, 2019 for 2019 and 2020, 2021 after; no
# year, no template.
for case in 2020:2019 2019:2019 2022:2021 :unknown; do
    year=${case%%:*} want=${case#*:}
    printf '%s\n' "某某区${year}${year:+年}政府信息公开工作年度报告" '一、总体情况' '本年度无。' \
        '二、主动公开政府信息情况' '三、收到和处理政府信息公开申请情况' \
        '四、政府信息公开行政复议、行政诉讼情况' '五、存在的主要问题及改进情况' \
        '六、其他需要报告的事项' > "$tmp/nolabels.txt"
    assert_eq "no labels, year '$year': template" "$want" \
        "$(gir-split "$tmp/nolabels.txt" 2>/dev/null | awk -F'\t' '$1 == "meta" && $2 == "template" { print $3 }')"
done
finish
