# tests/table-lib.sh - sourced by the tests/table-*.sh scripts (after lib.sh).
# cells FILE: gir-table's cells of FILE as KEY=VALUE lines (stderr kept in
# $tmp/err); the expected files under tests/fixtures/table/ hold the
# answers written when the input was made, never gir-table's own output.
tables="$fixtures/table"
cells() {
    gir-table "$@" 2>"$tmp/err" | awk -F'\t' '$1 == "cell" { print $2 "." $3 "." $4 "=" $5 }'
}
# same_cells WHAT INPUT: the cells of INPUT equal INPUT's .expected file.
same_cells() {
    cells "$tables/$2" > "$tmp/got"
    assert_same_file "$1" "$tables/${2%.*}.expected" "$tmp/got"
}
# t4_cells: t4's cells in $tmp/got (from cells), a group's five values
# space-separated, the three groups joined by |.
t4_cells() {
    for group in review suit_direct suit_after_review; do
        grep "^t4\.$group\." "$tmp/got" | cut -d= -f2 | paste -sd' '
    done | paste -sd'|'
}
