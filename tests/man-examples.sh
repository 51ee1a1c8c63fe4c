#!/bin/sh
# The EXAMPLES of every man page are run, and their output compared.
#
# Format, in the troff source between ".SH EXAMPLES" and the next ".SH":
# inside each .EX/.EE block, a line "$ COMMAND" is run with sh in a copy of
# examples/ (the programs on PATH); the lines after it, up to the next
# "$ " line or .EE, are its exact standard output.  Each page runs in its
# own fresh copy of examples/.  A command followed by
# the single line "..." is only run (its exit status must be 0 or 1).
# troff escapes \- \e \(aq \(dq are undone first.
. "$top_srcdir/tests/lib.sh"
n=0
for page in "$top_srcdir"/man/*.[15]; do
    awk -v out="$tmp/cases" -v page="$(basename "$page")" '
        /^\.SH/ { inex = ($0 ~ /EXAMPLES/); next }
        inex && /^\.EX/ { block = 1; next }
        inex && /^\.EE/ { block = 0; next }
        inex && block {
            gsub(/\\-/, "-"); gsub(/\\\(aq/, "\047"); gsub(/\\\(dq/, "\""); gsub(/\\e/, "\\")
            if ($0 ~ /^\$ /) { k++; print "#CASE " page " " k >> out; print substr($0, 3) >> out; print "#OUTPUT" >> out }
            else if (k) print >> out
        }' "$page"
done
[ -s "$tmp/cases" ] || { fail "no examples found in man/"; finish; }
# Split the cases into command and expected-output files.
awk -v dir="$tmp" '
    /^#CASE / { n++; name = $2 " #" $3; f = dir "/case" n; print name > (f ".name"); mode = "cmd"; next }
    /^#OUTPUT$/ { mode = "out"; printf "" > (f ".out"); next }
    mode == "cmd" { print > (f ".cmd"); next }
    mode == "out" { print > (f ".out") }' "$tmp/cases"
i=0
while [ -f "$tmp/case$((i + 1)).cmd" ]; do   # in page order: case2 before case10
    i=$((i + 1))
    cmd="$tmp/case$i.cmd"
    base=${cmd%.cmd}
    name=$(cat "$base.name")
    # Each page's examples run in order in a fresh copy of examples/, so
    # files one page's examples write cannot change another page's output.
    page=${name%% *}
    if [ ! -d "$tmp/ex-$page" ]; then
        cp -R "$top_srcdir/examples" "$tmp/ex-$page" && chmod -R u+w "$tmp/ex-$page"
    fi
    (cd "$tmp/ex-$page" && sh "$cmd") >"$base.got" 2>/dev/null
    st=$?
    n=$((n + 1))
    if [ "$(cat "$base.out")" = "..." ]; then
        [ "$st" -le 1 ] || fail "$name: '$(cat "$cmd")' exit status $st"
    else
        cmp -s "$base.out" "$base.got" || {
            fail "$name: '$(cat "$cmd")' printed something else"
            diff -u "$base.out" "$base.got" | head -20 >&2
        }
    fi
done
echo "$n man page examples run"
finish
