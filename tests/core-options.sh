#!/bin/sh
# GNU-style options common to all programs: --help, --version, bad usage.
. "$top_srcdir/tests/lib.sh"
for p in gir-split gir-table gir-check gir-csv; do
    $p --help >"$tmp/out" 2>"$tmp/err"
    assert_eq "$p --help exits 0" 0 $?
    assert_grep "$p --help prints usage" "^Usage: $p" "$tmp/out"
    assert_eq "$p --help: nothing on stderr" "" "$(cat "$tmp/err")"
    $p --version >"$tmp/out"
    assert_grep "$p --version" "^$p \(gir\) [0-9]" "$tmp/out"
    $p --no-such-option >/dev/null 2>"$tmp/err"
    assert_eq "$p unknown option exits 2" 2 $?
    assert_grep "$p suggests --help" "Try '$p --help'" "$tmp/err"
    $p --help >/dev/full 2>/dev/null
    assert_eq "$p --help to /dev/full exits 2" 2 $?
done
# Behaviour does not depend on the locale (cron runs with LANG unset).
r="$seeds/000_a83c7c2e212f796c.txt"
env -u LANG -u LC_ALL gir-split -q -l "$r" >"$tmp/a"
LC_ALL=C.UTF-8 gir-split -q -l "$r" >"$tmp/b"
assert_same_file "locale-independent" "$tmp/a" "$tmp/b"
finish
