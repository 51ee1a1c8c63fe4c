#!/bin/sh
# man/gir-table.1: every command in EXAMPLES runs, in a copy of examples/
# (as tests/man-examples.sh runs all pages), and prints exactly the output
# the page shows.
. "$top_srcdir/tests/lib.sh"
man="$top_srcdir/man/gir-table.1"
cp -R "$top_srcdir/examples" "$tmp/ex" && chmod -R u+w "$tmp/ex"
run_man_examples "$man" "$tmp/ex"
[ "$examples_run" -ge 3 ] || fail "only $examples_run examples found in $man"
finish
