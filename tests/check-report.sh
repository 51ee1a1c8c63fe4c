#!/bin/sh
# --report: the issues as CSV (source,severity,rule,where,expected,found,
# line,message) through the shared CSV writer, instead of the stream.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
setcell t3 partial total 2 < "$clean" | setcell t3 carried_forward total 3 \
    | dropcell t2 fees amount > "$tmp/a"
setsource b.txt < "$clean" > "$tmp/b"
gir-check --report "$tmp/a" "$tmp/b" > "$tmp/out" 2> "$tmp/err"
assert_eq "exit status" 1 $?
assert_same_file "CSV" "$expect/report.csv" "$tmp/out"
assert_eq "stderr: one line per issue" 5 "$(wc -l < "$tmp/err")"
# No issue at all: the header alone.
gir-check --report "$clean" > "$tmp/out"
assert_eq "clean: header only" "source,severity,rule,where,expected,found,line,message" "$(cat "$tmp/out")"
# The same issues as the records gir-check writes (gir-csv --issues).
gir-check -q "$tmp/a" "$tmp/b" | gir-csv --issues > "$tmp/via-csv" 2>/dev/null
assert_same_file "gir-csv --issues agrees" "$expect/report.csv" "$tmp/via-csv"
finish
