#!/bin/sh
# Every program survives bad input: empty input, binary garbage, NUL bytes,
# a 4 MB line, a directory, a missing file, and a full disk.  Binary
# garbage is refused by content (exit 2, named), and the next file is read.
. "$top_srcdir/tests/lib.sh"
r="$seeds/001_b40d9c03878ac230.txt"
progs="gir-split gir-table gir-check gir-csv"

: >"$tmp/empty"
head -c 1048576 /dev/urandom >"$tmp/garbage"
printf '一、总体情况\n\000\000二、主动\000公开政府信息情况\n' >"$tmp/nul"
# 4 MB in one line, no line break at all (a larger report than the
# --max-size limit is refused: core-maxsize.sh).
head -c 4000000 /dev/zero | tr '\0' '7' >"$tmp/longline"

for p in $progs; do
    timeout $((60 * slow)) $p -q <"$tmp/empty" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$p on empty stdin exits 0" 0 $?
    timeout $((60 * slow)) $p "$tmp/garbage" "$r" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$p on binary garbage exits 2" 2 $?
    assert_grep "$p names binary garbage" "^$p: $tmp/garbage: error: this is binary data" "$tmp/err"
    [ -s "$tmp/out" ] || fail "$p goes on with the next file after binary garbage"
    for f in nul longline; do
        timeout $((300 * slow)) $p -q "$tmp/$f" >"$tmp/out" 2>"$tmp/err"
        st=$?
        [ "$st" -le 1 ] || fail "$p on $f: exit status $st ($(head -c 300 "$tmp/err"))"
    done

    $p "$tmp" >/dev/null 2>"$tmp/err"
    assert_eq "$p on a directory exits 2" 2 $?
    assert_grep "$p names the directory" "^$p: $tmp: error: Is a directory$" "$tmp/err"

    $p "$tmp/no-such-file" "$r" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$p on a missing file exits 2" 2 $?
    assert_grep "$p names the missing file" "^$p: $tmp/no-such-file: error: No such file or directory$" "$tmp/err"
    [ -s "$tmp/out" ] || fail "$p goes on with the next file after a missing one"

    $p -q "$r" >/dev/full 2>"$tmp/err"
    assert_eq "$p to /dev/full exits 2" 2 $?
    assert_grep "$p says why" "^$p: error: write error: No space left on device$" "$tmp/err"
done

# Lossless even for the long line and NUL bytes (NUL becomes U+FFFD).
gir-split -q -p "$tmp/longline" | cmp -s - "$tmp/longline" || fail "4 MB line round trip"
gir-split -p "$tmp/nul" >"$tmp/out" 2>"$tmp/err"
assert_grep "NUL replaced" '^�' "$tmp/out"
assert_grep "NUL warned" 'nul:2: warning: 3 invalid bytes' "$tmp/err"

# A closed pipe is not an error worth a message (like grep | head).
gir-split "$r" "$r" "$r" 2>"$tmp/err" | head -1 >/dev/null
assert_eq "closed pipe is silent" "" "$(grep -v 'not found' "$tmp/err")"
finish
