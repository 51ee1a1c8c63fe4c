#!/bin/sh
# pdftotext sets each page on a grid of its own: a page that continues t3
# without its header has its columns somewhere else.  When every row the
# header placed filled the same columns (the rest empty or "—" all down
# the table), a row with as many values follows that pattern; when the
# rows above fill different columns, or a row has a number where the rows
# above have "—", there is no pattern and its cells stay empty with a
# warning.  The answers were written with the inputs (fixtures/table/gen.py).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "pattern: a continued page is read by the rows above" pattern-page.txt
assert_no_grep "pattern: no row warning" 't3 row' "$tmp/err"
same_cells "mixed: rows above fill different columns, the page's rows stay empty" \
    pattern-mixed.txt
assert_eq "mixed: one warning per row of the continued page" 12 \
    "$(grep -c 'pattern-mixed.txt:[0-9]*: warning: t3 row .* no column to place them by' "$tmp/err")"
same_cells "kind: a number where the rows above have a dash, that row stays empty" \
    pattern-kind.txt
assert_grep "kind: the row is named with its line" \
    'pattern-kind.txt:[0-9]+: warning: t3 row not_processed.publication .* no column to place them by' "$tmp/err"
finish
