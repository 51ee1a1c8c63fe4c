#!/bin/sh
# The gir stream between programs: unknown records pass through, streams
# concatenate, a raw report is accepted where a stream is expected.
. "$top_srcdir/tests/lib.sh"
a="$seeds/000_a83c7c2e212f796c.txt"
b="$seeds/003_ca43ff7fde9941af.txt"

# Unknown record types pass through every stream program unchanged,
# and programs only add records.
gir-split -q "$a" | awk '{print} /^meta\tyear/ {print "x-note\tkept\\tas is"}' >"$tmp/in"
for p in gir-split gir-table gir-check; do
    $p -q <"$tmp/in" >"$tmp/out" 2>/dev/null
    assert_grep "$p keeps unknown records" '^x-note	kept\\tas is$' "$tmp/out"
    grep -v '^cell	\|^issue	' "$tmp/out" >"$tmp/kept"
    assert_same_file "$p drops nothing" "$tmp/in" "$tmp/kept"
done

# cat a.gir b.gir | prog == prog a.gir; prog b.gir
gir-split -q "$a" >"$tmp/a.gir"
gir-split -q "$b" >"$tmp/b.gir"
cat "$tmp/a.gir" "$tmp/b.gir" | gir-table -q >"$tmp/ab"
{ gir-table -q "$tmp/a.gir"; gir-table -q "$tmp/b.gir"; } >"$tmp/a_b"
assert_same_file "streams concatenate" "$tmp/a_b" "$tmp/ab"

# A raw report on standard input is split as gir-split would.
gir-table -q <"$a" >"$tmp/raw"
gir-split -q - <"$a" | gir-table -q >"$tmp/piped"
assert_same_file "raw report to gir-table" "$tmp/piped" "$tmp/raw"

# 200 cell records per report, just before end, in template order.
assert_eq "cell records" 200 "$(grep -c '^cell	' "$tmp/raw")"
assert_eq "end is last" "end	-" "$(tail -1 "$tmp/raw")"
assert_eq "first cell" "t2	regulations	issued" "$(grep '^cell	' "$tmp/raw" | head -1 | cut -f2-4)"
assert_eq "last cell" "t4	suit_after_review	total" "$(grep '^cell	' "$tmp/raw" | tail -1 | cut -f2-4)"

# A truncated stream: the report still comes out, with a warning.
head -n 30 "$tmp/a.gir" >"$tmp/trunc.gir"
gir-table "$tmp/trunc.gir" >"$tmp/out" 2>"$tmp/err"
assert_grep "truncated stream warned" 'has no end record' "$tmp/err"
assert_eq "truncated stream still ends" "end	$a" "$(tail -1 "$tmp/out")"

# A malformed record is kept as it is, with a warning.
sed '5s/.*/text\tnot-a-number\tx/' "$tmp/a.gir" >"$tmp/bad.gir"
gir-split -l "$tmp/bad.gir" >/dev/null 2>"$tmp/err"
assert_grep "malformed record warned" 'bad.gir:5: warning: malformed record' "$tmp/err"
finish
