#!/bin/sh
# GB18030 pages: <meta charset=gb2312> means GB18030 (GBK-only characters
# 喆 and 镕 decode); a wrong declaration (utf-8 on GB bytes) falls back to
# detection; --encoding overrides; the encoding used is reported.
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
(cd "$h" && gir-split -q gb18030.html) > "$tmp/out"
assert_same_file "gb18030 stream" "$h/gb18030.expected" "$tmp/out"
assert_grep "encoding reported" '^meta	encoding	GB18030$' "$tmp/out"
assert_grep "GBK-only characters" '喆镕县' "$tmp/out"
gir-split -q "$h/gb-mislabel.html" > "$tmp/mis"
assert_grep "mislabelled page detected" '^meta	encoding	GB18030$' "$tmp/mis"
assert_grep "mislabelled page decoded" '^text	8	规章\\t７$' "$tmp/mis"
# a UTF-8 page that still declares gb2312 (converted by a tool) stays UTF-8
sed 's/charset=utf-8/charset=gb2312/' "$h/spans.html" > "$tmp/conv.html"
gir-split -q "$tmp/conv.html" > "$tmp/conv"
assert_grep "converted page is UTF-8" '^meta	encoding	UTF-8$' "$tmp/conv"
assert_grep "converted page text" '^text	13	一、总体情况$' "$tmp/conv"
# --encoding wins over the declaration
gir-split -q --encoding=GB18030 "$h/gb18030.html" > "$tmp/forced"
assert_grep "forced" '^meta	encoding	GB18030$' "$tmp/forced"
# UTF-16 with BOM is detected as HTML too
if iconv -f UTF-8 -t UTF-16 "$h/spans.html" > "$tmp/u16.html" 2>/dev/null; then
    gir-split -p -q "$tmp/u16.html" > "$tmp/u16"
    assert_same_file "UTF-16 page" "$h/spans.expected" "$tmp/u16"
fi
# an invalid byte in a UTF-8 page is warned with the page's name and line
{ printf '<html><head><meta charset="utf-8"></head><body>\n'
  printf '<p>\344\270\200\343\200\201\346\200\273\344\275\223\346\203\205\345\206\265</p>\n<p>bad \377 byte</p>\n</body></html>\n'; } > "$tmp/bad.html"
gir-split "$tmp/bad.html" > /dev/null 2> "$tmp/bad.err"
assert_grep "invalid byte warned with source and line" "^gir-split: $tmp/bad.html:3: warning: HTML page: 1 invalid byte \(as UTF-8\) replaced by U\+FFFD$" "$tmp/bad.err"
finish
