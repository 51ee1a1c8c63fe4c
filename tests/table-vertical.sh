#!/bin/sh
# pdftotext of a narrow page prints t3's column headers down their
# columns (自/然/人, 科/研/机/构, 总/计) and sets a row's last number a
# little right of 总计's header: the header runs give the columns, and a
# value under no header goes to the one column left between its placed
# neighbours.  A value with two or more columns in its gap is not placed,
# and as the page's columns no longer fit every row, nothing on the page is.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
f="$fixtures/layouts/000-pdfnarrow.txt"
cells "$f" > "$tmp/got"
assert_eq "vertical headers: new" "6 0     6" \
    "$(grep '^t3\.new\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_eq "vertical headers: granted" "4 0     4" \
    "$(grep '^t3\.granted\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
# Move new's '/' into the gap between 商业企业 and 其他 (four columns).
awk 'NR == 103 { sub(/0           \//, "0  /         ") } { print }' "$f" > "$tmp/gap.txt"
grep -q '^               6 0  /         ' "$tmp/gap.txt" || fail "gap fixture not made"
cells "$tmp/gap.txt" > "$tmp/got"
assert_eq "a value in a wide gap: new left empty" "" \
    "$(grep '^t3\.new\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_eq "... and granted too (the page's columns do not fit)" "" \
    "$(grep '^t3\.granted\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
finish
