#!/bin/sh
# A row printed with every cell blank, in a delimited table (an HTML
# grid, TSV): its line has an empty field under each of its columns and
# no value anywhere in its range.  Placed as the rows of its shape are
# (read_by_header, read_by_fields), it is read as blank cells, not left
# unread, so gir-check can test the identities that run through it.
# The page (a soak draw, seed 2613, r0150) really breaks the result sum
# of its 其他组织 column: the results add up to 238, （七）总计 prints 237,
# and （六）其他处理 3.其他 is blank in every column.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
for f in "$tables/blank-row.html" "$tables/blank-row.tsv"; do
    n=$(basename "$f")
    gir-split -q "$f" | gir-table -q 2>/dev/null >"$tmp/table"
    assert_eq "$n: the blank row's seven cells read blank" 7 \
        "$(grep -c '^cell	t3	other\.other	[a-z_]*		' "$tmp/table")"
    assert_no_grep "$n: none of them unread" '^issue	warning	cell\.unread	t3\.other\.other\.' "$tmp/table"
    gir-check -q <"$tmp/table" >"$tmp/check"
    assert_eq "$n: gir-check finds the two identities the page breaks" \
        "t3.result_sum other_org
t3.row_sum not_processed.publication" \
        "$(awk -F'\t' '$1 == "issue" && $2 == "error" { print $3, $4 }' "$tmp/check" | sort)"
    # every cell as the answers have it
    awk -F'\t' '$1 == "cell" { print $2 "," $3 "," $4 "," $5 }' "$tmp/table" | sort >"$tmp/got"
    grep -v '^table,' "$tables/blank-row.truth.csv" | sort >"$tmp/want"
    assert_same_file "$n: every cell right" "$tmp/want" "$tmp/got"
done
finish
