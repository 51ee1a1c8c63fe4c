#!/bin/sh
# man/gir-xlsx.1: the commands of EXAMPLES run in a copy of examples/ and
# print what the page shows; the workbooks they write hold what the page
# says (five reports; the pipeline's workbook equals the raw reports' one;
# jincheng's grid sheet).
. "$top_srcdir/tests/lib.sh"
need_xlsx
cp -R "$top_srcdir/examples" "$tmp/ex" && chmod -R u+w "$tmp/ex"
run_man_examples "$top_srcdir/man/gir-xlsx.1" "$tmp/ex"
[ "$examples_run" -ge 5 ] || fail "only $examples_run gir-xlsx examples run"
cd "$tmp/ex" || exit 99
"$py" - > py.out 2>&1 <<'PY' || { fail "python checks"; cat py.out >&2; }
import openpyxl
bad = []
def want(cond, msg):
    if not cond: bad.append(msg)
def rows(name, sheet):
    return [[c.value for c in r] for r in openpyxl.load_workbook(name)[sheet].iter_rows()]
r = rows('reports.xlsx', '报告')
want([x[0] for x in r[3:]] == ['baoshan-2022.txt', 'jincheng-2022.txt', 'libo-2021.txt',
                               'xisaishan-2022.txt', 'zhanhe-2023.txt'], 'reports.xlsx: five reports')
want(r == rows('checked.xlsx', '报告'), 'the pipeline\'s workbook = the raw reports\' one')
want(rows('reports.xlsx', '问题') == rows('checked.xlsx', '问题'), 'the same issues')
j = openpyxl.load_workbook('jincheng.xlsx')
want(j.sheetnames == ['报告', '问题', '1 jincheng-2022.txt'], 'jincheng.xlsx sheets: %r' % j.sheetnames)
for m in bad: print('FAIL:', m)
raise SystemExit(1 if bad else 0)
PY
finish
