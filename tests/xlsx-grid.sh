#!/bin/sh
# gir-xlsx --grid: one sheet per report, named so that Excel takes it
# (unique, at most 31 characters, none of []:*?/\), with its tables 二,
# 三 and 四 as the template prints them: the answers as numbers in
# template order, the merged labels merged, seed 001's two errors red.
. "$top_srcdir/tests/lib.sh"
need_xlsx

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="dir/$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done > "$tmp/seeds.gir"
# Two reports whose names Excel would refuse as sheet names, and share a
# 31-character prefix.
for s in "a[1]:b*c?d/e\\f-and-a-very-long-name-indeed-1'" "a[1]:b*c?d/e\\f-and-a-very-long-name-indeed-2'"; do
    printf 'report\t%s\nmeta\torgan\t某局\ncell\tt2\tregulations\tissued\t1\t3\nend\t%s\n' "$s" "$s"
done | sed 's/\\/\\\\/g' >> "$tmp/seeds.gir"
gir-xlsx -q --grid "$tmp/seeds.gir" > "$tmp/grid.xlsx" || fail "gir-xlsx --grid: exit $?"
# A 2019 report: its own table 二 and the one row （六）其他处理.
gir-xlsx -q --grid -o "$tmp/2019.xlsx" "$fixtures/t2019/oneline-2019.txt" || fail "gir-xlsx --grid 2019: exit $?"

"$py" - "$seeds" "$tmp" > "$tmp/py.out" 2>&1 <<'PY' || { fail "python checks"; cat "$tmp/py.out" >&2; }
import csv, glob, os, sys
import openpyxl
seeds, tmp = sys.argv[1], sys.argv[2]
bad = []
def want(cond, msg):
    if not cond: bad.append(msg)
wb = openpyxl.load_workbook(os.path.join(tmp, 'grid.xlsx'))
names = wb.sheetnames
want(len(names) == 2 + 7 and names[:2] == ['报告', '问题'], 'a sheet per report: %r' % names)
want(len(set(n.lower() for n in names)) == len(names), 'sheet names unique')
for n in names:
    want(len(n) <= 31 and not set(n) & set('[]:*?/\\') and not n.endswith("'"), 'sheet name %r' % n)
want(names[2] == '1 000_a83c7c2e212f796c.txt', 'named by number and file name: %r' % names[2])
truths = sorted(glob.glob(os.path.join(seeds, '*.truth.csv')))
for k, t in enumerate(truths):
    ws = wb[names[2 + k]]
    with open(t, newline='', encoding='utf-8') as f:
        r = csv.reader(f); next(r)
        truth = list(r)
    # The values of each table, read row by row: the answers in order.
    cells = [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row
             if type(c.value) in (int, float)]
    vals = [v for _, _, v in sorted(cells)]
    exp = [float(v) if '.' in v else int(v) for _, _, _, v in truth]
    want(vals == exp, 'grid values of %s: %r... != %r...' % (names[2 + k], vals[:12], exp[:12]))
    if k == 1:          # seed 001
        red = sorted(c.value for row in ws.iter_rows() for c in row if c.fill.fgColor.rgb == 'FFFFC7CE')
        want(len(red) == 2 and all(c is not None for c in red), '001: two red cells in the grid: %r' % red)
    text = {c.value: c.coordinate for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    merged = {str(m).split(':')[0]: str(m) for m in ws.merged_cells.ranges}
    def span(label):
        m = merged.get(text.get(label))
        if not m: return (0, 0)
        a, b = ws[m.split(':')[0]], ws[m.split(':')[1]]
        return (b.row - a.row + 1, b.column - a.column + 1)
    want(span('三、本年度办理结果') == (22, 1), '三、本年度办理结果 down the 22 result rows: %r' % (span('三、本年度办理结果'),))
    want(span('申请人情况') == (1, 7), '申请人情况 over the 7 columns')
    want(span('（三）不予公开') == (8, 1), '（三）不予公开 down its 8 rows')
    want(span('法人或其他组织') == (1, 5), '法人或其他组织 over its 5 columns')
    want(span('自然人') == (2, 1), '自然人 down two header rows')
    want(span('一、本年新收政府信息公开申请数量') == (1, 3), 'a one-level row label over the label columns')
    want(span('行政诉讼') == (2, 1), 't4: 行政诉讼 down its two rows')
    want('表三 三、收到和处理政府信息公开申请情况' in text and '表四 四、政府信息公开行政复议、行政诉讼情况' in text, 'table titles')
wb = openpyxl.load_workbook(os.path.join(tmp, '2019.xlsx'))
want(wb.sheetnames[2:] == ['1 oneline-2019.txt'], '2019: its grid sheet')
g = [[c for c in r] for r in wb.worksheets[2].iter_rows(values_only=True)]
want(['政府集中采购', 14, 1234.5] in [r[:3] for r in g], '2019: table 二 as printed, 1234.5 a number')
want([None, '（六）其他处理', None, 1, 0, 0, 1, 0, 0, 2] in [r[:10] for r in g], '2019: （六）其他处理 one row')
rep = wb['报告']
keys = [c.value for c in rep[3]]
want(rep.cell(4, keys.index('t2.procurement.amount') + 1).value == 1234.5, '2019: 报告 fills the 2019 columns')
for m in bad: print('FAIL:', m)
sys.exit(1 if bad else 0)
PY
finish
