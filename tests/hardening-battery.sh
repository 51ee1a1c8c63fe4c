#!/bin/sh
# The bad-input battery: what core-badinput.sh (empty input, garbage, NUL
# bytes, a 100 MB line, directories, missing files, /dev/full, gir-split
# into a closed pipe) does not cover.  Each case asserts the exit status
# and the message SPEC.md requires.
. "$top_srcdir/tests/lib.sh"
hf="$fixtures/hardening"
r="$seeds/001_b40d9c03878ac230.txt"     # no final LF; sections at 3 15 46 262 297 300
progs="gir-split gir-table gir-check gir-csv"

# long_cells FILE: gir-csv --long without the source column
long_cells() { gir-csv -q --long "$1" | cut -d, -f2-; }
long_cells "$r" >"$tmp/ref.long"
[ "$(wc -l <"$tmp/ref.long")" -eq 201 ] || fail "reference: gir-csv --long gives 200 cells + header"

# ---- only a BOM ----
printf '\357\273\277' >"$tmp/bom"
for p in $progs; do
    $p "$tmp/bom" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$p on a lone BOM exits 0" 0 $?
    assert_no_grep "$p on a lone BOM: no sanitizer report" 'Sanitizer|runtime error' "$tmp/err"
done
gir-split "$tmp/bom" >"$tmp/out" 2>"$tmp/err"
assert_grep "lone BOM: a report" "^report	$tmp/bom$" "$tmp/out"
assert_grep "lone BOM: encoding UTF-8" '^meta	encoding	UTF-8$' "$tmp/out"
assert_no_grep "lone BOM: no text" '^text' "$tmp/out"
assert_grep "lone BOM: no report, said once" "^gir-split: $tmp/bom: warning: no report found" "$tmp/err"
assert_eq "lone BOM: one message" 1 "$(wc -l <"$tmp/err")"
assert_eq "lone BOM: -p prints nothing" "" "$(gir-split -q -p "$tmp/bom" | od -An -c)"
gir-csv -q "$tmp/bom" >"$tmp/out"
assert_grep "lone BOM: gir-csv header" '^source,organ,year,template,t2\.' "$tmp/out"
assert_eq "lone BOM: no row" 1 "$(wc -l <"$tmp/out")"

# ---- invalid UTF-8 in the middle of a label ----
# 一、本年新收政府信息公开申请数量 with a stray 0xFF between 本年 and 新收.
sed 's/本年新收政府信息公开申请数量/本年\xff新收政府信息公开申请数量/' "$r" >"$tmp/badlabel"
cmp -s "$r" "$tmp/badlabel" && fail "badlabel fixture unchanged"
gir-split -p "$tmp/badlabel" >"$tmp/out" 2>"$tmp/err"
assert_eq "invalid byte in a label: gir-split exits 0" 0 $?
assert_grep "invalid byte warned with its line" "^gir-split: $tmp/badlabel:57: warning: 1 invalid byte \(as UTF-8\) replaced by U\+FFFD$" "$tmp/err"
sed 's/本年新收政府信息公开申请数量/本年\xef\xbf\xbd新收政府信息公开申请数量/' "$r" >"$tmp/badlabel.want"
assert_same_file "invalid byte becomes U+FFFD, nothing else changes" "$tmp/badlabel.want" "$tmp/out"
assert_eq "still read as UTF-8" "encoding	UTF-8" "$(gir-split -q "$tmp/badlabel" | sed -n 's/^meta	\(encoding	.*\)/\1/p')"
for p in gir-table gir-check gir-csv; do
    $p "$tmp/badlabel" >"$tmp/out" 2>"$tmp/err"
    st=$?
    [ "$st" -le 1 ] || fail "$p on a damaged label exits $st"
    assert_grep "$p warns about the invalid byte" "badlabel:57: warning: 1 invalid byte" "$tmp/err"
done
# The damage stays local: tables t2 and t4 are read as before.
long_cells "$tmp/badlabel" | grep -E '^t[24],' >"$tmp/out"
grep -E '^t[24],' "$tmp/ref.long" >"$tmp/want"
assert_same_file "damaged t3 label leaves t2 and t4 intact" "$tmp/want" "$tmp/out"

# ---- GB18030 and UTF-16BE files ----
iconv -f UTF-8 -t GB18030 "$r" >"$tmp/gb"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$r"; } >"$tmp/u16be"
for f in gb u16be; do
    case $f in gb) enc=GB18030 ;; u16be) enc=UTF-16BE ;; esac
    gir-split -p "$tmp/$f" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$enc: gir-split exits 0" 0 $?
    assert_same_file "$enc: decoded text is the UTF-8 report" "$r" "$tmp/out"
    assert_eq "$enc: no invalid bytes" "" "$(grep 'invalid' "$tmp/err")"
    assert_eq "$enc: meta encoding" "encoding	$enc" "$(gir-split -q "$tmp/$f" | sed -n 's/^meta	\(encoding	.*\)/\1/p')"
    assert_eq "$enc: same sections" "$(gir-split -l "$r" | cut -f2-)" "$(gir-split -q -l "$tmp/$f" | cut -f2-)"
    long_cells "$tmp/$f" >"$tmp/out"
    assert_same_file "$enc: same cells as UTF-8" "$tmp/ref.long" "$tmp/out"
done

# ---- 1 million tiny lines ----
# (after a heading, so that it is a report and its tables are looked for)
awk 'BEGIN { print "三、收到和处理政府信息公开申请情况"; for (i = 0; i < 1000000; i++) print (i % 7) }' >"$tmp/million"
timeout $((300 * slow)) gir-split -q -p "$tmp/million" >"$tmp/out"
assert_eq "1M lines: gir-split -p exits 0 in time" 0 $?
cmp -s "$tmp/million" "$tmp/out" || fail "1M lines: gir-split -p is not lossless"
for p in gir-table gir-check gir-csv; do
    timeout $((300 * slow)) $p -q "$tmp/million" >"$tmp/out" 2>"$tmp/err"
    assert_eq "1M lines: $p exits 0 in time" 0 $?
done
timeout $((300 * slow)) gir-split -q "$tmp/million" | timeout $((300 * slow)) gir-table -q | timeout $((300 * slow)) gir-check -q \
    | timeout $((300 * slow)) gir-csv -q --long >"$tmp/out"
assert_eq "1M lines: the pipeline gives 200 cells" 201 "$(wc -l <"$tmp/out")"
assert_eq "1M lines: every cell blank" 0 "$(tail -n +2 "$tmp/out" | grep -vc ',$')"

# ---- a report truncated in the middle of each table ----
# Seed 003 (gir-check finds no error in it): t2 spans lines 20-66,
# t3 67-353, t4 354-409.  What is cut off is missing (warnings), never
# wrong (no error, exit 0), and the tables before the cut are whole.
r3="$seeds/003_ca43ff7fde9941af.txt"
long_cells "$r3" >"$tmp/ref3.long"
for cut in t2:43:3 t3:200:4 t4:380:5; do
    t=${cut%%:*} n=${cut#*:} n=${n%:*} missing=${cut##*:}
    head -n "$n" "$r3" >"$tmp/trunc-$t"
    for p in $progs; do
        $p "$tmp/trunc-$t" >"$tmp/out" 2>"$tmp/err"
        assert_eq "truncated in $t: $p exits 0" 0 $?
        assert_grep "truncated in $t: $p warns" "^$p: $tmp/trunc-$t(:[0-9]+)?: " "$tmp/err"
    done
    gir-split "$tmp/trunc-$t" 2>"$tmp/err" >/dev/null
    assert_grep "truncated in $t: section $missing missing" "^gir-split: $tmp/trunc-$t: warning: section $missing not found" "$tmp/err"
    gir-table "$tmp/trunc-$t" 2>"$tmp/err" >"$tmp/out"
    assert_eq "truncated in $t: still 200 cell records" 200 "$(grep -c '^cell	' "$tmp/out")"
    case $t in t2) before= ;; t3) before=t2 ;; t4) before='t2|t3' ;; esac
    if [ -n "$before" ]; then
        long_cells "$tmp/trunc-$t" | grep -E "^($before)," >"$tmp/out"
        grep -E "^($before)," "$tmp/ref3.long" >"$tmp/want"
        assert_same_file "truncated in $t: the tables before it are whole" "$tmp/want" "$tmp/out"
    fi
done
# Cut in the middle of a character inside t3: one invalid byte at the end.
n=$(LC_ALL=C awk 'NR > 200 && substr($0, 1, 1) > "\177" { print NR; exit }' "$r3")
off=$(head -n $((n - 1)) "$r3" | wc -c)
head -c $((off + 1)) "$r3" >"$tmp/trunc-char"
for p in $progs; do
    $p "$tmp/trunc-char" >"$tmp/out" 2>"$tmp/err"
    assert_eq "cut inside a character: $p exits 0" 0 $?
done
gir-split -p "$tmp/trunc-char" 2>"$tmp/err" >/dev/null
assert_grep "cut inside a character: warned" "trunc-char:$n: warning: 1 invalid byte \(as UTF-8\)" "$tmp/err"

# ---- two reports glued without a newline ----
# The seed has no final LF, so its last line and the next title become one.
s2="$seeds/002_b5a7a5de05f46fe6.txt"
cat "$r" "$s2" >"$tmp/glued"
gir-split -q -p "$tmp/glued" | cmp -s - "$tmp/glued" || fail "glued raw reports: not lossless"
for p in $progs; do
    $p -q "$tmp/glued" >"$tmp/out" 2>"$tmp/err"
    st=$?
    [ "$st" -le 1 ] || fail "glued raw reports: $p exits $st"
done
gir-csv -q "$tmp/glued" >"$tmp/out"
assert_eq "glued raw reports are one input, one report" 2 "$(wc -l <"$tmp/out")"
# Two streams glued where the first lost its final LF: 'end' swallows the
# next 'report'; the rest of b is skipped with a warning, a is whole.
gir-split -q "$r" | head -c -1 >"$tmp/a.gir"
gir-split -q "$s2" >"$tmp/b.gir"
cat "$tmp/a.gir" "$tmp/b.gir" >"$tmp/glued.gir"
for p in gir-table gir-check gir-csv; do
    $p "$tmp/glued.gir" >"$tmp/out" 2>"$tmp/err"
    st=$?
    [ "$st" -le 1 ] || fail "glued streams: $p exits $st"
    assert_grep "glued streams: $p warns about what it skips" "^$p: $tmp/glued.gir:[0-9]+: warning: record outside a report skipped$" "$tmp/err"
done
gir-csv -q --long "$tmp/glued.gir" | cut -d, -f2- >"$tmp/out"
assert_same_file "glued streams: the first report is whole" "$tmp/ref.long" "$tmp/out"

# ---- a stream with malformed records ----
# Line 4: text without a number; 5: a section beyond 6 with a bad line;
# 6: a cell with too few fields; 7: an issue with too few fields.
for p in gir-table gir-check gir-csv; do
    $p "$hf/malformed.gir" >"$tmp/out" 2>"$tmp/err"
    st=$?
    [ "$st" -le 1 ] || fail "malformed records: $p exits $st"
    for l in 4 5 6 7; do
        assert_grep "malformed record at line $l: $p warns" "^$p: $hf/malformed.gir:$l: warning: malformed record kept as it is$" "$tmp/err"
    done
done
gir-table -q "$hf/malformed.gir" >"$tmp/out"
sed -n '4,7p' "$hf/malformed.gir" >"$tmp/want"
grep -E '^(text	x|section	9|cell	t3	new	natural$|issue	error$)' "$tmp/out" >"$tmp/got"
assert_same_file "malformed records pass through verbatim" "$tmp/want" "$tmp/got"
assert_grep "malformed: the good text after them is kept" '^text	8	二、主动公开政府信息情况$' "$tmp/out"

# ---- 40-digit numbers in cells ----
# exact.txt: t3 new natural = new total = 10^39 + 1 (the row sum holds);
# off.txt: total is one more (it does not).  No 64-bit integer holds them:
# gir-check must flag cell.invalid or compute exactly, never wrap.
gir-check -q "$hf/forty-digits.gir" >"$tmp/out"
st=$?
[ "$st" -le 1 ] || fail "40 digits: gir-check exits $st"
awk -F'\t' '$1 == "report" { src = $2 } $1 == "issue" { print src, $3, $4 }' "$tmp/out" >"$tmp/issues"
if grep -q '^exact.txt cell.invalid t3.new' "$tmp/issues"; then
    :   # refused as not a count: acceptable
else
    assert_no_grep "40 digits: an exact sum is not an error" '^exact.txt t3.row_sum new' "$tmp/issues"
fi
grep -qE '^off.txt (t3.row_sum new|cell.invalid t3.new)' "$tmp/issues" \
    || fail "40 digits: a sum off by one at the 40th digit is neither an error nor invalid"
gir-csv -q --long "$hf/forty-digits.gir" >"$tmp/out"
assert_grep "40 digits: gir-csv prints them unchanged" '^exact.txt,t3,new,natural,1000000000000000000000000000000000000001$' "$tmp/out"
assert_grep "40 digits: gir-csv prints them unchanged (2)" '^off.txt,t3,new,total,1000000000000000000000000000000000000002$' "$tmp/out"

# ---- a forced encoding never lets invalid bytes through ----
# glibc's iconv from UTF-8 passes F6 A2 B9 AB (above U+10FFFF) through.
printf 'x\366\242\271\253\n' >"$tmp/above"
gir-split --encoding=UTF-8 -p "$tmp/above" >"$tmp/out" 2>"$tmp/err"
assert_eq "--encoding=UTF-8 on bytes above U+10FFFF: exit 0" 0 $?
od -An -tx1 "$tmp/out" | grep -q 'f6' && fail "--encoding=UTF-8 passes the invalid byte F6 through (found $(od -An -tx1 "$tmp/out"))"
assert_grep "--encoding=UTF-8: invalid bytes warned" 'above:1: warning: [0-9]+ invalid bytes? \(as UTF-8\)' "$tmp/err"

# ---- output to a closed pipe ----
gir-split -q "$r" "$r" "$r" "$r" "$r" "$r" "$r" "$r" >"$tmp/many.gir"
for i in 1 2 3 4 5 6 7 8; do cat "$tmp/many.gir"; done >"$tmp/many64.gir"
for p in gir-split gir-table gir-check gir-csv; do
    for opt in "" --long; do
        [ "$p" = gir-csv ] || [ -z "$opt" ] || continue
        # shellcheck disable=SC2086
        $p -q $opt "$tmp/many64.gir" 2>"$tmp/err" | head -1 >/dev/null
        # (-q leaves the errors gir-check finds in the reports; nothing
        # about the pipe)
        assert_eq "$p $opt into a closed pipe is silent" "" "$(grep -v ': error: t[34]\.' "$tmp/err")"
    done
done
gir-check --report "$tmp/many64.gir" 2>"$tmp/err" | head -1 >/dev/null
assert_eq "gir-check --report into a closed pipe: no write error" "" "$(grep -E 'write error|Broken pipe|Sanitizer' "$tmp/err")"
finish
