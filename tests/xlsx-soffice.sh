#!/bin/sh
# LibreOffice opens the workbook headless, with no import dialog, and its
# CSV of 报告 has the values of gir-csv for the same reports (the key
# header row and the rows), its CSV of 问题 the issues of gir-csv --issues.
# Skipped without soffice and Calc.
. "$top_srcdir/tests/lib.sh"
need_xlsx
command -v soffice >/dev/null 2>&1 || { echo "soffice missing"; exit 77; }
ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 ||
    ls "$(dirname "$(readlink -f "$(command -v soffice)")")"/libsclo.so >/dev/null 2>&1 ||
    { echo "LibreOffice Calc missing"; exit 77; }

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done > "$tmp/seeds.gir"
gir-check -q "$tmp/seeds.gir" > "$tmp/checked.gir"
gir-xlsx -q "$tmp/checked.gir" > "$tmp/wb.xlsx" || fail "gir-xlsx: exit $?"
gir-csv "$tmp/checked.gir" > "$tmp/want.csv"
gir-csv --issues "$tmp/checked.gir" > "$tmp/issues.csv"
# Comma, double quote, UTF-8, every sheet (-1), cell contents as stored;
# a UTF-8 locale, or soffice writes the sheet names into file names as ??.
( cd "$tmp" && LC_ALL=C.UTF-8 timeout $((300 * slow)) soffice --headless "-env:UserInstallation=file://$tmp/profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$tmp/lo" "$tmp/wb.xlsx" ) > "$tmp/soffice.out" 2>&1
[ -s "$tmp/lo/wb-报告.csv" ] || { fail "soffice wrote no CSV of 报告"; cat "$tmp/soffice.out" >&2; }
tail -n +3 "$tmp/lo/wb-报告.csv" | tr -d '\r' > "$tmp/got.csv"
assert_same_file "LibreOffice's 报告 = gir-csv" "$tmp/want.csv" "$tmp/got.csv"
# 问题: severity,rule,where,label,expected,found,source,line,message
tail -n +3 "$tmp/lo/wb-问题.csv" | tr -d '\r' | awk -F, '{ print $7 "," $1 "," $2 "," $5 "," $6 }' > "$tmp/got-issues"
tail -n +2 "$tmp/issues.csv" | awk -F, '{ print $1 "," $2 "," $3 "," $5 "," $6 }' > "$tmp/want-issues"
assert_same_file "LibreOffice's 问题 = gir-csv --issues" "$tmp/want-issues" "$tmp/got-issues"
assert_eq "the Chinese labels" "来源,机关,年度,模板,表二 规章" "$(head -n 1 "$tmp/lo/wb-报告.csv" | cut -d, -f1-5)"
finish
