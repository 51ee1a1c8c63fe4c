#!/bin/sh
# gir-split's options: -p, -s, the stream's records, meta, several files,
# --files0-from, and reading its own stream back.
. "$top_srcdir/tests/lib.sh"
cd "$seeds" || exit 99
r=001_b40d9c03878ac230.txt

# -p -s 6 prints section 六 only.
gir-split -q -p -s 6 "$r" >"$tmp/got"
printf '六、其他需要报告的事项\n2022年度本机关未收取信息处理费。' >"$tmp/want"  # the file has no final newline
assert_same_file "-p -s 6" "$tmp/want" "$tmp/got"

# -s 5,6 with -p equals the lines from section 5's heading to the end.
start=$(gir-split -q -l "$r" | awk -F'\t' '$2 == 5 {print $3}')
gir-split -q -p -s 5,6 "$r" >"$tmp/got"
tail -n +"$start" "$r" >"$tmp/want"
assert_same_file "-p -s 5,6" "$tmp/want" "$tmp/got"
gir-split -q -p -s 5-6 "$r" >"$tmp/got2"
assert_same_file "-s 5-6 is -s 5,6" "$tmp/want" "$tmp/got2"

# The stream: report first, end last, meta from the title.
gir-split -q "$r" >"$tmp/s"
assert_eq "first record" "report	$r" "$(head -1 "$tmp/s")"
assert_eq "last record" "end	$r" "$(tail -1 "$tmp/s")"
assert_grep "organ" '^meta	organ	晋城市城区人民政府办公室$' "$tmp/s"
assert_grep "year" '^meta	year	2022$' "$tmp/s"
assert_grep "template" '^meta	template	2021$' "$tmp/s"
assert_grep "encoding" '^meta	encoding	UTF-8$' "$tmp/s"
assert_grep "section record" '^section	3	46	三、收到和处理政府信息公开申请情况$' "$tmp/s"
assert_eq "one text record per line" "$(awk 'END {print NR}' "$r")" "$(grep -c '^text	' "$tmp/s")"

# Meta of every seed as the answers give it.
for f in *.txt; do
    gir-split -q "$f" | awk -F'\t' '$1 == "meta" && $2 ~ /^(organ|year|template)$/ {print $2 "\t" $3}' >"$tmp/got"
    tail -n +2 "${f%.txt}.meta.tsv" >"$tmp/want"
    assert_same_file "meta of $f" "$tmp/want" "$tmp/got"
done

# -s on a stream keeps only that section's text records.
gir-split -q -s 6 "$r" >"$tmp/s6"
assert_eq "-s 6 text records" 2 "$(grep -c '^text	' "$tmp/s6")"
assert_grep "-s keeps sections" '^section	1	' "$tmp/s6"

# gir-split reads its own stream back: -l and -p work on it.
gir-split -q "$r" | gir-split -l >"$tmp/l1"
gir-split -q -l "$r" >"$tmp/l2"
assert_same_file "-l on a stream" "$tmp/l2" "$tmp/l1"
gir-split -q "$r" | gir-split -p >"$tmp/p"
assert_same_file "-p on a stream" "$r" "$tmp/p"

# Several files, and the same names through --files0-from.
gir-split -q -l 000_*.txt 002_*.txt >"$tmp/a"
printf '%s\0' 000_*.txt 002_*.txt | gir-split -q -l --files0-from=- >"$tmp/b"
assert_same_file "--files0-from" "$tmp/a" "$tmp/b"
assert_eq "two reports listed" 12 "$(wc -l <"$tmp/a")"
printf '' | gir-split --files0-from=- >"$tmp/none"
assert_eq "--files0-from naming nothing reads nothing" "" "$(cat "$tmp/none")"

# Bad section lists are usage errors.
assert_status "-s 7" 2 gir-split -s 7 "$r"
assert_status "-s x" 2 gir-split -s x "$r"
finish
