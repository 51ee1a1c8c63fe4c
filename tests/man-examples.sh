#!/bin/sh
# The EXAMPLES of every man page are run, and their output compared.
#
# Format (see man_examples in tests/lib.sh): inside each .EX/.EE block of
# EXAMPLES, a line "$ COMMAND" is run with sh in a copy of examples/ (the
# programs on PATH); the lines after it, up to the next "$ " line or .EE,
# are its exact standard output.  Each page runs in its own fresh copy of
# examples/, so files one page's examples write cannot change another
# page's output.  A command followed by the single line "..." is only run
# (its exit status must be 0 or 1).
. "$top_srcdir/tests/lib.sh"
n=0
for page in "$top_srcdir"/man/*.[15]; do
    name=$(basename "$page")
    dir="$tmp/$name"
    mkdir -p "$dir"
    man_examples "$page" "$dir"
    cp -R "$top_srcdir/examples" "$dir/ex" && chmod -R u+w "$dir/ex"
    k=0
    while [ "$k" -lt "$(cat "$dir/count")" ]; do   # in page order
        k=$((k + 1))
        (cd "$dir/ex" && sh "$dir/$k.cmd") >"$dir/$k.got" 2>/dev/null
        st=$?
        n=$((n + 1))
        if [ "$(cat "$dir/$k.want")" = "..." ]; then
            [ "$st" -le 1 ] || fail "$name #$k: '$(cat "$dir/$k.cmd")' exit status $st"
        else
            cmp -s "$dir/$k.want" "$dir/$k.got" || {
                fail "$name #$k: '$(cat "$dir/$k.cmd")' printed something else"
                diff -u "$dir/$k.want" "$dir/$k.got" | head -20 >&2
            }
        fi
    done
done
[ "$n" -gt 0 ] || fail "no examples found in man/"
echo "$n man page examples run"
finish
