#!/bin/sh
# Never guess: digits run together by a page that lost its cell borders
# are split only when the template's identities admit exactly one split
# (t3 here, t4 10203…); otherwise the cells stay empty and a warning says
# where (t2 015 and 7432: t2 has no identity, so its runs are never split,
# whatever their length; t4 1010011…: 10,1,0,0,11 and 1,0,10,0,11).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "unique split: cells" glued-unique.txt
assert_grep "t2 run without identities: warning" \
    'glued-unique.txt:1: t2 row normative_docs .*7432.* left empty' "$tmp/err"
same_cells "ambiguous split: cells" glued-ambiguous.txt
assert_grep "ambiguous t4: warning" \
    'glued-ambiguous.txt:1: t4 .*10100110000000000.*do not admit exactly one split' "$tmp/err"
assert_no_grep "t3 is split with certainty" 't3 row' "$tmp/err"
finish
