#!/bin/sh
# gir-csv on a stream mixing both templates: one header (the 2021 keys,
# then the 26 only 2019 has), each report filling its own template's
# columns; concatenation gives the same rows; --long and --grid follow
# the report's template.
. "$top_srcdir/tests/lib.sh"
d="$fixtures/t2019"
seed="$seeds/000_a83c7c2e212f796c.txt"
gir-split "$seed" 2>/dev/null | gir-table 2>/dev/null > "$tmp/a.gir"
gir-split "$d/oneline-2019.txt" 2>/dev/null | gir-table 2>/dev/null > "$tmp/b.gir"
cat "$tmp/a.gir" "$tmp/b.gir" | gir-csv > "$tmp/mixed.csv"
assert_eq "exit status" 0 $?
{ gir-csv "$tmp/a.gir"; gir-csv "$tmp/b.gir" | tail -n +2; } > "$tmp/parts.csv"
assert_same_file "concatenation" "$tmp/parts.csv" "$tmp/mixed.csv"
gir-csv < /dev/null > "$tmp/empty.csv"
assert_eq "same header for any input" "$(head -1 "$tmp/empty.csv")" "$(head -1 "$tmp/mixed.csv")"

# col NAME ROW: the field of column NAME in record ROW (no quoted commas here).
col() {
    awk -F, -v name="$1" -v row="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i }
        NR == row { print (c ? $c : "NO COLUMN") }' "$tmp/mixed.csv"
}
assert_eq "230 columns" 230 "$(head -1 "$tmp/mixed.csv" | awk -F, '{ print NF }')"
assert_eq "unique names" 230 "$(head -1 "$tmp/mixed.csv" | tr , '\n' | sort -u | wc -l | tr -d ' ')"
assert_eq "2021 row: template" 2021 "$(col template 2)"
assert_eq "2019 row: template" 2019 "$(col template 3)"
assert_eq "2019 row: its t2" -5 "$(col t2.licensing.change 3)"
assert_eq "2019 row: money" 1234.5 "$(col t2.procurement.amount 3)"
assert_eq "2019 row: shared key" 14 "$(col t3.granted.total 3)"
assert_eq "2019 row: its （六）" 2 "$(col t3.other.total 3)"
assert_eq "2019 row: no 2021 t2" "" "$(col t2.regulations.issued 3)"
assert_eq "2019 row: no 2021 （六）3." "" "$(col t3.other.other.total 3)"
assert_eq "2021 row: no 2019 （六）" "" "$(col t3.other.total 2)"
assert_eq "2021 row: no 2019 t2" "" "$(col t2.regulations.made 2)"
assert_eq "2021 row: its own" "$(awk -F, '$1 == "t3" && $2 == "granted" && $3 == "total" { print $4 }' "$seeds/000_a83c7c2e212f796c.truth.csv")" "$(col t3.granted.total 2)"

gir-csv --labels=zh "$tmp/b.gir" | head -1 | tr , '\n' > "$tmp/zh"
assert_eq "zh labels unique" 230 "$(sort -u "$tmp/zh" | wc -l | tr -d ' ')"
assert_grep "zh 2019 label" '^表二 规章 本年新制作数量$' "$tmp/zh"

gir-csv --long "$tmp/b.gir" > "$tmp/long.csv"
assert_eq "long: 198 cells" 199 "$(wc -l < "$tmp/long.csv" | tr -d ' ')"
assert_grep "long: 2019 key" '^[^,]*,t3,other,natural,1$' "$tmp/long.csv"

gir-csv --grid=t2 "$tmp/b.gir" > "$tmp/grid.csv"
assert_grep "grid: 2019 columns" '^信息内容,上一年项目数量,本年增/减,处理决定数量$' "$tmp/grid.csv"
assert_grep "grid: 2019 row" '^政府集中采购,14,1234\.5,$' "$tmp/grid.csv"
gir-csv --grid=t3 "$tmp/b.gir" > "$tmp/grid3.csv"
assert_grep "grid t3: the single （六）" '^（六）其他处理,1,0,0,1,0,0,2$' "$tmp/grid3.csv"
finish
