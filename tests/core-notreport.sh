#!/bin/sh
# A text with no report in it and an empty file: one rule, one "no report
# found" message and no row.  A report in the format before the 2019
# template: said once, and not read.  The text still passes through
# gir-split (lossless) with the one issue record that says why.
. "$top_srcdir/tests/lib.sh"
r="$seeds/000_a83c7c2e212f796c.txt"
printf 'hello world\n' > "$tmp/hello.txt"
: > "$tmp/empty.txt"
for f in hello empty; do
    gir-split "$tmp/$f.txt" 2> "$tmp/e1" | gir-table 2> "$tmp/e2" | gir-check 2> "$tmp/e3" \
        | gir-csv > "$tmp/csv" 2> "$tmp/e4"
    cat "$tmp/e1" "$tmp/e2" "$tmp/e3" "$tmp/e4" > "$tmp/err"
    assert_eq "$f: one message in the pipeline" 1 "$(wc -l < "$tmp/err" | tr -d ' ')"
    assert_grep "$f: no report found" "^gir-split: $tmp/$f.txt: warning: no report found" "$tmp/err"
    assert_eq "$f: no row" 1 "$(wc -l < "$tmp/csv" | tr -d ' ')"
    for p in gir-table gir-check gir-csv; do
        $p "$tmp/$f.txt" > /dev/null 2> "$tmp/err"
        assert_eq "$p $f: exit 0" 0 $?
        assert_eq "$p $f: one message" 1 "$(grep -c "^$p: $tmp/$f.txt: warning: no report found" "$tmp/err")"
    done
done
gir-split "$tmp/hello.txt" 2> /dev/null > "$tmp/s"
assert_grep "hello: the one issue record" '^issue	warning	report\.none				0	no report found' "$tmp/s"
assert_eq "hello: still lossless" "hello world" "$(gir-split -q -p "$tmp/hello.txt")"
assert_eq "hello: no cells" 0 "$(gir-table -q "$tmp/s" | grep -c '^cell')"
gir-csv "$tmp/hello.txt" "$r" 2> /dev/null | tail -n +2 | cut -d, -f1 > "$tmp/rows"
assert_eq "the next file's row" "$r" "$(cat "$tmp/rows")"

# The format before 2019: a table of other rows, a title with the year.
cat > "$tmp/old.txt" <<'TXT'
平潭综合实验区2017年政府信息公开工作年度报告
一、概述
二、主动公开政府信息情况
本年度主动公开政府信息1200条。
四、因政府信息公开申请行政复议、提起行政诉讼的情况
无。
TXT
gir-split "$tmp/old.txt" 2> "$tmp/e1" | gir-table 2> "$tmp/e2" | gir-check 2> "$tmp/e3" \
    | gir-csv > "$tmp/csv" 2> "$tmp/e4"
cat "$tmp/e1" "$tmp/e2" "$tmp/e3" "$tmp/e4" > "$tmp/err"
assert_eq "old: one message" 1 "$(wc -l < "$tmp/err" | tr -d ' ')"
assert_grep "old: says the format predates the 2019 template" \
    "^gir-split: $tmp/old.txt: warning: a report for 2017 in the format before the 2019 template" "$tmp/err"
assert_eq "old: no row" 1 "$(wc -l < "$tmp/csv" | tr -d ' ')"
gir-csv --issues "$tmp/old.txt" 2> /dev/null | tail -n +2 | cut -d, -f2,3 > "$tmp/i"
assert_eq "old: the issue for a reviewer" "warning,report.pre2019" "$(cat "$tmp/i")"
finish
