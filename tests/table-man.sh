#!/bin/sh
# man/gir-table.1: every command in EXAMPLES runs, in a copy of examples/
# (as tests/man-examples.sh runs all pages), and prints exactly the output
# the page shows.
. "$top_srcdir/tests/lib.sh"
man="$top_srcdir/man/gir-table.1"
cp -R "$top_srcdir/examples" "$tmp/ex" && chmod -R u+w "$tmp/ex"
man_examples "$man" "$tmp"
count=$(cat "$tmp/count")
[ "$count" -ge 3 ] || fail "only $count examples found in $man"
i=1
while [ "$i" -le "$count" ]; do
    cmd=$(cat "$tmp/$i.cmd")
    (cd "$tmp/ex" && sh -c "$cmd") > "$tmp/$i.out" 2> "$tmp/$i.err"
    assert_eq "exit status of example: $cmd" 0 "$?"
    assert_same_file "output of example: $cmd" "$tmp/$i.want" "$tmp/$i.out"
    i=$((i + 1))
done
finish
