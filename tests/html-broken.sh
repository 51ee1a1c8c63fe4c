#!/bin/sh
# Broken markup: unclosed p/b/div/span/td/tr and a file truncated inside
# a table still give their text, in order, with table rows as TSV.
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
gir-split -p -q "$h/broken.html" > "$tmp/out"
assert_same_file "broken lines" "$h/broken.expected" "$tmp/out"
assert_grep "truncated last row" "$(printf '^行政许可\t5$')" "$tmp/out"
gir-split -l -q "$h/broken.html" > "$tmp/l"
assert_eq "both sections found" 2 "$(wc -l < "$tmp/l")"
# cut the Word page at every 97th byte: never a crash
n=$(wc -c < "$h/word.html") i=1 bad=0
while [ "$i" -lt "$n" ]; do
    head -c "$i" "$h/word.html" > "$tmp/cut.html"
    gir-split -q "$tmp/cut.html" > /dev/null 2>&1 || bad=$((bad + 1))
    i=$((i + 97))
done
assert_eq "truncations that failed" 0 "$bad"
finish
