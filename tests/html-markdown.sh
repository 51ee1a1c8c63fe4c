#!/bin/sh
# A markdown file holding a raw HTML block (pandoc's gfm writes a table it
# cannot draw with pipes as <table>, the whole inside a <div>) reads as
# HTML; its markdown text, a text node with blank lines, keeps its lines:
# headings at their source lines, a pipe table a line a row.
. "$top_srcdir/tests/lib.sh"
f="$fixtures/html/markdown-raw-html.md"
gir-split -l -q "$f" > "$tmp/l"
assert_grep "section 1 at its source line" '	1	5	一、总体情况$' "$tmp/l"
assert_grep "section 4 at its source line" '	4	14	四、' "$tmp/l"
assert_grep "section 5 at its source line" '	5	25	五、' "$tmp/l"
assert_grep "section 6 at its source line" '	6	29	六、' "$tmp/l"
gir-split -q "$f" > "$tmp/split"
assert_grep "the HTML table's row, its cells apart" '^text	11	规章\\t3\\t0\\t12$' "$tmp/split"
assert_grep "a pipe table's row, a line" '^text	23	\| / +\| 2 +\|' "$tmp/split"
gir-table -q "$tmp/split" > "$tmp/out"
assert_grep "t4 from the pipe table, its row's line" '^cell	t4	review	total	6	23$' "$tmp/out"
assert_grep "t4's blank cell" '^cell	t4	suit_direct	upheld		23$' "$tmp/out"
assert_grep "t4's last cell" '^cell	t4	suit_after_review	total	3	23$' "$tmp/out"
finish
