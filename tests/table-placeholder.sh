#!/bin/sh
# A placeholder (— – 无 /) glued to a number, before or after it, is a
# blank cell beside a number's cell, each at its own display columns (a
# narrow PDF column prints 无0 for 无 | 0): the number is placed by its
# own column, not by the placeholder's.  A label holding 无 stays a label.
# The tokens are read from GIR_TABLE_DEBUG's dump: tok N line L fF/NF xA-B KIND TEXT.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
GIR_TABLE_DEBUG=1 gir-table -q "$tables/placeholder-glued.txt" 2>"$tmp/dump" >/dev/null
awk '$1 == "tok" { print $4, $6, $7, $8 }' "$tmp/dump" | sort -u >"$tmp/toks"
for want in 'line 2 x36-38 B -' 'line 2 x38-39 N 0' \
    'line 3 x15-16 B -' 'line 3 x16-17 N 5' \
    'line 3 x20-21 N 7' 'line 3 x21-22 B -' \
    'line 3 x25-26 N 0' 'line 3 x26-28 B -' \
    'line 3 x30-42 L 4.无正当理由'; do
    set -- $want
    grep -qx "$2 $3 $4 $5" "$tmp/toks" || fail "token $want not found"
done
assert_no_grep "no glued word is one token" ' 无0$\| —5$\| 7/$\| 0无$' "$tmp/toks"
finish
