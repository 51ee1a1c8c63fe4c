#!/bin/sh
# gir-table on 2019-template reports: one cell record for every key of the
# 2019 template (198, keys-2019.tsv order), each equal to the hand-written
# answer, in a one-cell-per-line and a pdftotext-like layout; negative
# 本年增/减 and the decimal 采购总金额 included; no warning.  A report whose
# meta template is unknown is still read as 2021 (200 cells).
. "$top_srcdir/tests/lib.sh"
d="$fixtures/t2019"
for f in oneline-2019 layout-2019; do
    gir-split "$d/$f.txt" 2>/dev/null | gir-table > "$tmp/out" 2> "$tmp/err"
    assert_eq "$f: exit status" 0 $?
    awk -F'\t' '$1 == "cell" { print $2 "," $3 "," $4 "," $5 }' "$tmp/out" > "$tmp/got"
    tail -n +2 "$d/$f.truth.csv" > "$tmp/want"
    assert_same_file "$f: every 2019 cell, in order" "$tmp/want" "$tmp/got"
    assert_eq "$f: 198 cell records" 198 "$(grep -c '^cell	' "$tmp/out")"
    assert_eq "$f: no table warning" "" "$(cat "$tmp/err")"
    assert_grep "$f: a negative change" '^t2,licensing,change,-5$' "$tmp/got"
    assert_grep "$f: the single （六） row" '^t3,other,total,2$' "$tmp/got"
    assert_no_grep "$f: no 2021 key" 'other\.no_correction|regulations,issued' "$tmp/got"
done

# The template follows the meta record: the same report with its meta
# template rewritten to unknown is read with the 2021 template.
gir-split "$d/oneline-2019.txt" 2>/dev/null \
    | sed 's/^meta	template	2019$/meta	template	unknown/' | gir-table > "$tmp/unk" 2>/dev/null
assert_eq "unknown: 200 cells (2021)" 200 "$(grep -c '^cell	' "$tmp/unk")"
assert_grep "unknown: 2021 keys" '^cell	t3	other\.no_correction	natural' "$tmp/unk"

# The 2019 single row stays a row of its own: no warning that names it as
# the 2021 report's misprint (table-row2019.sh).
gir-split "$d/layout-2019.txt" 2>/dev/null | gir-table 2>&1 >/dev/null | grep -c "（六）其他处理" > "$tmp/n"
assert_eq "no （六） warning" 0 "$(cat "$tmp/n")"
finish
