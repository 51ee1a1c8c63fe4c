#!/bin/sh
# pandoc -t gfm of a web page keeps the page's <div>s as raw HTML blocks
# and writes its tables as pipe tables: that is markdown, read as text
# (line by line), not as HTML (which would run every line together).
# A page whose tables are markup stays HTML even with a |---| line in it.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
{ printf '<div class="article">\n\n'; cat "$tables/pipe.md"; printf '\n</div>\n'; } > "$tmp/gfm.md"
gir-split -p -q "$tmp/gfm.md" > "$tmp/plain"
assert_grep "gfm: read as text" '^\| 规章 \| 0 \| 1 \| 5 \|$' "$tmp/plain"
cells "$tmp/gfm.md" > "$tmp/got"
assert_same_file "gfm: all 200 cells" "$tables/pipe.expected" "$tmp/got"
printf '<div>\n<p>|---|---|</p>\n<table><tr><td>规章</td><td>1</td></tr></table>\n</div>\n' > "$tmp/page"
gir-split -p -q "$tmp/page" > "$tmp/pout"
assert_grep "a page with <table> stays HTML" "$(printf '^规章\t1$')" "$tmp/pout"
finish
