#!/bin/sh
# A number that ends in a comma (7, or ７，) is no cell's whole value: a
# narrow cell cut 7,334 after its comma and set its rest on another line
# (LibreOffice's PDF of a table without borders), or a sentence goes on.
# It is text; 1,234 and a number alone stay values.
# The tokens are read from GIR_TABLE_DEBUG's dump: tok N line L fF/NF xA-B KIND TEXT.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
GIR_TABLE_DEBUG=1 gir-table -q "$tables/cut-comma.txt" 2>"$tmp/dump" >/dev/null
awk '$1 == "tok" { print $4, $6, $7, $8 }' "$tmp/dump" | sort -u >"$tmp/toks"
for want in 'line 2 x26-27 N 0' 'line 2 x37-39 L 7,' \
    'line 3 x13-18 N 1,234' 'line 3 x21-25 L 7,' 'line 3 x28-30 Nr 12'; do
    set -- $want
    grep -qx "$2 $3 $4 $5" "$tmp/toks" || fail "token $want not found"
done
assert_no_grep "no value 7 from a number cut after its comma" ' N 7$' "$tmp/toks"
finish
