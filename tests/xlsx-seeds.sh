#!/bin/sh
# gir-xlsx: read back with openpyxl, the workbook of the five seeds has
# their answers as numbers in the right cells of 报告 (under their keys
# and Chinese labels), blank cells blank, the headers merged, frozen and
# filtered; and seed 001 (jincheng), read from its raw text, has the two
# errors gir-check finds (t3.row_sum, t3.result_sum) filled red with a
# comment in 报告 and listed in 问题, each linked to its cell.
. "$top_srcdir/tests/lib.sh"
need_xlsx

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done > "$tmp/seeds.gir"
# A report with a blank cell (line 7: printed empty) and a value that is
# no number, as gir-table may leave them, and an organ that looks like a
# formula.
printf 'report\tblank.txt\nmeta\torgan\t=1+1 空白局\nmeta\tyear\t2022\nmeta\ttemplate\t2021\ncell\tt2\tregulations\tissued\t\t7\ncell\tt2\tregulations\trepealed\t3\t7\ncell\tt2\tfees\tamount\t12.5\t9\ncell\tt2\tregulations\tin_force\tx1\t7\nend\tblank.txt\n' >> "$tmp/seeds.gir"
gir-xlsx -q "$tmp/seeds.gir" > "$tmp/seeds.xlsx" || fail "gir-xlsx seeds.gir: exit $?"
gir-csv --labels=zh < /dev/null > "$tmp/zh.csv"
gir-csv < /dev/null > "$tmp/keys.csv"
seed001=$(ls "$seeds"/001_*.txt)
gir-xlsx -q -o "$tmp/001.xlsx" "$seed001" || fail "gir-xlsx 001: exit $?"
gir-check "$seed001" > /dev/null 2> "$tmp/001.check"
gir-check --report "$seed001" 2>/dev/null > "$tmp/001.issues.csv"

"$py" - "$seeds" "$tmp" > "$tmp/py.out" 2>&1 <<'PY' || { fail "python checks"; cat "$tmp/py.out" >&2; }
import csv, glob, os, sys
import openpyxl
seeds, tmp = sys.argv[1], sys.argv[2]
bad = []
def want(cond, msg):
    if not cond: bad.append(msg)
def rows(name):
    with open(os.path.join(tmp, name), newline='', encoding='utf-8-sig') as f:
        return list(csv.reader(f))
keys, zh = rows('keys.csv')[0], rows('zh.csv')[0]

wb = openpyxl.load_workbook(os.path.join(tmp, 'seeds.xlsx'))
want(wb.sheetnames == ['报告', '问题'], 'sheets: %r' % wb.sheetnames)
ws = wb['报告']
hdr = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=3)]
want(len(hdr[2]) == 230 and hdr[2] == keys, 'row 3: the keys of gir-csv, in its order')
# Merged cells read as None after their first: carry the row label right.
merged = {}
for m in ws.merged_cells.ranges:
    for r in range(m.min_row, m.max_row + 1):
        for c in range(m.min_col, m.max_col + 1):
            merged[(r, c)] = ws.cell(m.min_row, m.min_col).value
def at(r, c):
    return merged.get((r, c), ws.cell(r, c).value)
for c in range(1, 231):
    label = at(1, c) if c <= 4 else '%s %s' % (at(1, c), at(2, c))
    want(label == zh[c - 1], 'column %d: label %r, gir-csv --labels=zh has %r' % (c, label, zh[c - 1]))
want(at(1, 5) == '表二 规章' and ws.cell(2, 5).value == '本年制发件数', 'Chinese labels intact')
want(any(str(m) == 'A1:A2' for m in ws.merged_cells.ranges), 'meta label 来源 merged over two rows')
col = {k: i + 1 for i, k in enumerate(keys)}
g = [m for m in ws.merged_cells.ranges if m.min_row == 1 and m.min_col == col['t3.granted.natural']]
want(len(g) == 1 and g[0].max_col == col['t3.granted.total'], 'row label 表三 （一）予以公开 merged over its 7 columns')
want(ws.freeze_panes == 'C4', 'frozen header and first columns: %r' % ws.freeze_panes)
want(ws.auto_filter.ref == 'A3:HV9', 'autofilter: %r' % ws.auto_filter.ref)

# Values: the answers, as numbers, in stream order.
n = 3
for t in sorted(glob.glob(os.path.join(seeds, '*.truth.csv'))):
    name = os.path.basename(t)[:-len('.truth.csv')]
    n += 1
    want(ws.cell(n, 1).value == name + '.txt', 'row %d source' % n)
    with open(os.path.join(seeds, name + '.meta.tsv'), encoding='utf-8') as f:
        meta = dict(l.rstrip('\n').split('\t', 1) for l in list(f)[1:])
    want(ws.cell(n, 2).value == meta['organ'], 'organ of ' + name)
    want(ws.cell(n, 3).value == int(meta['year']) and ws.cell(n, 4).value == int(meta['template']),
         'year, template of ' + name + ' as numbers')
    with open(t, newline='', encoding='utf-8') as f:
        r = csv.reader(f); next(r)
        for table, row, c, v in r:
            got = ws.cell(n, col['.'.join((table, row, c))]).value
            exp = float(v) if '.' in v else int(v)
            want(type(got) in (int, float) and got == exp,
                 '%s %s.%s.%s: %r, answer %s' % (name, table, row, c, got, v))
    # The 2019-only columns of a 2021 report are empty.
    want(all(ws.cell(n, c).value is None for c in range(205, 231)), name + ': 2019 columns empty')
b = n + 1
want(ws.cell(b, 1).value == 'blank.txt', 'blank.txt row')
o = ws.cell(b, 2)
want(o.value == '=1+1 空白局' and o.data_type == 's', 'text starting with = is text, not a formula: %r %r' % (o.value, o.data_type))
want(ws.cell(b, col['t2.regulations.issued']).value is None, 'a blank cell is empty, not 0')
want(ws.cell(b, col['t2.regulations.repealed']).value == 3, '3 is the number 3')
want(ws.cell(b, col['t2.fees.amount']).value == 12.5, '12.5 is the number 12.5')
want(ws.cell(b, col['t2.regulations.in_force']).value == 'x1', 'a value that is no number is its text')
fill = ws.cell(b, col['t2.regulations.in_force']).fill.fgColor.rgb
want(fill == 'FFFFC7CE', 'cell.invalid is an error: red, got %r' % fill)
want(ws.cell(b, col['t2.normative_docs.issued']).fill.fgColor.rgb == 'FFD9D9D9', 'a missing cell is grey')
cm = ws.cell(b, col['t2.normative_docs.issued']).comment
want(cm is not None and 'cell.missing' in cm.text, 'a missing cell says why')

# Seed 001 from its raw text: gir-xlsx ran gir-table and gir-check itself.
wb = openpyxl.load_workbook(os.path.join(tmp, '001.xlsx'))
ws, wi = wb['报告'], wb['问题']
errors = [r for r in rows('001.issues.csv')[1:] if r[1] == 'error']
want(sorted(r[2] for r in errors) == ['t3.result_sum', 't3.row_sum'], 'gir-check finds the two errors: %r' % errors)
cells = {'t3.row_sum': 't3.partial.total', 't3.result_sum': 't3.total.total'}
irows = [[c for c in r] for r in wi.iter_rows(min_row=3)]
want(len(irows) == len(rows('001.issues.csv')) - 1, '问题: one row per issue of gir-check --report')
for e in errors:
    key = cells[e[2]]
    c = ws.cell(4, col[key])
    want(c.fill.fgColor.rgb == 'FFFFC7CE', key + ' filled red')
    want(c.comment is not None and e[2] in c.comment.text and 'expected %s, found %s' % (e[4], e[5]) in c.comment.text,
         key + ' has a comment naming ' + e[2])
    want(type(c.value) is int and str(c.value) == e[5], key + ' holds the number found')
    hit = [r for r in irows if r[1].value == e[2]]
    want(len(hit) == 1, '问题 lists ' + e[2])
    if hit:
        r = hit[0]
        want([x.value for x in r[:2]] == ['error', e[2]] and r[2].value == key, e[2] + ': severity, rule, cell')
        want(r[3].value.startswith('表三 ') and r[3].value.endswith(' 总计'), e[2] + ': Chinese label %r' % r[3].value)
        want(r[4].value == int(e[4]) and r[5].value == int(e[5]), e[2] + ': expected, found as numbers')
        want(r[6].value == e[0] and r[7].value == int(e[6]), e[2] + ': source, line')
        want(r[8].value == e[7], e[2] + ': message')
        want(r[2].hyperlink is not None and r[2].hyperlink.location == "'报告'!%s" % c.coordinate,
             e[2] + ': links to %s, got %r' % (c.coordinate, r[2].hyperlink and r[2].hyperlink.location))
# No other cell of 001 is red.
red = [c.coordinate for r in ws.iter_rows(min_row=4) for c in r if c.fill.fgColor.rgb == 'FFFFC7CE']
want(len(red) == 2, 'exactly two red cells: %r' % red)
for m in bad: print('FAIL:', m)
sys.exit(1 if bad else 0)
PY
assert_grep "gir-check agrees: row_sum" 't3.row_sum' "$tmp/001.check"
finish
