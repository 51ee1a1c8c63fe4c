#!/bin/sh
# Standard input is named "-", as every Unix tool names it, in the stream,
# the messages and the CSV; a lone "-" is no formula and is not guarded.
. "$top_srcdir/tests/lib.sh"
r="$seeds/000_a83c7c2e212f796c.txt"
gir-csv < "$r" > "$tmp/w"
assert_eq "wide: source -" "-" "$(sed -n 2p "$tmp/w" | cut -d, -f1)"
gir-csv --long < "$r" > "$tmp/l"
assert_eq "long: every row's source is -" 200 "$(tail -n +2 "$tmp/l" | grep -c '^-,t[234],')"
gir-split < "$r" > "$tmp/s"
assert_eq "stream: report -" "report	-" "$(head -n 1 "$tmp/s")"
# Among files: the file's row, then standard input's.
gir-csv "$r" - < "$r" > "$tmp/two"
assert_eq "a file, then -" "$r -" "$(tail -n +2 "$tmp/two" | cut -d, -f1 | tr '\n' ' ' | sed 's/ $//')"
printf 'x\n' | gir-split - 2> "$tmp/err" > /dev/null
assert_grep "messages name it -" '^gir-split: -: warning: no report found' "$tmp/err"
finish
