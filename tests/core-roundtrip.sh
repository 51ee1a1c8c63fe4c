#!/bin/sh
# Lossless: `gir-split -p` reproduces the decoded input byte for byte,
# whatever the encoding and line ends of the file.
. "$top_srcdir/tests/lib.sh"
for f in "$seeds"/*.txt "$fixtures"/split/*.txt; do
    gir-split -q -p "$f" >"$tmp/got"
    assert_same_file "round trip of $(basename "$f")" "$f" "$tmp/got"
    # through the stream and back
    gir-split -q "$f" | gir-split -q -p >"$tmp/got"
    assert_same_file "stream round trip of $(basename "$f")" "$f" "$tmp/got"
done

f="$seeds/004_0935331167c41a19.txt"
iconv -f UTF-8 -t GB18030 "$f" >"$tmp/gb.txt"
gir-split -p "$tmp/gb.txt" >"$tmp/got" 2>"$tmp/err"
assert_same_file "GB18030 decoded" "$f" "$tmp/got"
assert_eq "GB18030 without warnings" "" "$(cat "$tmp/err")"
assert_grep "GB18030 detected" '^meta	encoding	GB18030$' "$(gir-split "$tmp/gb.txt" >"$tmp/s" 2>/dev/null; echo "$tmp/s")"

f="$seeds/000_a83c7c2e212f796c.txt"    # ends with a line break, and GBK can encode it
sed 's/$/\r/' "$f" >"$tmp/crlf.txt"
gir-split -q -p "$tmp/crlf.txt" >"$tmp/got"
assert_same_file "CRLF becomes LF" "$f" "$tmp/got"
tr '\n' '\r' <"$f" >"$tmp/cr.txt"
gir-split -q -p "$tmp/cr.txt" >"$tmp/got"
assert_same_file "CR becomes LF" "$f" "$tmp/got"

printf '\357\273\277' | cat - "$f" >"$tmp/bom.txt"
gir-split -q -p "$tmp/bom.txt" >"$tmp/got"
assert_same_file "BOM stripped" "$f" "$tmp/got"

printf '\377\376' >"$tmp/u16.txt"
iconv -f UTF-8 -t UTF-16LE "$f" >>"$tmp/u16.txt"
gir-split -q -p "$tmp/u16.txt" >"$tmp/got"
assert_same_file "UTF-16LE with BOM" "$f" "$tmp/got"

iconv -f UTF-8 -t GBK "$f" >"$tmp/gbk.txt"
gir-split -q -p --encoding=GBK "$tmp/gbk.txt" >"$tmp/got"
assert_same_file "--encoding=GBK" "$f" "$tmp/got"
assert_status "unknown --encoding" 2 gir-split --encoding=NO-SUCH-CODE "$f"

# No final newline: kept exactly.
printf '一、总体情况\n最后一行' >"$tmp/nonl.txt"
gir-split -q -p "$tmp/nonl.txt" >"$tmp/got"
assert_same_file "no final newline" "$tmp/nonl.txt" "$tmp/got"

# Tabs and backslashes inside a line survive the stream's escaping.
printf 'a\tb\\c\\t\n\\\n' >"$tmp/esc.txt"
gir-split -q "$tmp/esc.txt" >"$tmp/s"
assert_grep "escaped record" '^text	1	a\\tb\\\\c\\\\t$' "$tmp/s"
gir-split -q -p "$tmp/s" >"$tmp/got"
assert_same_file "escapes round trip" "$tmp/esc.txt" "$tmp/got"

# Invalid bytes become U+FFFD with a warning naming file and line.
printf '一、总体情况\n坏\377字节\n' >"$tmp/bad.txt"
gir-split -p "$tmp/bad.txt" >"$tmp/got" 2>"$tmp/err"
assert_eq "replacement" "坏�字节" "$(sed -n 2p "$tmp/got")"
assert_grep "warning with line" 'bad.txt:2: warning: 1 invalid byte' "$tmp/err"
finish
