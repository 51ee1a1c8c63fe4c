"""girdraw: random reports for scripts/soak (issue #15), built on girgen.

girgen lays out a *seed* (a real report with answers) in the official 2021
template.  This module draws reports that never existed, the way they occur:
both templates (2021, and the 2019 template used for report years 2019 and
2020: another table 二 and （六）其他处理 as one row), counts from 0 to five
digits with many zeros and small numbers, blank cells and every placeholder,
decimal fees, tables whose identities hold, and in some reports exactly one
injected error.  The labels vary as in real reports (numbering dropped,
half-width brackets, 合计 for 总计, labels wrapped inside cells, the
勾稽关系 note above the table instead of in its corner cell), with narrative
lines between a section heading and its table.

The answer is what the page shows: a cell written as a placeholder or left
empty has a blank answer.  The identities (the same as
identities-2021.tsv / identities-2019.tsv and gir-check: sum(left) =
sum(right), blank = 0, not checked when the total is blank) are evaluated on
the answers, so the expected violations are exactly those the page breaks.

Everything is drawn from random.Random(seed): a run is reproducible.
Only the Python 3 standard library is used.
"""
import html
import random

import girgen
from girgen import Cell, T3_COLS, T4_ROWS, T4_COLS, T3_RESULT

ORGANS = ['西塞山区', '黄石市', '阳新县', '大冶市人民政府', '武汉市江岸区', '宜昌市财政局',
          '沭阳县发展和改革局', '平潭综合实验区', '洪泽区', '杭州市西湖区人民政府', '南宁市青秀区',
          '成都市武侯区教育局', '苏州市吴中区住房和城乡建设局', '郑州市金水区', '长沙县自然资源局',
          '东莞市生态环境局', '昆明市五华区卫生健康局', '济南市历下区', '合肥市蜀山区市场监督管理局',
          '哈尔滨市南岗区人力资源和社会保障局', '兰州市城关区', '福州市鼓楼区公安分局', '青岛市崂山区',
          '贵阳市南明区交通运输局', '石家庄市长安区民政局', '太原市小店区', '南昌县农业农村局']
FONTS = ['Noto Sans CJK SC', 'Noto Serif CJK SC', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei',
         'AR PL UMing CN', 'AR PL UKai CN']
NARRATIVE = ['本年度，本机关严格落实政府信息公开条例，主动公开各类政府信息。',
             '具体情况如下表所示，数据统计期限为本年度1月1日至12月31日。',
             '本年度共受理依申请公开事项，均在法定期限内答复，未发生逾期答复情况。',
             '以下数据来源于本机关政府信息公开工作台账。']
PLACEHOLDERS = ['', '/', '-', '—', '无']

# t2 of the 2019 template (国办公开办函〔2019〕60号): item heading, column
# (key, label) list, rows (key, label); every block 4 columns wide.
T2_2019 = [
    ('第二十条第（一）项', [('made', '本年新制作数量'), ('published', '本年新公开数量'),
                      ('public_total', '对外公开总数量')],
     [('regulations', '规章'), ('normative_docs', '规范性文件')]),
    ('第二十条第（五）项', [('prev_items', '上一年项目数量'), ('change', '本年增/减'),
                      ('decisions', '处理决定数量')],
     [('licensing', '行政许可'), ('other_services', '其他对外管理服务事项')]),
    ('第二十条第（六）项', [('prev_items', '上一年项目数量'), ('change', '本年增/减'),
                      ('decisions', '处理决定数量')],
     [('penalty', '行政处罚'), ('enforcement', '行政强制')]),
    ('第二十条第（八）项', [('prev_items', '上一年项目数量'), ('change', '本年增/减')],
     [('fees', '行政事业性收费')]),
    ('第二十条第（九）项', [('items', '采购项目数量'), ('amount', '采购总金额')],
     [('procurement', '政府集中采购')]),
]
T2_2021 = [('regulations', c) for c in ('issued', 'repealed', 'in_force')] \
    + [('normative_docs', c) for c in ('issued', 'repealed', 'in_force')] \
    + [('licensing', 'decisions'), ('penalty', 'decisions'), ('enforcement', 'decisions'),
       ('fees', 'amount')]
RESULT_2021 = ['granted', 'partial'] + [r for _, subs in T3_RESULT for r, _ in subs]
RESULT_2019 = [r for r in RESULT_2021 if not r.startswith('other.')] + ['other']
# a label's text per variant; a variant is drawn per report
CN_NUM = '一二三四五六七八'


def keys(template):
    """Every cell key of the template, in keys-YEAR.tsv order."""
    if template == '2021':
        t2 = [('t2',) + k for k in T2_2021]
    else:
        t2 = [('t2', r, c) for _, cols, rows in T2_2019 for r, _ in rows for c, _ in cols]
    res = RESULT_2021 if template == '2021' else RESULT_2019
    rows = ['new', 'carried_over'] + res + ['total', 'carried_forward']
    return t2 + [('t3', r, c) for r in rows for c in T3_COLS] \
        + [('t4', r, c) for r in T4_ROWS for c in T4_COLS]


def identities(template):
    """(rule, where, left keys, right keys, given keys) as in identities-YEAR.tsv."""
    res = RESULT_2021 if template == '2021' else RESULT_2019
    parts = T3_COLS[:-1]
    out = []
    for r in ['new', 'carried_over'] + res + ['total', 'carried_forward']:
        out.append(('t3.row_sum', r, [('t3', r, c) for c in parts], [('t3', r, 'total')], [('t3', r, 'total')]))
    for c in T3_COLS:
        out.append(('t3.result_sum', c, [('t3', r, c) for r in res], [('t3', 'total', c)], [('t3', 'total', c)]))
    for c in T3_COLS:
        out.append(('t3.balance', c, [('t3', 'new', c), ('t3', 'carried_over', c)],
                    [('t3', 'total', c), ('t3', 'carried_forward', c)], [('t3', 'total', c)]))
    for r in T4_ROWS:
        out.append(('t4.sum', r, [('t4', r, c) for c in T4_COLS[:-1]], [('t4', r, 'total')], [('t4', r, 'total')]))
    return out


def violations(template, truth):
    """The identities the answers break (blank = 0, skipped when a given cell is blank)."""
    num = lambda k: float(truth[k]) if truth[k] != '' else 0.0
    bad = []
    for rule, where, left, right, given in identities(template):
        if any(truth[k] == '' for k in given):
            continue
        if abs(sum(map(num, left)) - sum(map(num, right))) > 1e-9:
            bad.append((rule, where))
    return bad


class Drawn:
    """One random report: values, how each is written, and its labels."""

    def __init__(self, rng, name):
        self.rng, self.name = rng, name
        self.template = rng.choice(['2021', '2021', '2021', '2019'])
        self.year = rng.choice(['2021', '2022', '2023', '2024']) if self.template == '2021' \
            else rng.choice(['2019', '2020'])
        self.organ = rng.choice(ORGANS)
        self.font = rng.choice(FONTS)
        self.keys = keys(self.template)
        self.value = {}                   # the number behind each cell (str)
        self._draw_values()
        self.injected = None
        if rng.random() < 0.15:
            self._inject()
        self._draw_writing()
        self._draw_labels()

    # -- values ---------------------------------------------------------
    def count(self, scale):
        """A count: mostly 0 and small numbers, up to five digits."""
        r = self.rng.random()
        if r < 0.45:
            return 0
        if r < 0.75:
            return self.rng.randint(1, 9)
        top = [99, 999, 9999, 99999][min(3, scale)]
        return self.rng.randint(1, self.rng.choice([top, top // 10 or 9, 99]))

    def _draw_values(self):
        rng, v = self.rng, self.value
        scale = rng.choice([0, 0, 1, 1, 2, 3])        # small organs are the many
        res = RESULT_2021 if self.template == '2021' else RESULT_2019
        for c in T3_COLS[:-1]:
            # a column is often all zero (科研机构, 社会公益组织 ...)
            live = c == 'natural' or rng.random() < 0.5
            s = scale if c in ('natural', 'commercial') else max(0, scale - 2)
            for r in res:
                v[('t3', r, c)] = self.count(s) if live else 0
            v[('t3', 'total', c)] = sum(v[('t3', r, c)] for r in res)
            fwd = self.count(max(0, s - 1)) if live else 0
            over = self.count(max(0, s - 1)) if live else 0
            new = v[('t3', 'total', c)] + fwd - over
            if new < 0:
                over, new = over + new, 0
            v[('t3', 'carried_forward', c)], v[('t3', 'carried_over', c)] = fwd, over
            v[('t3', 'new', c)] = new
        for r in ['new', 'carried_over'] + res + ['total', 'carried_forward']:
            v[('t3', r, 'total')] = sum(v[('t3', r, c)] for c in T3_COLS[:-1])
        for r in T4_ROWS:
            for c in T4_COLS[:-1]:
                v[('t4', r, c)] = self.count(0) if rng.random() < 0.6 else 0
            v[('t4', r, 'total')] = sum(v[('t4', r, c)] for c in T4_COLS[:-1])
        for k in self.keys:
            if k[0] != 't2':
                continue
            t, r, c = k
            if c == 'amount':             # 万元: decimals as printed, e.g. 6529.91859, 12.5
                v[k] = rng.choice([0, 0, round(rng.uniform(0, 20), 1), round(rng.uniform(0, 9999), 5),
                                   round(rng.uniform(0, 500), 2), rng.randint(1, 300)])
            elif c == 'change':           # 本年增/减 is signed
                v[k] = rng.choice([0, 0, rng.randint(-9, 9), rng.randint(-99, 99)])
            else:
                v[k] = self.count(scale)
        self.value = {k: self.fmt(x) for k, x in v.items()}

    @staticmethod
    def fmt(x):
        if isinstance(x, float):          # never 1e-05: a page prints digits
            return ('%.5f' % x).rstrip('0').rstrip('.')
        return str(x)

    def _inject(self):
        """Change one t3/t4 cell so that one or two identities break."""
        cands = [k for k in self.keys if k[0] in ('t3', 't4')]
        k = self.rng.choice(cands)
        old = int(self.value[k])
        new = old + self.rng.choice([1, 2, 10, -1]) if old > 0 else old + self.rng.choice([1, 3])
        new = max(new, 0)
        if new == old:
            new = old + 1
        self.value[k] = str(new)
        self.injected = (k, str(old), str(new))

    # -- how cells are written ------------------------------------------
    def _draw_writing(self):
        """self.text[key]: what the page shows; self.truth[key]: the answer."""
        rng = self.rng
        mode = rng.choice(['digits', 'digits', 'blank', 'blank', 'mixed'])
        ph = rng.choice(PLACEHOLDERS)
        self.numfmt = rng.random() < 0.25
        self.text, self.truth = {}, {}
        for k in self.keys:
            val = self.value[k]
            txt = val
            if val == '0' and mode != 'digits':
                # blank answers: the zero written as an empty cell or a placeholder
                p = ph if mode == 'blank' else rng.choice(PLACEHOLDERS + ['0', '0'])
                if p != '0' and rng.random() < 0.7:
                    self.text[k], self.truth[k] = p, ''
                    continue
            if self.numfmt and '.' not in val and len(val.lstrip('-')) > 3 and rng.random() < 0.7:
                txt = '{:,}'.format(int(val))
            if self.numfmt and rng.random() < 0.1:
                txt = txt.translate(girgen.FULLWIDTH)
            self.text[k], self.truth[k] = txt, val
        self.expect = violations(self.template, self.truth)

    # -- labels -----------------------------------------------------------
    def _draw_labels(self):
        rng = self.rng
        self.half = rng.random() < 0.3             # (一) instead of （一）
        self.numbered = rng.random() < 0.8         # 一、本年新收… or 本年新收…
        self.heji = rng.random() < 0.2             # 合计 for 总计
        self.wrap = rng.random() < 0.4             # <br> inside long labels
        self.note = rng.choice(['cell', 'cell', 'above', 'none'])
        self.narr = rng.random() < 0.5             # narrative between heading and table

    def par(self, s):
        return s.replace('（', '(').replace('）', ')') if self.half else s

    def total_word(self):
        return '合计' if self.heji else '总计'

    def wrapped(self, s):
        """A long label broken over lines inside its cell (\n becomes <br>)."""
        if not self.wrap or len(s) < 10:
            return s
        cut = self.rng.randint(4, len(s) - 3)
        return s[:cut] + '\n' + s[cut:]

    def lab_top(self, n, s):
        return self.wrapped(('%s、' % CN_NUM[n - 1] if self.numbered else '') + s)

    # -- tables -----------------------------------------------------------
    def cell(self, k, colspan=1):
        return Cell(self.text[k], key=k, colspan=colspan)

    def t2_rows(self):
        rows = []
        if self.template == '2021':
            rows.append([Cell('第二十条第（一）项', colspan=4, head=True)])
            rows.append([Cell('信息内容', head=True), Cell('本年制发件数', head=True),
                         Cell('本年废止件数', head=True), Cell('现行有效件数', head=True)])
            for r, lab in (('regulations', '规章'), ('normative_docs', '行政规范性文件')):
                rows.append([Cell(lab)] + [self.cell(('t2', r, c)) for c in ('issued', 'repealed', 'in_force')])
            for item, head, items in (('第二十条第（五）项', '本年处理决定数量', [('licensing', '行政许可')]),
                                      ('第二十条第（六）项', '本年处理决定数量',
                                       [('penalty', '行政处罚'), ('enforcement', '行政强制')]),
                                      ('第二十条第（八）项', '本年收费金额（单位：万元）', [('fees', '行政事业性收费')])):
                rows.append([Cell(item, colspan=4, head=True)])
                rows.append([Cell('信息内容', head=True), Cell(head, colspan=3, head=True)])
                for r, lab in items:
                    c = 'amount' if r == 'fees' else 'decisions'
                    rows.append([Cell(lab), self.cell(('t2', r, c), colspan=3)])
            return rows
        for item, cols, items in T2_2019:
            rows.append([Cell(item, colspan=4, head=True)])
            spans = [1] * (len(cols) - 1) + [4 - len(cols)]
            rows.append([Cell('信息内容', head=True)] + [Cell(l, colspan=s, head=True)
                                                      for (_, l), s in zip(cols, spans)])
            for r, lab in items:
                rows.append([Cell(self.wrapped(lab))] + [self.cell(('t2', r, c), colspan=s)
                                                         for (c, _), s in zip(cols, spans)])
        return rows

    def t3_rows(self):
        vals = lambda r: [self.cell(('t3', r, c)) for c in T3_COLS]
        tw = self.total_word()
        rows = []
        corner = Cell(girgen.NOTE if self.note == 'cell' else '', rowspan=3, colspan=3, head=True)
        rows.append([corner, Cell('申请人情况', colspan=7, head=True)])
        rows.append([Cell('自然人', rowspan=2, head=True), Cell('法人或其他组织', colspan=5, head=True),
                     Cell(tw, rowspan=2, head=True)])
        rows.append([Cell(x, head=True) for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')])
        rows.append([Cell(self.lab_top(1, '本年新收政府信息公开申请数量'), colspan=3)] + vals('new'))
        rows.append([Cell(self.lab_top(2, '上年结转政府信息公开申请数量'), colspan=3)] + vals('carried_over'))
        groups = T3_RESULT if self.template == '2021' else T3_RESULT[:-1]
        nres = 2 + sum(len(s) for _, s in groups) + (1 if self.template == '2019' else 0) + 1
        rows.append([Cell(self.lab_top(3, '本年度办理结果'), rowspan=nres),
                     Cell(self.par('（一）予以公开'), colspan=2)] + vals('granted'))
        rows.append([Cell(self.wrapped(self.par('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')), colspan=2)]
                    + vals('partial'))
        for group, subs in groups:
            for i, (r, lab) in enumerate(subs):
                lead = [Cell(self.par(group), rowspan=len(subs))] if i == 0 else []
                rows.append(lead + [Cell(self.wrapped(lab))] + vals(r))
        if self.template == '2019':
            rows.append([Cell(self.par('（六）其他处理'), colspan=2)] + vals('other'))
        rows.append([Cell(self.par('（七）' + tw), colspan=2)] + vals('total'))
        rows.append([Cell(self.lab_top(4, '结转下年度继续办理'), colspan=3)] + vals('carried_forward'))
        return rows

    def t4_rows(self):
        labels = girgen.T4_LABELS[:-1] + [self.total_word()]
        rows = [[Cell('行政复议', colspan=5, head=True), Cell('行政诉讼', colspan=10, head=True)],
                [Cell(x, rowspan=2, head=True) for x in labels]
                + [Cell('未经复议直接起诉', colspan=5, head=True), Cell('复议后起诉', colspan=5, head=True)],
                [Cell(x, head=True) for x in labels * 2],
                [self.cell(('t4', r, c)) for r in T4_ROWS for c in T4_COLS]]
        return rows

    def blocks(self):
        """('title'|'p'|'h'|'table', x) as girgen.build gives them."""
        out = [('title', '%s%s年政府信息公开工作年度报告' % (self.organ, self.year)),
               ('p', '本报告由%s根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室'
                     '有关要求编制。本报告所列数据的统计期限自%s年1月1日起至%s年12月31日止。'
                     % (self.organ, self.year, self.year))]
        tables = {2: self.t2_rows, 3: self.t3_rows, 4: self.t4_rows}
        for n in range(1, 7):
            out.append(('h', girgen.SECTION_TITLES[n - 1]))
            if n not in tables or self.narr:
                out.append(('p', self.rng.choice(NARRATIVE)))
            if n == 3 and self.note == 'above':
                out.append(('p', girgen.NOTE))
            if n in tables:
                out.append(('table', tables[n]()))
        return out


def table_html(rows):
    """The table as the CMS writes it; a label's \n becomes <br>."""
    out = ['<table class="report" border="1" cellspacing="0" cellpadding="0">', '<tbody>']
    for row in rows:
        tds = []
        for c in row:
            attrs = ''
            if c.rowspan > 1:
                attrs += ' rowspan="%d"' % c.rowspan
            if c.colspan > 1:
                attrs += ' colspan="%d"' % c.colspan
            tds.append('<td%s>%s</td>' % (attrs, '<br>'.join(html.escape(x, quote=False)
                                                              for x in c.text.split('\n'))))
        out.append('<tr>' + ''.join(tds) + '</tr>')
    out += ['</tbody>', '</table>']
    return '\n'.join(out)


def page(d, blocks, charset='utf-8'):
    title = blocks[0][1]
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
           '<title>%s</title>' % html.escape(title),
           '<style type="text/css">\nbody { font-family: "%s", serif; font-size: 12pt; }\n'
           'table.report { border-collapse: collapse; width: 100%%; }\n'
           'table.report td { border: 1px solid #000; padding: 2px 4px; text-align: center; }\n</style>' % d.font,
           '</head>', '<body>', '<div class="article">']
    for kind, x in blocks:
        if kind == 'title':
            out.append('<h1 style="text-align:center">%s</h1>' % html.escape(x))
        elif kind == 'h':
            out.append('<p><strong>%s</strong></p>' % html.escape(x))
        elif kind == 'p':
            out.append('<p style="text-indent:2em">%s</p>' % html.escape(x))
        else:
            out.append(table_html(x))
    out += ['</div>', '</body>', '</html>', '']
    return '\n'.join(out)


def grid_rows(blocks):
    """The report as a spreadsheet saves it (see seed2grid): 15 columns."""
    rows = []
    for kind, x in blocks:
        if kind == 'table':
            rows += [[t.replace('\n', '') for t in r] for r in girgen.expand(x)]
        else:
            rows.append([x])
    width = max(len(r) for r in rows)
    return [r + [''] * (width - len(r)) for r in rows]


def write_answers(base, d):
    """BASE.truth.csv, BASE.meta.tsv, BASE.expect.tsv."""
    with open(base + '.truth.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('table,row,col,value\n')
        for k in d.keys:
            f.write('%s,%s,%s,%s\n' % (k + (d.truth[k],)))
    with open(base + '.meta.tsv', 'w', encoding='utf-8', newline='') as f:
        f.write('key\tvalue\norgan\t%s\nyear\t%s\ntemplate\t%s\n' % (d.organ, d.year, d.template))
        # how the page is written, so a failure can be traced to a variant
        f.write('labels\t%s\n' % ' '.join(
            n for n, on in (('numbered', d.numbered), ('half-width-brackets', d.half), ('heji', d.heji),
                            ('wrapped', d.wrap), ('narrative', d.narr), ('numfmt', d.numfmt)) if on))
        f.write('note\t%s\nfont\t%s\n' % (d.note, d.font))
        if d.injected:
            k, old, new = d.injected
            f.write('injected\t%s.%s.%s %s->%s\n' % (k + (old, new)))
    # the text each cell shows (the answer may differ: 1,234 or ５ for a
    # number, a placeholder for a blank), for renderers that may cut it
    with open(base + '.shown.tsv', 'w', encoding='utf-8', newline='') as f:
        f.write('key\ttext\n')
        for k in d.keys:
            f.write('%s.%s.%s\t%s\n' % (k + (d.text[k],)))
    with open(base + '.expect.tsv', 'w', encoding='utf-8', newline='') as f:
        f.write('rule\twhere\n')
        for rule, where in d.expect:
            f.write('%s\t%s\n' % (rule, where))
