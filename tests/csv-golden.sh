#!/bin/sh
# gir-csv: every shape of a small hand-made stream, byte for byte (quoting,
# blanks, decimals, negative numbers, a CRLF inside a quoted organ name).
. "$top_srcdir/tests/lib.sh"
in="$fixtures/csv/small.gir"
g="$fixtures/csv"

check() {   # check GOLDEN OPTIONS...
    golden=$1; shift
    gir-csv "$@" "$in" > "$tmp/out" 2> "$tmp/err"
    assert_eq "exit status of gir-csv $*" 0 $?
    assert_same_file "gir-csv $*" "$g/$golden" "$tmp/out"
}
check small.wide.csv
check small.excel.csv --excel
check small.long-crlf.csv --long --crlf
check small.grid-t4-bom.csv --grid=t4 --bom
check small.grid-t2.csv --grid=t2 --labels=zh
check small.issues.csv --issues

# --excel is exactly --bom --crlf.
gir-csv --bom --crlf "$in" > "$tmp/bc"
assert_same_file "--excel = --bom --crlf" "$g/small.excel.csv" "$tmp/bc"
# The same input on standard input gives the same output.
gir-csv < "$in" > "$tmp/stdin"
assert_same_file "stdin" "$g/small.wide.csv" "$tmp/stdin"
finish
