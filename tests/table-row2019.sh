#!/bin/sh
# A 2021 report that still prints the 2019 single row （六）其他处理: the
# three other.* rows stay empty with a warning naming the row, and the
# rest of the table, (七)总计 included, is read as printed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
same_cells "2019 row: cells" row2019.txt
assert_grep "warning names the row" \
    "row2019.txt:$(grep -n '（六）其他处理' "$tables/row2019.txt" | cut -d: -f1): warning: t3: row '（六）其他处理'" "$tmp/err"
assert_eq "only that warning" 1 "$(grep -vc 'section' "$tmp/err")"
finish
