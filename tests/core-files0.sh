#!/bin/sh
# --files0-from reads its names one at a time as the run reaches them:
# the same reports as the names given as arguments, an empty name is
# reported with its list and item number (and the names after it still
# run), and a list of any length takes the memory of one name.
. "$top_srcdir/tests/lib.sh"
cd "$seeds" || exit 99
a=000_a83c7c2e212f796c.txt b=001_b40d9c03878ac230.txt

gir-split -q -l "$a" "$b" >"$tmp/args"
printf '%s\0' "$a" "$b" >"$tmp/list"
gir-split -q -l --files0-from="$tmp/list" >"$tmp/got"
assert_same_file "the names of the list are the inputs" "$tmp/args" "$tmp/got"

# Two lists are read in turn; a last name without its NUL counts.
printf '%s\0' "$a" >"$tmp/l1"
printf '%s' "$b" >"$tmp/l2"
gir-split -q -l --files0-from="$tmp/l1" --files0-from="$tmp/l2" >"$tmp/got"
assert_same_file "two lists" "$tmp/args" "$tmp/got"

# An empty name: an error naming the list and the item, status 2; the
# names after it still run.
printf '%s\0\0%s\0' "$a" "$b" >"$tmp/empty"
gir-split -q -l --files0-from="$tmp/empty" >"$tmp/got" 2>"$tmp/err"
assert_eq "status with an empty name" 2 $?
assert_same_file "the other names still run" "$tmp/args" "$tmp/got"
assert_grep "empty name reported" "^gir-split: $tmp/empty: error: invalid zero-length file name \(item 2\)$" "$tmp/err"

# An unreadable list stops the program before it reads anything.
assert_status "missing list" 2 gir-split --files0-from="$tmp/nonexistent"
assert_status "a directory as the list" 2 gir-split --files0-from="$tmp"
assert_status "operands and a list" 2 gir-split --files0-from="$tmp/list" "$a"
printf '' | gir-split --files0-from=- >"$tmp/none"
assert_eq "a list naming nothing reads nothing" "" "$(cat "$tmp/none")"

# Memory: 40 MB of names (all missing: each costs one failed open) run in
# the memory of one.  Reading the list whole first would need more than
# the list.  Not under AddressSanitizer, whose shadow memory alone is
# more than the limit, nor under valgrind (GIR_SLOW > 1).
asan=${GIR_SANITIZED_BUILD:-0}
case $(ldd "$(command -v gir-split)" 2>/dev/null) in *libasan*) asan=1 ;; esac
if [ -x /usr/bin/time ] && [ "$asan" = 0 ] && [ "$slow" = 1 ]; then
    awk 'BEGIN { pad = sprintf("%0200d", 0); for (i = 0; i < 200000; i++) printf "missing/%s%d%c", pad, i, 0 }' >"$tmp/big"
    /usr/bin/time -f '%M' -o "$tmp/rss" gir-split -q --files0-from="$tmp/big" >/dev/null 2>"$tmp/err"
    kb=$(tail -n 1 "$tmp/rss")
    [ "$kb" -lt 16384 ] || fail "peak RSS $kb kB over 40 MB of names (want < 16384)"
    assert_eq "every missing name reported" 200000 "$(grep -c 'No such file' "$tmp/err")"
fi
finish
