#!/bin/sh
# HTML is detected by content, not by name: a page saved as .txt (BOM,
# blank lines and a comment before the markup) is read as HTML; a text
# report, even one starting with '<', is not; nor is Markdown that begins
# with a raw HTML block (pandoc's gfm keeps <div>s).
. "$top_srcdir/tests/lib.sh"
h="$fixtures/html"
{ printf '\357\273\277\n  \n<!-- saved from url=(0042)http://example.gov.cn/ -->\n'; cat "$h/spans.html"; } > "$tmp/page.txt"
gir-split -p -q "$tmp/page.txt" > "$tmp/out"
assert_grep "read as HTML" "$(printf '^一、本年新收政府信息公开申请数量\t\t\t3\t3$')" "$tmp/out"
assert_no_grep "no markup" '<' "$tmp/out"
printf '<table border=1><tr><td>规章</td><td>1</td></tr></table>\n' > "$tmp/frag"
assert_eq "bare table fragment" "$(printf '规章\t1')" "$(gir-split -p -q "$tmp/frag")"
printf '<本报告>根据条例编制\n一、总体情况\n' > "$tmp/text"
gir-split -p -q "$tmp/text" > "$tmp/tout"
assert_same_file "text starting with < is text" "$tmp/text" "$tmp/tout"
for f in "$seeds"/*.txt; do
    gir-split -p -q "$f" > "$tmp/seed"
    assert_same_file "seed $(basename "$f") is not HTML" "$f" "$tmp/seed"
done
# Markdown with raw <div> blocks is text: its lines come back as they are
printf '<div class="top-bar">\n\n[首页](/) \\| [登录](/login)\n\n</div>\n\n**一、总体情况**\n\n| 规章 | 1 |\n|------|---|\n' > "$tmp/gfm.md"
gir-split -p -q "$tmp/gfm.md" > "$tmp/gfm.out"
assert_same_file "gfm with a <div> first is Markdown" "$tmp/gfm.md" "$tmp/gfm.out"
printf '<div>\n# 一、总体情况\n</div>\n' > "$tmp/atx.md"
assert_eq "an ATX heading makes it Markdown" "$(cat "$tmp/atx.md")" "$(gir-split -p -q "$tmp/atx.md")"
# ... but not when a table is markup: the HTML parser reads it
printf '<div>\n\n**一、总体情况**\n\n<table><tr><td>规章</td><td>1</td></tr></table>\n</div>\n' > "$tmp/rawtable.md"
assert_grep "Markdown with a <table> is HTML" "$(printf '^规章\t1$')" "$(gir-split -p -q "$tmp/rawtable.md" > "$tmp/rt.out"; echo "$tmp/rt.out")"
# ... and a fragment of markup with no Markdown line is HTML
printf '<div class="a">\n<p>一、总体情况</p>\n<p>| 1 | 2 |</p>\n</div>\n' > "$tmp/frag2"
assert_eq "div fragment is HTML" "$(printf '一、总体情况\n| 1 | 2 |')" "$(gir-split -p -q "$tmp/frag2")"
finish
