#!/bin/sh
# gir-csv: Python's csv module (as the scorer reads it: utf-8-sig) reads
# every shape of the five seeds with the right number of columns and the
# values of the answers.
. "$top_srcdir/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || exit 77

for t in "$seeds"/*.truth.csv; do
    n=$(basename "$t" .truth.csv)
    awk -v source="$n.txt" -f "$fixtures/csv/truth2gir.awk" "$seeds/$n.meta.tsv" "$t"
done > "$tmp/seeds.gir"

gir-csv "$tmp/seeds.gir" > "$tmp/wide.csv" &&
gir-csv --excel --labels=zh "$tmp/seeds.gir" > "$tmp/wide-zh.csv" &&
gir-csv --long "$tmp/seeds.gir" > "$tmp/long.csv" &&
gir-csv --long --excel "$tmp/seeds.gir" > "$tmp/long-excel.csv" &&
for g in t2 t3 t4; do gir-csv --excel --grid=$g "$tmp/seeds.gir" > "$tmp/grid-$g.csv" || exit 1; done ||
    fail "gir-csv failed"

python3 - "$seeds" "$tmp" > "$tmp/py.out" 2>&1 <<'PY' || { fail "python checks"; cat "$tmp/py.out" >&2; }
import csv, glob, os, sys
seeds, tmp = sys.argv[1], sys.argv[2]
def rows(name):
    with open(os.path.join(tmp, name), newline='', encoding='utf-8-sig') as f:
        return list(csv.reader(f))
truth, meta, order = {}, {}, []
for t in sorted(glob.glob(os.path.join(seeds, '*.truth.csv'))):
    n = os.path.basename(t)[:-len('.truth.csv')]
    src = n + '.txt'
    order.append(src)
    with open(t, newline='', encoding='utf-8') as f:
        r = csv.reader(f); next(r)
        truth[src] = [(a, b, c, v) for a, b, c, v in r]
    with open(os.path.join(seeds, n + '.meta.tsv'), encoding='utf-8') as f:
        meta[src] = dict(l.rstrip('\n').split('\t', 1) for l in list(f)[1:])
bad = []
def want(cond, msg):
    if not cond: bad.append(msg)

# wide, key header
w = rows('wide.csv')
keys = ['.'.join(x[:3]) for x in truth[order[0]]]
# The 2021 keys first, then the 26 keys only the 2019 template has.
want(w[0][:204] == ['source', 'organ', 'year', 'template'] + keys, 'wide header')
extra = w[0][204:]
want(len(extra) == 26 and not set(extra) & set(keys)
     and all(k.startswith('t2.') or k.startswith('t3.other.') for k in extra), 'wide: 2019-only keys')
want(len(w) == 1 + len(order), 'wide: one row per report, got %d rows' % len(w))
want(all(len(r) == 230 for r in w), 'wide: 230 columns everywhere')
for r in w[1:]:
    src = r[0]
    want(src in truth, 'wide: unknown source %r' % src)
    want(r[1:4] == [meta[src]['organ'], meta[src]['year'], meta[src]['template']], 'wide meta of ' + src)
    want(r[4:204] == [x[3] for x in truth[src]], 'wide values of ' + src)
    want(r[204:] == [''] * 26, 'wide: 2019-only columns of a 2021 report are empty: ' + src)
want([r[0] for r in w[1:]] == order, 'wide: stream order')
# wide, Chinese header: same rows, unique labels
z = rows('wide-zh.csv')
want(z[0][:4] == ['来源', '机关', '年度', '模板'], 'zh header start')
want(len(set(z[0])) == 230, 'zh header labels unique')
want('表二 规章 本年制发件数' in z[0] and '表三 （一）予以公开 自然人' in z[0], 'zh labels scheme')
want(z[1:] == w[1:], 'zh rows equal key rows')
# long
for name in ('long.csv', 'long-excel.csv'):
    l = rows(name)
    want(l[0] == ['source', 'table', 'row', 'col', 'value'], name + ' header')
    want(all(len(r) == 5 for r in l), name + ': 5 columns')
    got = {}
    for r in l[1:]:
        got.setdefault(r[0], []).append(tuple(r[1:]))
    for src in order:
        want(got.get(src) == truth[src], name + ': values of ' + src)
    want(len(l) == 1 + 200 * len(order), name + ': row count')
# grids: every record of a table has the same width; values as the answers
for t, width, nrec in (('t2', 4, 11), ('t3', 8, 28), ('t4', 6, 6)):
    g = rows('grid-%s.csv' % t)
    want(all(len(r) == width for r in g), 'grid %s: width %d' % (t, width))
    want(len(g) == nrec * len(order), 'grid %s: %d records a block, got %d' % (t, nrec, len(g)))
    for b, src in enumerate(order):
        blk = g[b * nrec:(b + 1) * nrec]
        want(blk[0][0] == src and blk[0][1] == meta[src]['organ'], 'grid %s title of %s' % (t, src))
        want(blk[-1] == [''] * width, 'grid %s: empty record ends a block' % t)
        vals = [v for r in blk[1:-1] if r[0] not in ('信息内容', '项目') for v in r[1:] if v != '']
        exp = [x[3] for x in truth[src] if x[0] == t]
        want(vals == exp, 'grid %s values of %s: %s != %s' % (t, src, vals[:8], exp[:8]))
for m in bad: print('FAIL:', m)
sys.exit(1 if bad else 0)
PY
finish
