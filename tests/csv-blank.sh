#!/bin/sh
# gir-csv: a blank cell (empty VALUE) and a cell with no record at all are
# empty fields, never 0, in every shape.
. "$top_srcdir/tests/lib.sh"
printf 'report\tb.txt\nmeta\torgan\tX\ncell\tt2\tregulations\tissued\t\t4\ncell\tt2\tregulations\trepealed\t0\t4\nend\tb.txt\n' > "$tmp/b.gir"

gir-csv "$tmp/b.gir" > "$tmp/w"
# year and template absent, issued blank, repealed 0, the rest blank.
# 198 more 2021 columns, then the 26 columns only the 2019 template has.
assert_eq "wide row" "b.txt,X,,,,0$(printf '%224s' '' | tr ' ' ',')" "$(sed -n 2p "$tmp/w")"
gir-csv --long "$tmp/b.gir" > "$tmp/l"
assert_eq "long: blank" "b.txt,t2,regulations,issued," "$(sed -n 2p "$tmp/l")"
assert_eq "long: zero" "b.txt,t2,regulations,repealed,0" "$(sed -n 3p "$tmp/l")"
assert_eq "long: 200 cells" 201 "$(wc -l < "$tmp/l")"
assert_eq "long: one 0 only" 1 "$(grep -c ',0$' "$tmp/l")"
gir-csv --grid=t2 "$tmp/b.gir" > "$tmp/g"
assert_eq "grid: blank and 0" "规章,,0," "$(sed -n 3p "$tmp/g")"
finish
