#!/bin/sh
# text.*: what the narrative states against the tables, where the
# sentence is unambiguous (one number, clearly that quantity); warnings.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# clean.gir states 10 applications, 1 review, 2 suits, 3 normative
# documents (all true) and plans 5 documents (not a statement of fact).
gir-check -q < "$clean" > "$tmp/out"
assert_no_grep "true statements" '^issue' "$tmp/out"
# The tables say otherwise: each statement is flagged, on its line.
setcell t3 new natural 9 < "$clean" | setcell t3 new total 11 \
    | setcell t3 carried_forward natural 2 | setcell t3 carried_forward total 2 \
    | setcell t4 review other 1 | setcell t4 review total 2 \
    | setcell t4 suit_after_review pending 1 | setcell t4 suit_after_review total 1 \
    | setcell t2 normative_docs issued 4 | gir-check > "$tmp/out" 2> "$tmp/err"
assert_eq "warnings: exit 0" 0 $?
issues "$tmp/out" > "$tmp/issues"
assert_same_file "issue records" "$expect/text.issues" "$tmp/issues"
assert_grep "stderr" '^gir-check: clean\.txt:3: warning: text\.t3_new: the narrative states 10 applications received, the table \(t3\.new\.total, line 116\) says 11 \(expected 11, found 10\)$' "$tmp/err"
# Sentences that are not unambiguous are left alone.
awk -F'\t' -v OFS='\t' '$1 == "text" && $2 == 3 {
    print "text", 3, "其中，网上收到申请5件，较上年增加2件；全市各部门共收到申请300件。"; next }
    $1 == "text" && $2 == 4 { print "text", 4, "2022年共收到申请12件（含上年结转2件），办结10件。"; next }
    $1 == "text" && $2 == 5 { print "text", 5, "被申请行政复议和行政诉讼共7件，制发规章和规范性文件9件。"; next }
    { print }' "$clean" | setcell t3 new total 11 | gir-check -q > "$tmp/out"
assert_no_grep "ambiguous sentences" 'text\.' "$tmp/out"
finish
