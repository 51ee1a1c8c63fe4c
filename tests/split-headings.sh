#!/bin/sh
# Heading recognition: each trap of SPEC §1 in a small report, with the
# expected `gir-split -l` output beside it; and the seeds' answers.
. "$top_srcdir/tests/lib.sh"
cd "$fixtures/split" || exit 99
for f in *.txt; do
    gir-split -q -l "$f" >"$tmp/got" 2>&1
    assert_same_file "headings of $f" "${f%.txt}.expected" "$tmp/got"
done

# The seeds: the first line of each section, as the answers give it.
for f in "$seeds"/*.txt; do
    base=${f%.txt}
    gir-split -q -l "$f" | cut -f2,3 >"$tmp/got"
    tail -n +2 "$base.sections.tsv" >"$tmp/want"
    assert_same_file "sections of $(basename "$f")" "$tmp/want" "$tmp/got"
done

# A missing section is a warning naming it, not a failure.
printf '一、总体情况\n二、主动公开政府信息情况\n' >"$tmp/two.txt"
gir-split -l "$tmp/two.txt" >/dev/null 2>"$tmp/err"
assert_eq "missing sections exit 0" 0 $?
assert_grep "warning names section 4" "two.txt: warning: section 4 not found" "$tmp/err"
gir-split -q -l "$tmp/two.txt" >/dev/null 2>"$tmp/err"
assert_eq "-q silences warnings" "" "$(cat "$tmp/err")"
finish
