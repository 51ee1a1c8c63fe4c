#!/bin/sh
# How each template's tables print is data (data/labels-NAME.tsv): the
# committed headers src/libgir/table/labels_NAME.h are what scripts/gen-labels
# makes of it, so editing the data and forgetting to regenerate fails here.
. "$top_srcdir/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 not installed"; exit 77; }
for f in "$top_srcdir"/data/labels-*.tsv; do
    name=$(basename "$f" .tsv | sed 's/^labels-//')
    python3 "$top_srcdir/scripts/gen-labels" "$f" > "$tmp/labels_$name.h" ||
        fail "gen-labels $f"
    assert_same_file "labels_$name.h made from $f" \
        "$top_srcdir/src/libgir/table/labels_$name.h" "$tmp/labels_$name.h"
done
# A kind the generator does not know is an error naming the line.
printf 'kind\ttable\tname\ttext\tlabel\nrwo\tt2\tx\ty\t\n' > "$tmp/labels-9999.tsv"
python3 "$top_srcdir/scripts/gen-labels" "$tmp/labels-9999.tsv" > /dev/null 2> "$tmp/err"
assert_eq "unknown kind refused" "gen-labels: $tmp/labels-9999.tsv:2: unknown kind 'rwo'" "$(cat "$tmp/err")"
finish
