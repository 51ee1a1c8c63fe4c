#!/bin/sh
# meta organ and year: taken only where they are certain (the title line,
# maybe split over two lines or year first, a 标题 line, the closing
# signature); a preface sentence is no title.  A missing organ or year is
# a warning, said once and recorded (meta.missing), and the field stays
# empty.
. "$top_srcdir/tests/lib.sh"
meta() {   # FILE: "organ|year"
    gir-split -q "$1" | awk -F'\t' '$1 == "meta" && $2 == "organ" { o = $3 }
        $1 == "meta" && $2 == "year" { y = $3 } END { print o "|" y }'
}
body='一、总体情况
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况'
# Year first, the title split over two lines.
printf '正文\n2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n%s\n' "$body" > "$tmp/yearfirst.txt"
assert_eq "year first, split title" "上海市人民政府办公厅|2025" "$(meta "$tmp/yearfirst.txt")"
# Organ on the line above the title.
printf '            淮安市人民政府\n     2024 年政府信息公开工作年度报告\n%s\n' "$body" > "$tmp/above.txt"
assert_eq "organ above the title" "淮安市人民政府|2024" "$(meta "$tmp/above.txt")"
# "正文" above the title is no organ.
printf '正文\n2024 年政府信息公开工作年度报告\n%s\n' "$body" > "$tmp/zhengwen.txt"
assert_eq "no organ above" "|2024" "$(meta "$tmp/zhengwen.txt")"
# A crawled page's 标题 line.
printf '标题: 平潭综合实验区财政金融局2023年度政府信息公开工作年度报告\n%s\n' "$body" > "$tmp/biaoti.txt"
assert_eq "标题 line" "平潭综合实验区财政金融局|2023" "$(meta "$tmp/biaoti.txt")"
# A preface sentence naming a year is no title; the period gives the
# year (wrapped over two lines), the signature the organ.
printf '正文\n根据《上海市政府信息公开规定》的要求，市科委编制了 2024 年度政务公开工作\n报告。本报告所列数据统计期限为 2024\n年 1 月 1 日至 12 月 31 日。\n%s\n上海市科学技术委员会\n2025 年 1 月 20 日\n— 7 —\n' "$body" > "$tmp/preface.txt"
assert_eq "preface: period and signature" "上海市科学技术委员会|2024" "$(meta "$tmp/preface.txt")"
# Nothing certain: empty fields, one warning each, recorded.
printf '正文\n根据《条例》，市科委编制了 2024 年度政务公开工作报告。\n%s\n' "$body" > "$tmp/none.txt"
gir-split "$tmp/none.txt" > "$tmp/s" 2> "$tmp/err"
assert_eq "no organ, no year" "|" "$(meta "$tmp/none.txt")"
assert_eq "one warning for the organ" 1 "$(grep -c "^gir-split: $tmp/none.txt: warning: organ not found" "$tmp/err")"
assert_eq "one warning for the year" 1 "$(grep -c "^gir-split: $tmp/none.txt: warning: year not found" "$tmp/err")"
assert_eq "recorded" "organ year" "$(awk -F'\t' '$1 == "issue" && $3 == "meta.missing" { printf "%s%s", s, $4; s = " " }' "$tmp/s")"
gir-split "$tmp/none.txt" 2> /dev/null | gir-table -q | gir-check > /dev/null 2> "$tmp/err2"
assert_eq "not said again by gir-check" "" "$(grep 'not found' "$tmp/err2")"
finish
