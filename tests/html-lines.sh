#!/bin/sh
# Text records carry the source line of the element that starts them;
# section LINEs refer to the HTML source.
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
gir-split -q "$h/spans.html" > "$tmp/out"
assert_grep "heading line" '^text	13	一、总体情况$' "$tmp/out"
assert_grep "section line" '^section	1	13	' "$tmp/out"
assert_grep "br splits the paragraph, same line" '^text	14	第二行。$' "$tmp/out"
assert_grep "row line" '^text	18	一、本年新收' "$tmp/out"
assert_grep "last row line" '^text	21	三、本年度办理结果\\t（三）不予公开\\t2.其他' "$tmp/out"
gir-split -l -q "$h/word.html" > "$tmp/l"
assert_eq "six sections of word.html" 6 "$(wc -l < "$tmp/l")"
assert_grep "section 4 at its source line" '	4	14	四、' "$tmp/l"
assert_grep "section 6 at its source line" '	6	41	六、' "$tmp/l"
finish
