"""girgen: shared model for the layout-fixture generators (tests/gen/).

Reads a seed (NAME.txt, NAME.truth.csv, NAME.sections.tsv, NAME.meta.tsv) and
builds the report as the official 2021 template lays it out
(国办公开办函〔2021〕30号): a list of blocks, each a paragraph/heading or a
table given as rows of cells with rowspan/colspan.  seed2html and seed2grid
write it out; the answer (truth) is what the written page contains.

Only the Python 3 standard library is used.  The build never runs this: the
outputs are committed under tests/fixtures/layouts/.
"""
import csv
import os

T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal_service', 'other_org', 'total']
T4_ROWS = ['review', 'suit_direct', 'suit_after_review']
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
T4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
SECTION_TITLES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
                  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
                  '六、其他需要报告的事项']
# Lines that start a table inside sections 2-4 of a seed's text: narrative
# before them is kept, the seed's own table is replaced by the template's.
TABLE_ANCHORS = ['第二十条', '信息内容', '申请人情况', '行政复议', '结果维持', '（本列数据', '(本列数据']


class Cell:
    def __init__(self, text, key=None, rowspan=1, colspan=1, head=False):
        self.text, self.key, self.rowspan, self.colspan, self.head = text, key, rowspan, colspan, head


class Seed:
    def __init__(self, base):
        self.base = base
        self.name = os.path.basename(base)
        with open(base + '.truth.csv', encoding='utf-8') as f:
            rows = list(csv.DictReader(f))
        self.order = [(r['table'], r['row'], r['col']) for r in rows]
        self.truth = {(r['table'], r['row'], r['col']): r['value'] for r in rows}
        with open(base + '.meta.tsv', encoding='utf-8') as f:
            self.meta = {r['key']: r['value'] for r in csv.DictReader(f, delimiter='\t')}
        with open(base + '.sections.tsv', encoding='utf-8') as f:
            self.sec_line = {int(r['section']): int(r['line']) for r in csv.DictReader(f, delimiter='\t')}
        with open(base + '.txt', encoding='utf-8', errors='replace') as f:
            self.lines = f.read().split('\n')

    def title(self):
        return '%s%s年政府信息公开工作年度报告' % (self.meta['organ'], self.meta['year'])

    def preface(self):
        """Lines before section 1 that read as a preface (cite the regulation)."""
        first = self.sec_line[1] - 1
        return [l.strip() for l in self.lines[:first] if '条例' in l and len(l.strip()) > 30]

    def narrative(self, n):
        """The seed's own text of section n (heading excluded); for the table
        sections only the lines before the table."""
        start = self.sec_line[n]          # 1-based heading line; body starts after it
        end = self.sec_line.get(n + 1, len(self.lines) + 1) - 1
        out = []
        for l in self.lines[start:end]:
            s = l.strip()
            if not s:
                continue
            if n in (2, 3, 4) and any(s.startswith(a) for a in TABLE_ANCHORS):
                break
            if n in (2, 3, 4) and len(s) < 20:
                continue                  # stray cell of the seed's table
            out.append(s)
        return out


FULLWIDTH = str.maketrans('0123456789.,', '０１２３４５６７８９．，')


class Style:
    """How values are written.  blank: put blanks/placeholders where the
    answer is 0 in chosen cells (the truth becomes blank there).  numfmt:
    thousands separators and full-width digits (the truth keeps the number)."""

    def __init__(self, blank=False, numfmt=False):
        self.blank, self.numfmt = blank, numfmt

    def placeholder(self, key):
        t, r, c = key
        if t == 't2' and r == 'regulations':
            return '无'
        if t == 't2' and r == 'fees':
            return '—'
        if t == 't3' and c in ('research', 'nonprofit', 'legal_service'):
            return ''
        if t == 't3' and c == 'other_org':
            return '/'
        if t == 't4' and r == 'suit_after_review':
            return '-'
        return None

    def show(self, key, value, truth_out):
        """Text written for a cell; records the answer in truth_out."""
        text = value
        if self.blank and value.strip() in ('0', '0.0', '0.00'):
            p = self.placeholder(key)
            if p is not None:
                truth_out[key] = ''
                return p
        truth_out[key] = value
        if self.numfmt and value:
            t, r, c = key
            if '.' not in value and len(value) > 3:
                text = '{:,}'.format(int(value))
            if (t == 't3' and c == 'total') or (t == 't2' and c == 'in_force'):
                text = text.translate(FULLWIDTH)
        return text


def t2_rows(seed, style, tr):
    v = lambda r, c: Cell(style.show(('t2', r, c), seed.truth[('t2', r, c)], tr), key=('t2', r, c))
    rows = []
    rows.append([Cell('第二十条第（一）项', colspan=4, head=True)])
    rows.append([Cell('信息内容', head=True), Cell('本年制发件数', head=True),
                 Cell('本年废止件数', head=True), Cell('现行有效件数', head=True)])
    for r, lab in (('regulations', '规章'), ('normative_docs', '行政规范性文件')):
        rows.append([Cell(lab)] + [v(r, c) for c in ('issued', 'repealed', 'in_force')])
    for item, head, items in (('第二十条第（五）项', '本年处理决定数量', [('licensing', '行政许可')]),
                              ('第二十条第（六）项', '本年处理决定数量',
                               [('penalty', '行政处罚'), ('enforcement', '行政强制')]),
                              ('第二十条第（八）项', '本年收费金额（单位：万元）', [('fees', '行政事业性收费')])):
        rows.append([Cell(item, colspan=4, head=True)])
        rows.append([Cell('信息内容', head=True), Cell(head, colspan=3, head=True)])
        for r, lab in items:
            c = 'amount' if r == 'fees' else 'decisions'
            cell = v(r, c)
            cell.colspan = 3
            rows.append([Cell(lab), cell])
    return rows


T3_RESULT = [
    ('（三）不予公开', [('denied.state_secret', '1.属于国家秘密'),
                   ('denied.law_forbidden', '2.其他法律行政法规禁止公开'),
                   ('denied.three_safety', '3.危及“三安全一稳定”'),
                   ('denied.third_party', '4.保护第三方合法权益'),
                   ('denied.internal', '5.属于三类内部事务信息'),
                   ('denied.process', '6.属于四类过程性信息'),
                   ('denied.enforcement_file', '7.属于行政执法案卷'),
                   ('denied.query', '8.属于行政查询事项')]),
    ('（四）无法提供', [('unable.not_held', '1.本机关不掌握相关政府信息'),
                   ('unable.needs_creation', '2.没有现成信息需要另行制作'),
                   ('unable.unclear', '3.补正后申请内容仍不明确')]),
    ('（五）不予处理', [('not_processed.petition', '1.信访举报投诉类申请'),
                   ('not_processed.duplicate', '2.重复申请'),
                   ('not_processed.publication', '3.要求提供公开出版物'),
                   ('not_processed.mass_repeat', '4.无正当理由大量反复申请'),
                   ('not_processed.confirm', '5.要求行政机关确认或重新出具已获取信息')]),
    ('（六）其他处理', [('other.no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
                   ('other.no_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
                   ('other.other', '3.其他')]),
]


def t3_rows(seed, style, tr):
    vals = lambda r: [Cell(style.show(('t3', r, c), seed.truth[('t3', r, c)], tr), key=('t3', r, c))
                      for c in T3_COLS]
    rows = []
    rows.append([Cell(NOTE, rowspan=3, colspan=3, head=True), Cell('申请人情况', colspan=7, head=True)])
    rows.append([Cell('自然人', rowspan=2, head=True), Cell('法人或其他组织', colspan=5, head=True),
                 Cell('总计', rowspan=2, head=True)])
    rows.append([Cell(x, head=True) for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')])
    rows.append([Cell('一、本年新收政府信息公开申请数量', colspan=3)] + vals('new'))
    rows.append([Cell('二、上年结转政府信息公开申请数量', colspan=3)] + vals('carried_over'))
    nres = 2 + sum(len(s) for _, s in T3_RESULT) + 1
    rows.append([Cell('三、本年度办理结果', rowspan=nres), Cell('（一）予以公开', colspan=2)] + vals('granted'))
    rows.append([Cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', colspan=2)] + vals('partial'))
    for group, subs in T3_RESULT:
        for i, (r, lab) in enumerate(subs):
            lead = [Cell(group, rowspan=len(subs))] if i == 0 else []
            rows.append(lead + [Cell(lab)] + vals(r))
    rows.append([Cell('（七）总计', colspan=2)] + vals('total'))
    rows.append([Cell('四、结转下年度继续办理', colspan=3)] + vals('carried_forward'))
    return rows


def t4_rows(seed, style, tr):
    rows = []
    rows.append([Cell('行政复议', colspan=5, head=True), Cell('行政诉讼', colspan=10, head=True)])
    rows.append([Cell(x, rowspan=2, head=True) for x in T4_LABELS]
                + [Cell('未经复议直接起诉', colspan=5, head=True), Cell('复议后起诉', colspan=5, head=True)])
    rows.append([Cell(x, head=True) for x in T4_LABELS * 2])
    rows.append([Cell(style.show(('t4', r, c), seed.truth[('t4', r, c)], tr), key=('t4', r, c))
                 for r in T4_ROWS for c in T4_COLS])
    return rows


def build(seed, style):
    """Blocks of the report: ('title', text), ('p', text), ('h', text),
    ('table', rows).  Returns (blocks, truth) where truth maps every key
    to the value the page shows (blank where a placeholder was written)."""
    tr = {}
    blocks = [('title', seed.title())]
    blocks += [('p', l) for l in seed.preface()]
    tables = {2: t2_rows, 3: t3_rows, 4: t4_rows}
    for n in range(1, 7):
        blocks.append(('h', SECTION_TITLES[n - 1]))
        blocks += [('p', l) for l in seed.narrative(n)]
        if n in tables:
            blocks.append(('table', tables[n](seed, style, tr)))
    assert set(tr) == set(seed.order), 'every key written once'
    return blocks, tr


def expand(rows):
    """The table as a full grid (list of rows of strings), rowspan/colspan
    expanded the way a spreadsheet saves merged cells: the text in the
    top-left cell, the others empty."""
    grid, pending = [], {}
    for row in rows:
        out, col, cells = [], 0, list(row)
        while cells or col in pending:
            if col in pending:
                left = pending[col]
                out.append('')
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = left - 1
                col += 1
                continue
            c = cells.pop(0)
            for k in range(c.colspan):
                out.append(c.text if k == 0 else '')
                if c.rowspan > 1:
                    pending[col + k] = c.rowspan - 1
            col += c.colspan
        grid.append(out)
    return grid


def write_truth(path, seed, truth):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('table,row,col,value\n')
        for k in seed.order:
            f.write('%s,%s,%s,%s\n' % (k + (truth[k],)))
