#!/bin/sh
# Sharding gives the same rows as one process, up to row order (SPEC §2):
# 40 reports under distinct names, run as shards of 7 by xargs -P 2 (and by
# GNU parallel when it is installed), each shard writing its CSV rows with
# --no-header; one header added in front equals one process over all files.
. "$top_srcdir/tests/lib.sh"

# The seeds copied eight times under distinct names, relative paths so that
# SOURCE is the same whichever way the files are handed over.
cd "$tmp" || exit 99
mkdir in
for r in 1 2 3 4 5 6 7 8; do
    for f in "$seeds"/*.txt; do
        b=${f##*/}
        cp "$f" "in/r$r-$b" || exit 99
    done
done
n=$(find in -name '*.txt' | wc -l)
assert_eq "reports in the corpus" 40 "$n"

# One process over every file.  gir-check exits 1 (seed 001 has arithmetic
# errors): expected, so no status is asserted inside the pipelines.
find in -name '*.txt' -print0 >list0
gir-split -q --files0-from=list0 | gir-table -q | gir-check -q 2>/dev/null |
    gir-csv >single.csv
assert_eq "single: header and one row per report" 41 "$(wc -l <single.csv)"
head -n 1 single.csv >header
tail -n +2 single.csv | LC_ALL=C sort >single.rows

# The header alone, as a shard runner would write it once.
gir-csv </dev/null >header.empty
assert_same_file "gir-csv on no input writes the header only" header header.empty

# shards_equal WHAT FILE: FILE holds the shards' concatenated rows.
shards_equal() {
    assert_no_grep "$1: no header inside the shards" '^source,organ,' "$2"
    { cat header; LC_ALL=C sort "$2"; } >"$2.csv"
    { cat header; cat single.rows; } >single.sorted.csv
    assert_same_file "$1: same rows as one process" single.sorted.csv "$2.csv"
}

# Shards sharing one stdout: safe here only because each shard writes its
# few rows (well under gir's 64 KiB output buffer) in one write(2) to a
# regular file.  Larger shards, or a pipe (writes over PIPE_BUF = 4 KiB are
# not atomic), interleave rows: then use a file per shard, as below.
find in -name '*.txt' -print0 |
    xargs -0 -n 7 -P 2 sh -c \
        'gir-split -q "$@" | gir-table -q | gir-check -q 2>/dev/null | gir-csv --no-header' sh \
        >xargs.rows
assert_eq "xargs: one row per report" 40 "$(wc -l <xargs.rows)"
shards_equal "xargs -n 7 -P 2" xargs.rows

# Shards written to files of their own, concatenated after: the form for
# shards whose output is larger than a pipe buffer.
mkdir out
find in -name '*.txt' -print0 |
    xargs -0 -n 7 -P 2 sh -c \
        'gir-split -q "$@" | gir-table -q | gir-check -q 2>/dev/null | gir-csv --no-header >"$(mktemp out/shard.XXXXXX)"' sh
cat out/shard.* >files.rows
shards_equal "xargs, a file per shard" files.rows

# The streams concatenate too: a gir stream per shard (each ~150 kB, so in
# a file of its own), cat, then one gir-check and gir-csv.
mkdir gir
find in -name '*.txt' -print0 |
    xargs -0 -n 7 -P 2 sh -c 'gir-split -q "$@" | gir-table -q >"$(mktemp gir/shard.XXXXXX)"' sh
cat gir/shard.* | gir-check -q 2>/dev/null | gir-csv --no-header >stream.rows
shards_equal "concatenated shard streams" stream.rows

# scripts/gir-mapper, as Hadoop Streaming runs it: paths one a line on
# stdin (here in three splits, one "KEY<TAB>PATH" form), rows on stdout.
find in -name '*.txt' | sort >paths
split -n l/3 paths part.
sed -i 's/^/0\t/' part.aa
: >mapper.rows
for part in part.*; do
    "$top_srcdir/scripts/gir-mapper" <"$part" >>mapper.rows ||
        fail "gir-mapper $part: exit status $?"
done
shards_equal "gir-mapper over three splits" mapper.rows

if command -v parallel >/dev/null && parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
    find in -name '*.txt' -print0 |
        parallel -0 -n 7 -j 2 \
            'gir-split -q {} | gir-table -q | gir-check -q 2>/dev/null | gir-csv --no-header' \
            >parallel.rows
    shards_equal "GNU parallel -n 7 -j 2" parallel.rows
else
    echo "GNU parallel not installed: that part skipped"
fi
finish
