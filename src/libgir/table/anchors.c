/* SPDX-License-Identifier: GPL-3.0-or-later */
/* anchors.c */
#include "config.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "xmalloc.h"

/* Patterns run on the normalised label stream (full-width forms folded,
 * white space removed), so they name only what survives typos and
 * wrapping: the earliest distinctive part of each label. */
typedef struct anchor_def {
    const char *table, *row;
    const char *pattern;
} anchor_def;


static const anchor_def anchor_defs[] = {
    {"t2", "regulations", "规章"},
    {"t2", "normative_docs", "规范性文件"},
    {"t2", "licensing", "行政许可"},
    {"t2", "penalty", "行政处罚"},
    {"t2", "enforcement", "行政强制"},
    {"t2", "fees", "事业性收费"},
    {"t3", "new", "本年新收"},
    {"t3", "carried_over", "上年结转"},
    {"t3", "granted", "予以公开"},
    {"t3", "partial", "部分公开"},
    {"t3", "denied.state_secret", "(?:\\d[.、])?属于国家|国家秘密"},
    {"t3", "denied.law_forbidden", "(?:\\d[.、])?其他法律|法规禁止"},
    {"t3", "denied.three_safety", "(?:\\d[.、])?危及|三安全一稳定"},
    {"t3", "denied.third_party", "(?:\\d[.、])?保护第三方|第三方合法"},
    {"t3", "denied.internal", "(?:\\d[.、])?属于三类|内部事务"},
    {"t3", "denied.process", "(?:\\d[.、])?属于四类|过程性信息"},
    {"t3", "denied.enforcement_file", "(?:\\d[.、])?属于行政执|执法案卷"},
    {"t3", "denied.query", "(?:\\d[.、])?属于行政查|查询事项"},
    {"t3", "unable.not_held", "(?:\\d[.、])?本机关不|不掌握"},
    {"t3", "unable.needs_creation", "没有现成|另行制作"},
    {"t3", "unable.unclear", "(?:\\d[.、])?补正后|仍不明确"},
    {"t3", "not_processed.petition", "信访|举报投诉"},
    {"t3", "not_processed.duplicate", "(?:\\d[.、])?重复申请"},
    {"t3", "not_processed.publication", "(?:\\d[.、])?要求提供|出版物"},
    {"t3", "not_processed.mass_repeat", "无正当理由大|大量反复"},
    {"t3", "not_processed.confirm", "(?:\\d[.、])?要求行政机关确认|确认或重新出具|重新出具"},
    {"t3", "other.no_correction", "(?:\\d[.、])?申请人无正当|逾期不补正"},
    {"t3", "other.no_fee", "(?:\\d[.、])?申请人逾期|收费通知|缴纳费用"},
    {"t3", "other.other", "(?:\\d[.、])?其他(?!处)"},
    {"t3", "total", "(?:\\(七\\))?总计"},
    {"t3", "carried_forward", "(?:[一二三四五六]、)?结转下年"},
    {"t4", "all", "(?:政府信息公开)?行政复议"},
};
#define N_ANCHORS (sizeof anchor_defs / sizeof anchor_defs[0])


/* The 2019 template's rows (keys-2019.tsv): t2 has two more rows, t3 has
 * the single row （六）其他处理 instead of 2021's three; the other t3 rows
 * and t4 print as in 2021, so their patterns are the same. */
static const anchor_def anchor_defs_2019[] = {
    {"t2", "regulations", "规章"},
    {"t2", "normative_docs", "规范性文件"},
    {"t2", "licensing", "行政许可"},
    {"t2", "other_services", "对外管理服务"},
    {"t2", "penalty", "行政处罚"},
    {"t2", "enforcement", "行政强制"},
    {"t2", "fees", "事业性收费"},
    {"t2", "procurement", "集中采购"},
    {"t3", "new", "本年新收"},
    {"t3", "carried_over", "上年结转"},
    {"t3", "granted", "予以公开"},
    {"t3", "partial", "部分公开"},
    {"t3", "denied.state_secret", "(?:\\d[.、])?属于国家|国家秘密"},
    {"t3", "denied.law_forbidden", "(?:\\d[.、])?其他法律|法规禁止"},
    {"t3", "denied.three_safety", "(?:\\d[.、])?危及|三安全一稳定"},
    {"t3", "denied.third_party", "(?:\\d[.、])?保护第三方|第三方合法"},
    {"t3", "denied.internal", "(?:\\d[.、])?属于三类|内部事务"},
    {"t3", "denied.process", "(?:\\d[.、])?属于四类|过程性信息"},
    {"t3", "denied.enforcement_file", "(?:\\d[.、])?属于行政执|执法案卷"},
    {"t3", "denied.query", "(?:\\d[.、])?属于行政查|查询事项"},
    {"t3", "unable.not_held", "(?:\\d[.、])?本机关不|不掌握"},
    {"t3", "unable.needs_creation", "没有现成|另行制作"},
    {"t3", "unable.unclear", "(?:\\d[.、])?补正后|仍不明确"},
    {"t3", "not_processed.petition", "信访|举报投诉"},
    {"t3", "not_processed.duplicate", "(?:\\d[.、])?重复申请"},
    {"t3", "not_processed.publication", "(?:\\d[.、])?要求提供|出版物"},
    {"t3", "not_processed.mass_repeat", "无正当理由大|大量反复"},
    {"t3", "not_processed.confirm", "(?:\\d[.、])?要求行政机关确认|确认或重新出具|重新出具"},
    {"t3", "other", "(?:\\(六\\))?其他处理"},
    {"t3", "total", "(?:\\(七\\))?总计"},
    {"t3", "carried_forward", "(?:[一二三四五六]、)?结转下年"},
    {"t4", "all", "(?:政府信息公开)?行政复议"},
};
#define N_ANCHORS_2019 (sizeof anchor_defs_2019 / sizeof anchor_defs_2019[0])


/* The 2019 template's single row (六)其他处理, still printed by some 2021
 * reports; and the header that starts t2 (its rows' words also occur in
 * section 二's narrative).  t4's header, before its values, tells its
 * 行政复议 from the narrative's: the column words, or the group headers
 * 未经复议直接起诉 / 复议后起诉 that only the table prints (a narrow PDF
 * sets the column words a character a line, 结/果/维/持, so they never
 * read as words). */
static const char other2019_pattern[] = "(?:\\(六\\))?其他处理";
const char other2019_reason[] =
    "t3: row '（六）其他处理' is the 2019 template's single row; the 2021 rows "
    "other.no_correction, other.no_fee and other.other are left empty";
static const char t2_start_pattern[] = "第二十条|信息内容";
static const char t4_header_pattern[] = "维持|纠正|审结|结果|未经复议|复议后起诉";


/* Compiled anchors: anchor_defs at [0, N_ANCHORS), then anchor_defs_2019. */
pattern anchor_pat[N_PATTERNS];
pattern other2019_pat, t2_start_pat, t4_header_pat;
_Static_assert(N_ANCHORS + N_ANCHORS_2019 + 3 <= N_PATTERNS, "N_PATTERNS holds every pattern");


void
compile_all(void)
{
    if (match_data)
        return;
    for (size_t i = 0; i < N_ANCHORS; i++)
        compile(&anchor_pat[i], anchor_defs[i].pattern);
    for (size_t i = 0; i < N_ANCHORS_2019; i++)
        compile(&anchor_pat[N_ANCHORS + i], anchor_defs_2019[i].pattern);
    compile(&other2019_pat, other2019_pattern);
    compile(&t2_start_pat, t2_start_pattern);
    compile(&t4_header_pat, t4_header_pattern);
    match_data = pcre2_match_data_create(8, NULL);
}


static void
row_layout_compute(row_layout *rl, const gir_template *tm, const char *name)
{
    memset(rl, 0, sizeof *rl);
    rl->tm = tm;
    rl->name = name;
    /* The template says which rows to anchor. */
    int is2019 = tm == &gir_template_2019;
    const anchor_def *defs = is2019 ? anchor_defs_2019 : anchor_defs;
    size_t ndefs = is2019 ? N_ANCHORS_2019 : N_ANCHORS, base = is2019 ? N_ANCHORS : 0;
    for (size_t i = 0; i < ndefs; i++) {
        if (strcmp(defs[i].table, name) != 0)
            continue;
        if (!rl->nrows)
            rl->first_anchor = base + i;
        size_t k = rl->nrows++;
        rl->rows[k].name = defs[i].row;
        /* The row's cells follow each other in template order. */
        for (size_t c = 0; c < tm->ncells; c++) {
            const gir_cell_def *d = &tm->cells[c];
            if (strcmp(d->table, name) != 0
                || (strcmp(name, "t4") != 0 && strcmp(d->row, rl->rows[k].name) != 0))
                continue;
            if (rl->rows[k].n == 0) {
                rl->rows[k].first_cell = c;
                rl->rows[k].label = d->label_row;
            }
            rl->rows[k].n++;
        }
        if (strcmp(name, "t4") == 0)
            rl->rows[k].label = "行政复议、行政诉讼";
        /* A row holds its cells in value[MAXVALS]: a template with a wider
         * row is a programming error, not a report's. */
        if (rl->rows[k].n > MAXVALS) {
            fprintf(stderr, "gir: template row %s.%s has %d cells, more than %d\n", name,
                    rl->rows[k].name, rl->rows[k].n, MAXVALS);
            abort();
        }
    }
    for (size_t k = 0; k < rl->nrows; k++)
        literal_set_add(&rl->lits, &anchor_pat[rl->first_anchor + k]);
    literal_set_add(&rl->lits, &other2019_pat);
    literal_set_add(&rl->lits, &t2_start_pat);
    literal_set_add(&rl->lits, &t4_header_pat);
    literal_set_finish(&rl->lits);
}


void
table_init(table *t, gir_report *r, const char *name, const char *title)
{
    static row_layout cache[8];
    static size_t ncached;
    const row_layout *rl = NULL;
    for (size_t i = 0; i < ncached && !rl; i++)
        if (cache[i].tm == r->tmpl && strcmp(cache[i].name, name) == 0)
            rl = &cache[i];
    if (!rl) {
        row_layout *fresh = &cache[ncached < 8 ? ncached++ : 7];
        row_layout_compute(fresh, r->tmpl, name);
        rl = fresh;
    }
    /* Not the region: its buffers are kept (region_build). */
    t->r = r;
    t->name = name;
    t->title = title;
    t->nrows = rl->nrows;
    t->first_anchor = rl->first_anchor;
    t->lits = &rl->lits;
    t->metric = t->metric_known = 0;
    /* ff: the report's, found once for its three tables (gir_table_build). */
    /* Only rows [0, nrows) are ever read. */
    memset(t->rows, 0, rl->nrows * sizeof t->rows[0]);
    for (size_t k = 0; k < rl->nrows; k++) {
        t->rows[k].name = rl->rows[k].name;
        t->rows[k].label = rl->rows[k].label;
        t->rows[k].first_cell = rl->rows[k].first_cell;
        t->rows[k].n = rl->rows[k].n;
    }
}


/* Is the match at [SO, EO) of row K a row label, not a sentence of the
 * narrative?  t4's is followed by its column headers. */
static int
anchor_plausible(const table *t, size_t so, size_t eo)
{
    const region *g = &t->g;
    size_t v = next_value(g, tok_at(g, so));
    if (strcmp(t->name, "t4") == 0) {
        size_t hs, he;
        return search(g, &t4_header_pat, eo, &hs, &he) && he <= off_of(g, v);
    }
    return 1;
}


#define MAX_CANDS 12


typedef struct cand_pos {
    size_t so, eo;
} cand_pos;


/* Rows come in template order, but a core can also match elsewhere (其他
 * in a header, 总计 of the next table).  Each row's first few matches are
 * candidates; the chosen anchors are the increasing sequence that places
 * the most rows, earlier matches preferred. */
void
find_anchors(table *t, size_t from)
{
    region *g = &t->g;
    size_t so, eo;
    if (strcmp(t->name, "t2") == 0 && search(g, &t2_start_pat, from, &so, &eo))
        from = so;
    cand_pos (*c)[MAX_CANDS] = xcalloc(t->nrows, sizeof *c);
    int nc[32] = {0};
    long best[32][MAX_CANDS];
    int prev_row[32][MAX_CANDS], prev_cand[32][MAX_CANDS];
    for (size_t k = 0; k < t->nrows; k++) {
        size_t at = from;
        const pattern *pat = &anchor_pat[t->first_anchor + k];
        while (nc[k] < MAX_CANDS && search(g, pat, at, &so, &eo)) {
            if (anchor_plausible(t, so, eo))
                c[k][nc[k]++] = (cand_pos) {so, eo};
            at = eo > at ? eo : at + 1;
        }
    }
    long top = 0;
    int top_row = -1, top_cand = -1;
    for (size_t k = 0; k < t->nrows; k++)
        for (int i = 0; i < nc[k]; i++) {
            best[k][i] = 1000 - i;
            prev_row[k][i] = prev_cand[k][i] = -1;
            for (size_t j = 0; j < k; j++)
                for (int d = 0; d < nc[j]; d++)
                    if (c[j][d].eo <= c[k][i].so && best[j][d] + 1000 - i > best[k][i]) {
                        best[k][i] = best[j][d] + 1000 - i;
                        prev_row[k][i] = (int) j;
                        prev_cand[k][i] = d;
                    }
            if (best[k][i] > top) {
                top = best[k][i];
                top_row = (int) k;
                top_cand = i;
            }
        }
    for (int k = top_row, i = top_cand; k >= 0;) {
        row *w = &t->rows[k];
        w->state = ROW_FOUND;
        w->spos = c[k][i].so;
        w->send = c[k][i].eo;
        w->tok = tok_at(g, w->spos);
        int pk = prev_row[k][i], pi = prev_cand[k][i];
        k = pk;
        i = pi;
    }
    free(c);
}


/* A 2021 report printing the 2019 single row (六)其他处理: that row ends
 * the row before it, and its values belong to no 2021 cell. */
size_t
find_2019_other(table *t)
{
    region *g = &t->g;
    row *confirm = NULL, *total = NULL;
    /* The 2019 template reads its （六） row as a row of its own. */
    if (gir_t3_row(t->r->tmpl, "other.other") < 0)
        return (size_t) -1;
    for (size_t k = 0; k < t->nrows; k++) {
        if (strcmp(t->rows[k].name, "not_processed.confirm") == 0)
            confirm = &t->rows[k];
        if (strcmp(t->rows[k].name, "total") == 0)
            total = &t->rows[k];
    }
    if (!confirm || !total || confirm->state == ROW_MISSING || total->state == ROW_MISSING)
        return (size_t) -1;
    for (size_t k = 0; k < t->nrows; k++)
        if (strncmp(t->rows[k].name, "other.", 6) == 0 && t->rows[k].state != ROW_MISSING
            && t->rows[k].spos < total->spos && t->rows[k].spos > confirm->spos)
            return (size_t) -1;
    size_t so, eo;
    if (!search(g, &other2019_pat, confirm->send, &so, &eo) || so >= total->spos)
        return (size_t) -1;
    for (size_t k = 0; k < t->nrows; k++)
        if (strncmp(t->rows[k].name, "other.", 6) == 0) {
            t->rows[k].state = ROW_DROPPED;
            t->rows[k].tok = tok_at(g, so);
        }
    gir_warn(t->r->source, g->toks.v[tok_at(g, so)].line, "%s", other2019_reason);
    return tok_at(g, so);
}


void
set_ranges(table *t, size_t boundary)
{
    region *g = &t->g;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_FOUND)
            continue;
        size_t end = g->toks.n;
        int last = 1;
        for (size_t j = k + 1; j < t->nrows; j++)
            if (t->rows[j].state == ROW_FOUND && t->rows[j].tok > w->tok) {
                end = t->rows[j].tok;
                last = 0;
                break;
            }
        if (boundary != (size_t) -1 && boundary > w->tok && boundary < end)
            end = boundary, last = 0;
        /* t2's rows hold their values right after the label. */
        if (last || strcmp(t->name, "t2") == 0)
            end = end_after_values(g, w->tok, end);
        w->end = end;
    }
}


/* Where the section's heading ends in the label stream, when the heading
 * shares its line with the text before it (a page flattened to one line);
 * else 0. */
size_t
heading_end(const table *t, int sec)
{
    const gir_section *s = &t->r->sections[sec - 1];
    if (!s->line || !s->heading)
        return 0;
    size_t n;
    char *h = gir_norm_arena(&t->r->arena, s->heading, strlen(s->heading),
                             GIR_NORM_STRIP_SPACE, &n);
    const char *at = n >= 12 ? strstr(t->g.stream, h) : NULL;
    return at ? (size_t) (at - t->g.stream) + n : 0;
}


int
enough_rows(const table *t)
{
    size_t found = 0;
    for (size_t k = 0; k < t->nrows; k++)
        found += t->rows[k].state != ROW_MISSING;
    /* A stray word is not a table: a third of the row labels at least. */
    return found > 0 && found * 3 >= t->nrows;
}


/* 一、 … 十、 alone: the number of a row of t3's outline. */
static int
is_row_number(const char *text)
{
    static const char *const numbers[] = {"一、", "二、", "三、", "四、", "五、",
                                          "六、", "七、", "八、", "九、", "十、"};
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        if (strcmp(text, numbers[i]) == 0)
            return 1;
    return 0;
}


/* A row whose label and values have between them the label of a row
 * that was not found (a torn table printing labels apart from their
 * values, out of order) may hold that row's values: which values are
 * whose is not certain. */
void
mark_contested(table *t)
{
    region *g = &t->g;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_FOUND)
            continue;
        size_t last = 0;
        for (size_t i = w->tok + 1; i < w->end; i++)
            if (is_value(&g->toks.v[i]))
                last = i;
        if (!last)
            continue;
        /* A row number (二、 starting a line, or an item's number) before
         * the row's last value starts another row: a label wrapped a few
         * characters a line (pandoc's rst) puts it beside that row's
         * values, after the core this row was found by. */
        for (size_t i = w->tok + 1; i < last && !w->ordinal; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (tk->kind == GIR_TOK_LABEL
                && ((tk->li != g->toks.v[i - 1].li && is_row_number(tk->text))
                    || strspn(tk->text, "0123456789") == strlen(tk->text)))
                w->ordinal = tk->text;  /* 二、, or an item's 8 (join_item_numbers) */
        }
        /* Between the row's label and its last value. */
        size_t limit = off_of(g, last);
        for (size_t m = 0; m < t->nrows && !w->contested; m++) {
            size_t so, eo;
            if (t->rows[m].state == ROW_MISSING
                && search(g, &anchor_pat[t->first_anchor + m], w->send, &so, &eo) && eo <= limit)
                w->contested = t->rows[m].label;
        }
    }
}

