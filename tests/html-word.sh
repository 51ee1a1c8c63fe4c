#!/bin/sh
# Word-HTML (<o:p>, <span style>, <font>, conditional comments, words split
# over spans): inline markup does not split text, block children of a cell
# join with a space, navigation by class/id is dropped.
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
gir-split -p -q "$h/word.html" > "$tmp/out"
assert_same_file "word lines" "$h/word.expected" "$tmp/out"
assert_grep "spans joined" '^一、总体情况$' "$tmp/out"
assert_grep "font inline" '本局收到申请2件。$' "$tmp/out"
assert_grep "cell paragraphs joined" "$(printf '^结果 维持\t结果 纠正\t')" "$tmp/out"
assert_grep "o:p nbsp cell is blank" "$(printf '^0\t1\t\t0\t1\t0\t0$')" "$tmp/out"
assert_no_grep "header-menu dropped" '首页' "$tmp/out"
assert_no_grep "footer id dropped" '主办单位' "$tmp/out"
assert_no_grep "mso comment dropped" 'Author' "$tmp/out"
gir-split -q "$h/word.html" > "$tmp/s"
assert_grep "title gives organ" '^meta	organ	某某局$' "$tmp/s"
finish
