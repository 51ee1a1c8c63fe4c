#!/bin/sh
# UTF-16 without a byte order mark cannot be told from other encodings for
# certain, so it is not guessed; the warning about the invalid bytes says
# what it looks like and names the option that reads it.
. "$top_srcdir/tests/lib.sh"
r="$seeds/000_a83c7c2e212f796c.txt"
for enc in UTF-16LE UTF-16BE; do
    iconv -f UTF-8 -t $enc "$r" > "$tmp/u16"
    gir-split -p "$tmp/u16" > /dev/null 2> "$tmp/err"
    assert_grep "$enc: the way on" "warning: [0-9]+ invalid bytes .* looks like $enc without a byte order mark: read it with --encoding=$enc" "$tmp/err"
    gir-split -q -p --encoding=$enc "$tmp/u16" > "$tmp/out"
    assert_same_file "$enc: --encoding reads it" "$r" "$tmp/out"
done
# No such hint for a GB18030 text with a bad byte.
printf '一、总体情况\n坏\377字节\n' > "$tmp/bad.txt"
gir-split -p "$tmp/bad.txt" > /dev/null 2> "$tmp/err"
assert_no_grep "no UTF-16 hint for other damage" 'UTF-16' "$tmp/err"
finish
