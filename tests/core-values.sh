#!/bin/sh
# What a cell's text means (number.c), seen through gir-table on seed 002's
# fee cell: "12.5万元" is 12.5 (万元 is the fee cell's own unit), full-width
# digits and separators are numbers, and a value in another unit (元, 万)
# is not converted or guessed: the cell stays empty with a warning.
. "$top_srcdir/tests/lib.sh"
seed=$(ls "$seeds"/002_*.txt)
fee_line=$(grep -n '^行政事业性收费	' "$seed" | cut -d: -f1)
fee() {   # fee TEXT: the fee cell gir-table reads when the seed's fee is TEXT
    sed "${fee_line}s/	.*/	$1/" "$seed" > "$tmp/fee.txt"
    gir-split -q "$tmp/fee.txt" | gir-table 2> "$tmp/err" | grep -P '^cell\tt2\tfees\tamount\t' | cut -f5,6
}
assert_eq "12.5万元 is 12.5" "$(printf '12.5\t%s' "$fee_line")" "$(fee '12.5万元')"
assert_eq "full-width digits" "$(printf '1234.5\t%s' "$fee_line")" "$(fee '１，２３４．５０')"
assert_eq "plain number" "$(printf '0.3\t%s' "$fee_line")" "$(fee '0.30')"
assert_eq "元 is not converted" "$(printf '\t0')" "$(fee '125000元')"
assert_grep "元: warned" "fee.txt:$fee_line: warning: t2 row fees" "$tmp/err"
assert_eq "万 alone is not read" "$(printf '\t0')" "$(fee '3万')"
assert_eq "a placeholder is blank" "$(printf '\t%s' "$fee_line")" "$(fee '—')"
assert_eq "? (a character the writer could not encode) is blank" "$(printf '\t%s' "$fee_line")" "$(fee '?')"
finish
