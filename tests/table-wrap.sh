#!/bin/sh
# A box grid wraps a number inside a narrow cell (w3m at 80 columns:
# ２ on the row's first line, ７ under it): between two rules, digits
# alone under a number that fills its cell to the bar are that number.
# Without the rule below (lines that may be rows of their own) or with
# padding after the upper digits (the text did not go on) they are not
# joined, and the row, with a value too many, stays empty.  One space
# after a wide digit is no padding: the next wide digit could not go there.
# A join is a repair: it stands only where the row's sums confirm it.
# pdftotext of a narrow column stacks a number's digits around the row's
# line (１ above, ２ below, nothing of the row in that column): a lone
# pair is one number on the row's line when the row's sums hold with it;
# a taller stack, or sums that fail, are not certain.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
grid() {    # grid LOWER_RULE UPPER_TOTAL [FIRST_VALUE]
    printf '四、政府信息公开行政复议、行政诉讼情况\n'
    printf '行政复议 结果维持 结果纠正 其他结果 尚未审结 总计\n'
    printf '├──┼──┼──┼──┼──┼──┼──┼──┼──┼──┼──┼──┼──┼──┼──┤\n'
    printf '│%s │4 │5 │0 │%s│0 │0 │0 │0 │0 │0 │0 │0 │0 │0 │\n' "${3-3}" "$2"
    printf '│  │  │  │  │２│  │  │  │  │  │  │  │  │  │  │\n'
    [ "$1" = rule ] && printf '└──┴──┴──┴──┴──┴──┴──┴──┴──┴──┴──┴──┴──┴──┴──┘\n'
    printf '\n五、存在的主要问题及改进情况\n无\n'
}
grid rule '１' > "$tmp/wrap.txt"
cells "$tmp/wrap.txt" > "$tmp/got"
assert_eq "wrapped: review" "3 4 5 0 12" \
    "$(grep '^t4\.review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_no_grep "wrapped: no warning" 't4' "$tmp/err"
grid norule '１' > "$tmp/open.txt"
cells "$tmp/open.txt" > "$tmp/got"
assert_eq "no rule below: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
grid rule '1 ' > "$tmp/padded.txt"
cells "$tmp/padded.txt" > "$tmp/got"
assert_eq "padded upper cell: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
# The join is a repair, so the row's sums must confirm it: 2 4 5 0 with
# a wrapped 12 do not add up, and the row stays empty with a warning.
grid rule '１' 2 > "$tmp/against.txt"
cells "$tmp/against.txt" > "$tmp/got"
assert_eq "wrapped against the sum: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_grep "wrapped against the sum: a warning" 'against.txt:[0-9]+: warning: t4 row all.*wrapped in a grid cell' "$tmp/err"
# A cell three columns wide holds one wide digit and a space: the next
# wide digit could not go there, so that space is no padding.
grid3() {   # grid3 UPPER_TOTAL
    printf '四、政府信息公开行政复议、行政诉讼情况\n'
    printf '行政复议 结果维持 结果纠正 其他结果 尚未审结 总计\n'
    printf '├───┼───┼───┼───┼───┼───┼───┼───┼───┼───┼───┼───┼───┼───┼───┤\n'
    printf '│3  │4  │5  │0  │%s│0  │0  │0  │0  │0  │0  │0  │0  │0  │0  │\n' "$1"
    printf '│   │   │   │   │２ │   │   │   │   │   │   │   │   │   │   │\n'
    printf '└───┴───┴───┴───┴───┴───┴───┴───┴───┴───┴───┴───┴───┴───┴───┘\n'
    printf '\n五、存在的主要问题及改进情况\n无\n'
}
grid3 '１ ' > "$tmp/wide.txt"
cells "$tmp/wide.txt" > "$tmp/got"
assert_eq "wide digit and one space: review" "3 4 5 0 12" \
    "$(grep '^t4\.review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
grid3 '1  ' > "$tmp/narrow.txt"
cells "$tmp/narrow.txt" > "$tmp/got"
assert_eq "narrow digit and two spaces is padding: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
stack() {   # stack EXTRA_ABOVE [FIRST_VALUE]
    printf '四、政府信息公开行政复议、行政诉讼情况\n'
    printf '行政复议 结果维持 结果纠正 其他结果 尚未审结 总计\n'
    [ -n "${1-}" ] && printf '            ３\n'
    printf '            １\n'
    printf '%s  4  5  0     0  0  0  0  0  0  0  0  0  0\n' "${2-3}"
    printf '            ２\n'
    printf '\n五、存在的主要问题及改进情况\n无\n'
}
stack > "$tmp/stack.txt"
cells "$tmp/stack.txt" > "$tmp/got"
assert_eq "stacked: review" "3 4 5 0 12" \
    "$(grep '^t4\.review\.' "$tmp/got" | cut -d= -f2 | paste -sd' ')"
assert_no_grep "stacked: no warning" 't4' "$tmp/err"
stack taller > "$tmp/tall.txt"
cells "$tmp/tall.txt" > "$tmp/got"
assert_eq "taller stack: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
stack '' 2 > "$tmp/sum.txt"
cells "$tmp/sum.txt" > "$tmp/got"
assert_eq "stack against the sum: t4 left empty" "" \
    "$(grep '^t4\.' "$tmp/got" | cut -d= -f2 | tr -d '\n')"
assert_grep "stack against the sum: a warning" 'sum.txt:[0-9]+: warning: t4 row all.*stacked' "$tmp/err"
finish
