#!/bin/sh
# gir-csv --help names the 26 columns only the 2019 template has, the
# same, in the same order, as the wide header's last 26.
. "$top_srcdir/tests/lib.sh"
command -v bash >/dev/null 2>&1 || { echo "no bash for brace expansion: skipped"; exit 77; }
gir-csv --help | sed -n '/^  t[23]\./p' > "$tmp/lines"
assert_eq "four lines of names" 4 "$(wc -l < "$tmp/lines" | tr -d ' ')"
bash -c 'for w in $(cat "$1"); do eval "printf \"%s\\n\" $w"; done' sh "$tmp/lines" > "$tmp/help"
gir-csv < /dev/null | tr ',' '\n' | tail -n 26 > "$tmp/header"
assert_same_file "--help names the 2019-only columns in header order" "$tmp/header" "$tmp/help"
assert_grep "--help says 26" 'the 26 columns only the 2019 template has' "$(gir-csv --help > "$tmp/h"; echo "$tmp/h")"
finish
