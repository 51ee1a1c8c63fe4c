#!/bin/sh
# pandoc's rst grid tables wrap a cell's text over the lines of its row,
# between two rules: a row label a few characters a line (一 over
# 、本年新收…, or 二 over 、上年结转… at 100 columns), a fee over two lines
# (6 over 529.91859 at 50 columns), an item's 8 over .属于行政查询.  The
# cell is its text on all of the row's lines, so each row's label comes
# before its values, and the values are the row's own.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/table-lib.sh"
row() {   # row FIXTURE KEY-PREFIX: the row's values, space-separated
    gir-split -q "$fixtures/layouts/$1" | cells | grep "^$2" | cut -d= -f2 | tr '\n' ' ' | sed 's/ $//'
}
assert_eq "rst at 72 columns: t3 new" "6 0 0 0 0 0 6" "$(row 001-rst.txt t3.new.)"
assert_eq "rst at 72 columns: t3 carried_over" "2 0 0 0 0 0 2" "$(row 001-rst.txt t3.carried_over.)"
assert_eq "rst at 100 columns (二 over 、上年): t3 new" "6 0 0 0 0 0 6" "$(row 001-rst100.txt t3.new.)"
assert_eq "rst at 100 columns: t3 carried_over" "2 0 0 0 0 0 2" "$(row 001-rst100.txt t3.carried_over.)"
assert_eq "rst at 50 columns: a fee over two lines" "6529.91859" "$(row 004-rst50.txt t2.fees.amount)"
# 000's 7.属于行政执法案卷 row is all 0; the row under it, 8 over
# .属于行政查询事项, has 1 0 / 1: the 8 read as a value made the query
# row's numbers look like enforcement_file's.
assert_eq "rst: an item's number starts its label, so the next row keeps its values" \
    "0" "$(row 000-rst.txt t3.denied.enforcement_file.natural)"
# A simple table (= rules) cannot start a line blank, so pandoc writes
# the empty first cell of t4's third header line `\`: that line is
# header, and t4's values are on the line below it.
{
    printf '四、政府信息公开行政复议、行政诉讼情况\n\n'
    printf '==== ==== ==== ==== ==== ======== ==== ==== ==== ==== ==== ==== ==== ==== ====\n'
    printf '行政复议                 行政诉讼\n'
    printf '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉    复议后起诉\n'
    printf '\\                        结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n'
    printf '0    10   0    3    13   0        42   0    0    42   74   0    0    0    74\n'
    printf '==== ==== ==== ==== ==== ======== ==== ==== ==== ==== ==== ==== ==== ==== ====\n'
    printf '\n五、存在的主要问题及改进情况\n无\n'
} > "$tmp/simple.rst"
cells "$tmp/simple.rst" > "$tmp/got"
assert_eq "rst simple table: a header line starting \\ is no row" \
    "0 10 0 3 13|0 42 0 0 42|74 0 0 0 74" "$(t4_cells)"
finish
