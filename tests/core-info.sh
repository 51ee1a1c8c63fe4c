#!/bin/sh
# --help and --version: to stdout, exit 0; when stdout cannot take them
# (a full disk), "write error" on stderr and exit 2, as for any output.
# The version they print is the one on the man pages.
. "$top_srcdir/tests/lib.sh"
version=$(gir-split --version | sed -n 's/^gir-split (gir) //p')
[ -n "$version" ] || fail "gir-split --version prints no version"
for p in gir-split gir-table gir-check gir-csv; do
    assert_eq "$p --version is the same" "$p (gir) $version" "$($p --version)"
    if [ -w /dev/full ]; then
        for o in --help --version; do
            $p $o >/dev/full 2>"$tmp/err"
            assert_eq "$p $o to /dev/full exits 2" 2 $?
            assert_eq "$p $o to /dev/full says why" \
                "$p: error: write error: No space left on device" "$(cat "$tmp/err")"
        done
    fi
    $p --help > "$tmp/help"
    assert_grep "$p --help: -q means warnings only" \
        '^  -q, --quiet +do not print warnings \(errors are always printed\)$' "$tmp/help"
done
for page in "$top_srcdir"/man/*.1 "$top_srcdir"/man/gir.5; do
    assert_eq "$(basename "$page") names version $version" "\"gir $version\"" \
        "$(sed -n '1s/^\.TH [^ ]* [0-9] "[^"]*" \("[^"]*"\).*/\1/p' "$page")"
done
finish
