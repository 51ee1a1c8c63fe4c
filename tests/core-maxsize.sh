#!/bin/sh
# Memory is bounded per report: a report larger than --max-size (default
# 16 MiB; four times that for a report in a stream) is refused with a
# message and exit 2, and the next one is read.
. "$top_srcdir/tests/lib.sh"
r="$seeds/001_b40d9c03878ac230.txt"
progs="gir-split gir-table gir-check gir-csv"
# 17 MB without a line break: over the default.
head -c 17000000 /dev/zero | tr '\0' '7' > "$tmp/big"
for p in $progs; do
    $p "$tmp/big" "$r" > "$tmp/out" 2> "$tmp/err"
    assert_eq "$p: a report over the default limit: exit 2" 2 $?
    assert_grep "$p: says so" \
        "^$p: $tmp/big: error: the input is larger than the limit of 16777216 bytes per report \(--max-size=16777216\): not read$" "$tmp/err"
    [ -s "$tmp/out" ] || fail "$p: the next file is not read"
done
# (Not under a checker, nor in the sanitizer build, whose RSS is ASan's.)
if [ "$slow" -eq 1 ] && [ "${GIR_SANITIZED_BUILD:-0}" != 1 ] && command -v /usr/bin/time >/dev/null 2>&1; then
    # Refusing it holds no more than the limit and the read buffer.
    /usr/bin/time -f '%M' -o "$tmp/rss" gir-split -q "$tmp/big" > /dev/null 2>&1
    rss=$(tail -n 1 "$tmp/rss")
    [ "$rss" -lt 60000 ] || fail "refusing 17 MB took $rss KB"
fi

# --max-size: bytes or K, M, G.
for p in $progs; do
    $p --max-size=8K "$r" "$seeds/000_a83c7c2e212f796c.txt" > "$tmp/out" 2> "$tmp/err"
    assert_eq "$p --max-size=8K: exit 2" 2 $?
    assert_grep "$p --max-size=8K: refused" "the input is larger than the limit of 8192 bytes" "$tmp/err"
    assert_status "$p --max-size=1M: read" 0 $p -q --max-size=1M "$seeds/000_a83c7c2e212f796c.txt"
    for bad in 0 -1 12X 1T 100; do
        assert_status "$p --max-size=$bad: usage error" 2 $p --max-size=$bad "$r"
    done
done

# In a stream: a report's records may take four times the limit; a larger
# one is skipped to its end and the next report of the stream is read.
big="$seeds/004_0935331167c41a19.txt" small="$seeds/002_b5a7a5de05f46fe6.txt"
gir-split -q "$big" "$small" > "$tmp/s"
# Their streams: about 19.7 and 7.7 KB; 4 x 3K = 12 KB lies between.
gir-table --max-size=3K "$tmp/s" > "$tmp/out" 2> "$tmp/err"
assert_eq "stream: exit 2" 2 $?
assert_grep "stream: the report is named" "^gir-table: $tmp/s: error: report '$big' is larger than the limit of 12288 bytes" "$tmp/err"
assert_eq "stream: the next report is read" "report	$small" "$(grep '^report' "$tmp/out")"
# gir-split refuses a report whose stream the next program would refuse.
gir-split --max-size=3K "$small" "$big" > "$tmp/out" 2> "$tmp/err"
assert_eq "gir-split: exit 2" 2 $?
assert_grep "gir-split: its stream" "^gir-split: $big: error: (the input|its stream) is larger than the limit" "$tmp/err"
finish
