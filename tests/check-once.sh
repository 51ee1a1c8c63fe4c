#!/bin/sh
# Each fact is said once, by the stage that finds it (SPEC 2): gir-check
# does not repeat a missing cell, table or section that an earlier stage
# already recorded in the stream as an issue record.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# before_end RECORD: a filter adding an issue record just before 'end'.
before_end() {
    awk -v rec="$1" '$0 ~ /^end\t/ { print rec } { print }'
}
# A cell gir-table left empty (empty VALUE, LINE 0) with its reason
# recorded (cell.unread), and one left empty with no reason.
awk -F'\t' -v OFS='\t' '$1 == "cell" && $3 == "licensing" { $5 = ""; $6 = 0 }
    $1 == "cell" && $3 == "penalty" { $5 = ""; $6 = 0 } { print }' "$clean" \
    | before_end "$(printf 'issue\twarning\tcell.unread\tt2.licensing.decisions\t\t\t12\tdigits run together')" \
    > "$tmp/unread"
gir-check "$tmp/unread" > "$tmp/out" 2> "$tmp/err"
assert_eq "cell.unread: exit 0" 0 $?
assert_eq "cell.unread: not said again" "" "$(grep 'licensing' "$tmp/err")"
assert_eq "cell.unread: no cell.missing record" "" "$(issues "$tmp/out" | grep 'cell.missing	t2.licensing')"
assert_grep "a cell with no reason recorded is still missing" \
    '^gir-check: clean\.txt: warning: cell\.missing: t2\.penalty\.decisions ' "$tmp/err"
assert_eq "the recorded issue passes through" 1 "$(grep -c '^issue	warning	cell.unread' "$tmp/out")"

# A table gir-table did not find, recorded as table.missing.
awk -F'\t' -v OFS='\t' '$1 == "cell" && $2 == "t4" { $5 = ""; $6 = 0 } { print }' "$clean" \
    | before_end "$(printf 'issue\twarning\ttable.missing\tt4\t\t\t0\ttable t4 not found')" \
    | gir-check > "$tmp/out" 2> "$tmp/err"
assert_eq "table.missing: not said again" "" "$(cat "$tmp/err")"
assert_eq "table.missing: one record" 1 "$(grep -c '	table.missing	t4' "$tmp/out")"

# A section gir-split did not find: gir-split says it (and records it),
# gir-check does not.  One line in all for the pipeline.
sed '/^二、主动公开政府信息情况/d' "$seeds/000_a83c7c2e212f796c.txt" > "$tmp/no2.txt"
gir-split "$tmp/no2.txt" 2> "$tmp/e1" | gir-table -q | gir-check > "$tmp/out" 2> "$tmp/e2"
assert_grep "gir-split says it" "^gir-split: $tmp/no2.txt: warning: section 2 not found" "$tmp/e1"
assert_eq "gir-check does not" "" "$(grep 'section' "$tmp/e2")"
assert_eq "one section.missing record" 1 "$(grep -c '^issue	warning	section.missing	2	' "$tmp/out")"
# The same in one process: gir-check reading the raw report says it once.
gir-check "$tmp/no2.txt" > /dev/null 2> "$tmp/e3"
assert_eq "in-process: said once" 1 "$(grep -c 'section 2 not found' "$tmp/e3")"
finish
