#!/bin/sh
# Damaged UTF-8 stays UTF-8: a converter that wraps table cells at a byte
# count (Debian's html2text) cuts multibyte characters, leaving many bad
# sequences in otherwise well-formed UTF-8.  Such text is read as UTF-8, each
# bad sequence one U+FFFD, with one warning; the same text in GB18030 is
# still recognised as GB18030.
. "$top_srcdir/tests/lib.sh"
seed=$(ls "$seeds"/001_*.txt)
# every 12th CJK character outside the six headings loses its last byte,
# as a cell cut at a byte count does
python3 - "$seed" "$tmp/cut.txt" <<'PY'
import re, sys
out, k = bytearray(), 0
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    heading = re.match(r"\s*[一二三四五六]、", line)
    for ch in line + "\n":
        b = ch.encode("utf-8")
        if len(b) == 3 and not heading:
            k += 1
            if k % 12 == 0:
                b = b[:2]
        out += b
open(sys.argv[2], "wb").write(bytes(out))
PY
gir-split "$tmp/cut.txt" > "$tmp/out" 2> "$tmp/err"
assert_grep "damaged text read as UTF-8" '^meta	encoding	UTF-8$' "$tmp/out"
assert_eq "all six sections found" 6 "$(grep -c '^section	' "$tmp/out")"
assert_eq "one warning for the damage" 1 "$(grep -c 'replaced by U+FFFD' "$tmp/err")"
# one replacement per cut character, not one per byte
cut=$(python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); print(d.decode("utf-8","replace").count("\ufffd"))' "$tmp/cut.txt")
assert_grep "one U+FFFD a bad sequence" "^gir-split: .*: $cut invalid bytes? \(as UTF-8\)" "$tmp/err"
# GB18030 text has about one well-formed UTF-8 character for four bad ones
iconv -f UTF-8 -t GB18030 "$seed" > "$tmp/gb.txt"
gir-split -q "$tmp/gb.txt" > "$tmp/gb"
assert_grep "GB18030 still detected" '^meta	encoding	GB18030$' "$tmp/gb"
assert_eq "GB18030 sections" 6 "$(grep -c '^section	' "$tmp/gb")"
finish
