#!/bin/sh
# gir-csv: usage errors exit 2 with a message; --help and --version exit 0;
# a write error (/dev/full) exits 2 with one message.
. "$top_srcdir/tests/lib.sh"
in="$fixtures/csv/small.gir"
assert_status "--grid=t5" 2 gir-csv --grid=t5 "$in"
assert_status "--grid=" 2 gir-csv --grid= "$in"
assert_status "--grid without table" 2 gir-csv --grid
assert_status "--labels=fr" 2 gir-csv --labels=fr "$in"
assert_status "--long --grid" 2 gir-csv --long --grid=t3 "$in"
assert_status "--issues --long" 2 gir-csv --issues --long "$in"
assert_status "--grid=t2 --grid=t3" 2 gir-csv --grid=t2 --grid=t3 "$in"
assert_status "unknown option" 2 gir-csv --frobnicate "$in"
assert_status "--long --long" 0 gir-csv --long --long "$in"
assert_status "--labels=keys" 0 gir-csv --labels=keys "$in"
gir-csv --grid=t5 "$in" > "$tmp/out" 2> "$tmp/err"
assert_grep "--grid=t5 message" "^gir-csv: error: invalid table 't5' for --grid" "$tmp/err"
assert_eq "--grid=t5 writes nothing" 0 "$(wc -c < "$tmp/out")"
assert_status "--help" 0 gir-csv --help
gir-csv --help > "$tmp/help"
assert_grep "--help lists --excel" "--excel" "$tmp/help"
assert_status "--version" 0 gir-csv --version
assert_status "missing file" 2 gir-csv "$tmp/nonexistent"
if [ -w /dev/full ]; then
    gir-csv "$in" > /dev/full 2> "$tmp/full"
    assert_eq "/dev/full exit" 2 $?
    assert_eq "/dev/full: one message" 1 "$(wc -l < "$tmp/full")"
    assert_grep "/dev/full message" "^gir-csv: error: write error" "$tmp/full"
fi
finish
