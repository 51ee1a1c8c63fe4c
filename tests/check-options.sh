#!/bin/sh
# --strict, -q and the exit status: 0 clean or warnings only, 1 an error
# issue, 2 usage or unreadable input.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
dropcell t2 fees amount < "$clean" > "$tmp/warn"        # cell.missing: a warning
setcell t3 partial total 2 < "$clean" > "$tmp/err"      # t3.row_sum: an error
assert_status "clean" 0 gir-check "$clean"
assert_status "warning" 0 gir-check "$tmp/warn"
assert_status "error" 1 gir-check "$tmp/err"
assert_status "strict: warnings are errors" 1 gir-check --strict "$tmp/warn"
assert_status "strict, clean" 0 gir-check --strict "$clean"
gir-check --strict -q "$tmp/warn" | grep '^issue' | cut -f2,3 > "$tmp/sev"
assert_eq "strict severity" "error	cell.missing" "$(cat "$tmp/sev")"
# -q leaves out the warnings, never the errors; the issue records are
# written all the same.
gir-check -q "$tmp/err" > "$tmp/out" 2> "$tmp/stderr"
assert_eq "-q exit" 1 $?
assert_eq "-q: the error is still said" "gir-check: clean.txt:137: error: t3.row_sum: t3 row partial: the six applicant columns do not add up to 总计 (expected 1, found 2)" "$(head -n 1 "$tmp/stderr")"
assert_grep "-q records" '^issue	error	t3\.row_sum	partial' "$tmp/out"
gir-check --quiet "$tmp/warn" > "$tmp/out" 2> "$tmp/stderr"
assert_eq "--quiet: no warning said" "" "$(cat "$tmp/stderr")"
assert_grep "--quiet: the warning recorded" '^issue	warning	cell\.missing' "$tmp/out"
# Without -q: one line per issue, the format of SPEC §6.
gir-check "$tmp/err" > /dev/null 2> "$tmp/stderr"
assert_eq "stderr" "gir-check: clean.txt:137: error: t3.row_sum: t3 row partial: the six applicant columns do not add up to 总计 (expected 1, found 2)" "$(head -n 1 "$tmp/stderr")"
# Usage and input errors: 2, even when issues were found.
assert_status "unknown option" 2 gir-check --bogus "$clean"
assert_status "missing file" 2 gir-check "$tmp/err" "$tmp/nonexistent"
assert_status "a directory" 2 gir-check "$tmp"
if [ -w /dev/full ]; then
    gir-check "$clean" > /dev/full 2>/dev/null
    assert_eq "write error status" 2 $?
fi
assert_status "--help" 0 gir-check --help
gir-check --help > "$tmp/help"
assert_grep "--help names --strict" '--strict' "$tmp/help"
assert_status "--version" 0 gir-check --version
finish
