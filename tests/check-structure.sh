#!/bin/sh
# table.missing, section.missing, cell.missing: warnings (exit 0).
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# Table 四 all blank and unlocated, section 5 gone, one t2 cell not found
# (gir-table writes it with an empty value and LINE 0), one with no record.
awk -F'\t' -v OFS='\t' '$1 == "cell" && $2 == "t4" { $5 = ""; $6 = 0 }
    $1 == "section" && $2 == 5 { next }
    $1 == "cell" && $3 == "licensing" { $5 = ""; $6 = 0 }
    $1 == "cell" && $3 == "penalty" { next } { print }' "$clean" \
    | gir-check > "$tmp/out" 2> "$tmp/err"
assert_eq "warnings only: exit 0" 0 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/structure.issues" "$tmp/issues"
assert_grep "stderr" '^gir-check: clean\.txt: warning: section\.missing: section 5 not found$' "$tmp/err"
# A blank cell that was found (LINE > 0) is not missing.
setcell t2 licensing decisions '' < "$clean" | gir-check -q > "$tmp/out"
assert_no_grep "found blank" '^issue' "$tmp/out"
finish
