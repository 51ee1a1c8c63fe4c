#!/bin/sh
# Blank cells are blank, never 0: empty TSV fields and the placeholders
# / — 无 - give an empty VALUE with the line they were on; full-width
# digits are numbers; a table that is not there is empty with LINE 0 and
# one warning, and the other tables still come out.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "blank: cells" blank.tsv
gir-table "$tables/blank.tsv" 2>/dev/null > "$tmp/out"
assert_eq "a placeholder keeps its line" "$(grep -n '一、本年新收' "$tables/blank.tsv" | cut -d: -f1)" \
    "$(grep -P '^cell\tt3\tnew\tresearch\t' "$tmp/out" | cut -f5,6 | sed 's/^\t//')"
assert_eq "cells of a missing table have LINE 0" "0" \
    "$(grep -P '^cell\tt4\t' "$tmp/out" | cut -f6 | sort -u)"
assert_grep "missing t2 is a warning" '^gir-table: .*blank.tsv: warning: table t2 .* not found' "$tmp/err"
assert_grep "missing t4 is a warning" '^gir-table: .*blank.tsv: warning: table t4 .* not found' "$tmp/err"
assert_eq "one warning per missing table" 2 "$(grep -c 'table t[24]' "$tmp/err")"
same_cells "no t4: t2 and t3 still read" no-t4.md
assert_grep "no t4: warning" 'table t4 .* not found' "$tmp/err"
gir-table -q "$tables/no-t4.md" > /dev/null 2> "$tmp/quiet"
assert_eq "-q silences the warnings" "" "$(cat "$tmp/quiet")"
finish
