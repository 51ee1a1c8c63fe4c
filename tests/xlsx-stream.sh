#!/bin/sh
# gir-xlsx as a filter: a raw report gives the workbook of the pipeline
# (it runs the table and check steps itself); issues already in the stream
# are used as they are, never added twice; empty input gives the headers;
# an unreadable input is reported and skipped (exit 2); a write error
# (/dev/full) exits 2; a terminal is refused; the temporary workbook is
# removed on every path, a signal too.
. "$top_srcdir/tests/lib.sh"
need_xlsx
s1=$(ls "$seeds"/001_*.txt)
s0=$(ls "$seeds"/000_*.txt)

cp "$s1" "$tmp/a.txt" && cp "$s0" "$tmp/b.txt"
cd "$tmp" || exit 99
mkdir t && TMPDIR=$tmp/t && export TMPDIR

gir-xlsx -q a.txt b.txt > raw.xlsx || fail "raw reports: exit $?"
gir-split -q a.txt b.txt | gir-table -q | gir-check -q | gir-xlsx -q > piped.xlsx || fail "pipeline: exit $?"
gir-split -q a.txt b.txt | gir-table -q | gir-check -q | gir-check -q | gir-xlsx -q > twice.xlsx || fail "checked twice"
gir-check --report a.txt b.txt > issues.csv 2>/dev/null
# A stream whose issue records gir-check did not write: they are the list.
printf 'report\tz.txt\nmeta\torgan\t某局\nmeta\tyear\t2022\ncell\tt2\tregulations\tissued\t4\t3\nissue\twarning\ttext.t2_regulations\t\t5\t4\t12\tthe narrative states 5\nend\tz.txt\n' > z.gir
gir-xlsx -q z.gir > z.xlsx || fail "z.gir: exit $?"
gir-xlsx < /dev/null > empty.xlsx || fail "empty input: exit $?"
# Bytes a workbook cannot hold: a source that is no UTF-8 (报告.txt named
# on a GBK system), an organ longer than a cell takes (32,767 characters),
# a where with a quote.
{ printf 'report\t\261\250\270\346.txt\nmeta\torgan\t'
  awk 'BEGIN { for (i = 0; i < 33000; i++) printf "局" }'
  printf '\ncell\tt2\tregulations\tissued\t1\t3\nissue\twarning\tx.y\ta"b\t\t\t0\tm\nend\t\261\250\270\346.txt\n'; } > odd.gir
gir-xlsx -q --grid odd.gir > odd.xlsx || fail "odd.gir: exit $?"

"$py" - > py.out 2>&1 <<'PY' || { fail "python checks"; cat py.out >&2; }
import csv, openpyxl
bad = []
def want(cond, msg):
    if not cond: bad.append(msg)
def sheet(name, title):
    ws = openpyxl.load_workbook(name)[title]
    return [[c.value for c in r] for r in ws.iter_rows()]
raw, piped, twice = (sheet(n, '报告') for n in ('raw.xlsx', 'piped.xlsx', 'twice.xlsx'))
want(len(raw) == 5 and raw == piped == twice, 'raw reports = the pipeline = checked twice (报告)')
iraw, ipiped, itwice = (sheet(n, '问题') for n in ('raw.xlsx', 'piped.xlsx', 'twice.xlsx'))
want(iraw == ipiped == itwice, 'the same 问题 whichever ran gir-check')
with open('issues.csv', newline='', encoding='utf-8') as f:
    rep = list(csv.reader(f))[1:]
got = [[r[6], r[0], r[1], r[4], r[5], r[7], r[8]] for r in iraw[2:]]
exp = [[r[0], r[1], r[2], int(r[4]) if r[4].isdigit() else (r[4] or None),
        int(r[5]) if r[5].isdigit() else (r[5] or None), int(r[6]) if r[6] != '0' else None, r[7]] for r in rep]
want(got == exp, '问题 = gir-check --report:\n%r\n%r' % (got, exp))
z = sheet('z.xlsx', '问题')
want(len(z) == 3 and z[2][:2] == ['warning', 'text.t2_regulations'], 'the stream\'s own issue, alone: %r' % z[2:])
zr = openpyxl.load_workbook('z.xlsx')['报告']
want(zr['E4'].value == 4 and zr['E4'].fill.fgColor.rgb == 'FFFFEB9C', 'its cell yellow')
e = openpyxl.load_workbook('empty.xlsx')
want(e.sheetnames == ['报告', '问题'] and e['报告'].max_row == 3 and e['问题'].max_row == 2, 'empty input: the headers')
want(e['报告'].auto_filter.ref == 'A3:HV3', 'empty input: filter on the key row')
o = openpyxl.load_workbook('odd.xlsx')
want(o.sheetnames == ['报告', '问题', '1 报告.txt'], 'a GBK file name decoded: %r' % o.sheetnames)
want(o['报告']['A4'].value == '报告.txt' and len(o['报告']['B4'].value) == 32767, 'source decoded, organ cut')
want(o['问题']['C3'].value == 'a"b', 'a where with a quote')
for m in bad: print('FAIL:', m)
raise SystemExit(1 if bad else 0)
PY

# Errors: exit 2 with a message, the rest still written.
gir-xlsx -q missing.txt a.txt > partial.xlsx 2> err
assert_eq "unreadable input: exit 2" 2 $?
assert_grep "unreadable input: named" '^gir-xlsx: missing.txt: ' err
"$py" -c 'import openpyxl, sys; sys.exit(openpyxl.load_workbook("partial.xlsx")["报告"].max_row != 4)' ||
    fail "unreadable input: the other report is written"
gir-xlsx -q a.txt > /dev/full 2> err
assert_eq "/dev/full: exit 2" 2 $?
assert_grep "/dev/full: message" '^gir-xlsx: write error: No space left on device' err
gir-xlsx -q -o /dev/full a.txt 2> err
assert_eq "-o /dev/full: exit 2" 2 $?
gir-xlsx -q -o nodir/x.xlsx a.txt 2> err
assert_eq "-o in a missing directory: exit 2" 2 $?
assert_grep "-o: message" "^gir-xlsx: cannot write 'nodir/x.xlsx'" err
if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
    script -qec "gir-xlsx a.txt" /dev/null > tty.out 2>&1
    assert_eq "a terminal: exit 2" 2 $?
    assert_grep "a terminal: message" 'standard output is a terminal' tty.out
fi
assert_status "--help" 0 gir-xlsx --help
assert_status "unknown option" 2 gir-xlsx --nonsense
gir-xlsx --help | grep -q '^Usage: gir-xlsx' || fail "--help names gir-xlsx"

# The temporary workbook: gone after success, errors, SIGPIPE and SIGTERM.
awk '{ if ($1 == "report" || $1 == "end") { if ($1 == "report") k++; $0 = $1 "\tc" k "-" $2 } print }' \
    FS='\t' OFS='\t' $(i=0; while [ $i -lt 60 ]; do printf 'z.gir '; i=$((i + 1)); done) > many.gir
gir-xlsx -q many.gir | head -c 10 > /dev/null
mkfifo fifo
gir-xlsx -q fifo > killed.xlsx 2>/dev/null &
pid=$!
exec 3> fifo
cat z.gir >&3
i=0
while [ -z "$(ls t)" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
[ -n "$(ls t)" ] || fail "no temporary workbook while running"
kill -TERM "$pid"
wait "$pid"
assert_eq "SIGTERM ends it" 143 $?
exec 3>&-
assert_eq "temporary files removed" "" "$(ls t)"
finish
