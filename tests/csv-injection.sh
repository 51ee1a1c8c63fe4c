#!/bin/sh
# gir-csv: text fields that a spreadsheet would run as a formula (= + - @,
# TAB, CR first) get a leading '; numbers, negative ones too, stay numbers.
. "$top_srcdir/tests/lib.sh"
in="$fixtures/csv/injection.gir"

gir-csv "$in" > "$tmp/w"
assert_grep "organ HYPERLINK inert" "^'\+evil\.txt,\"'=HYPERLINK\(\"\"http://x\"\",\"\"y\"\"\)\",2022,2021,-3,'@SUM" "$tmp/w"
assert_grep "TAB first guarded" "^ok\.txt,\"'	" "$tmp/w"
gir-csv --long "$in" > "$tmp/l"
assert_grep "negative value stays a number" "^'\+evil\.txt,t2,regulations,issued,-3\$" "$tmp/l"
assert_grep "negative decimal stays a number" "^'\+evil\.txt,t2,fees,amount,-0\.5\$" "$tmp/l"
assert_grep "non-number in a value column is guarded" "^'\+evil\.txt,t2,regulations,repealed,\"'@SUM\(1\+1\)\*cmd\|' /C calc'!A0\"\$|^'\+evil\.txt,t2,regulations,repealed,'@SUM" "$tmp/l"
gir-csv --issues "$in" > "$tmp/i"
assert_grep "issue message guarded, a lone - left alone" "^'\+evil\.txt,error,cell\.invalid,t2\.regulations\.issued,-,-3,1,'-2\+3 is not a count\$" "$tmp/i"
assert_grep "issue where/expected/found guarded" "^ok\.txt,warning,x,'@where,'=1,'\+2,0,'@message\$" "$tmp/i"
gir-csv --grid=t2 "$in" > "$tmp/g"
assert_grep "grid title guarded" "^'\+evil\.txt,\"'=HYPERLINK" "$tmp/g"

# No field of any shape, as a CSV reader sees it, starts with a formula
# character unless it is a number.
if command -v python3 >/dev/null 2>&1; then
    for f in w l i g; do
        python3 - "$tmp/$f" <<'PY' || fail "python: a live formula in shape $f"
import csv, re, sys
num = re.compile(r'^-?[0-9]+(\.[0-9]+)?$')
bad = [v for row in csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig'))
       for v in row if v[:1] in ('=', '+', '-', '@', '\t', '\r') and not num.match(v) and v != '-']
if bad: print(bad); sys.exit(1)
PY
    done
fi
finish
