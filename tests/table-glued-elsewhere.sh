#!/bin/sh
# A glued run with several splits is decided by the identities that touch
# its row across the table (here the column sums of the result rows); an
# identity that names none of the undecided rows cannot tell their splits
# apart, so the report breaking one (the balance: 结转下年度 5 where 4
# would balance) does not leave them unread.  The broken balance is
# gir-check's to report.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "cells" glued-broken-elsewhere.txt
assert_no_grep "the result rows are split" 't3 row (granted|unable\.not_held)' "$tmp/err"
gir-check -q "$tables/glued-broken-elsewhere.txt" > /dev/null 2> "$tmp/check"
assert_eq "gir-check: the balance errors" "t3.balance natural
t3.balance total" "$(grep -o 'error: t3\.[a-z_]*: t3 column [a-z_]*' "$tmp/check" \
    | sed 's/error: \(t3\.[a-z_]*\): t3 column /\1 /')"
finish
