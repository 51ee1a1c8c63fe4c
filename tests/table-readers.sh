#!/bin/sh
# Each reader of the table core, and the verifier's choice, on cases of a
# few lines (tests/fixtures/readers/README): what every reader proposes for
# each row must be NAME.exp exactly.  Deleting a reader, or changing what it
# reads, changes its line here.
. "$top_srcdir/tests/lib.sh"
prog="$top_builddir/tests/table-readers"
dir="$fixtures/readers"
n=0
for f in "$dir"/*.txt; do
    name=$(basename "$f" .txt)
    "$prog" "$f" > "$tmp/$name.out" 2>/dev/null || fail "$name: table-readers exited $?"
    assert_same_file "readers on $name" "$dir/$name.exp" "$tmp/$name.out"
    n=$((n + 1))
done
assert_eq "cases run" 51 "$n"
finish
