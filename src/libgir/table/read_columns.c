/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_columns.c - reading space-aligned rows by where their values
 * stand: the columns of the page's complete rows or of the table's
 * headers (read_by_columns), and the table's pattern of filled columns
 * (read_by_pattern). */
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

static int
cmp_span(const void *a, const void *b)
{
    const span_x *x = a, *y = b;
    return (x->lo > y->lo) - (x->lo < y->lo);
}


/* How many separate columns the values of the found rows fall into when
 * measured in METRIC: aligned columns collapse, misaligned ones do not. */
static size_t
value_columns(const table *t, int metric)
{
    const region *g = &t->g;
    span_x *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        if (w->state == ROW_MISSING || w->state == ROW_DROPPED)
            continue;
        for (size_t i = w->tok + 1; i < w->end; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (!is_value(tk) || tk->mode != GIR_LINE_LAYOUT)
                continue;
            v = xgrow(v, &cap, n + 1, sizeof *v);
            v[n++] = (span_x) {tok_x0(tk, metric), tok_x1(tk, metric)};
        }
    }
    if (n)
        qsort(v, n, sizeof *v, cmp_span);
    size_t cols = 0;
    int hi = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || v[i].lo >= hi) {
            cols++;
            hi = v[i].hi;
        } else if (v[i].hi > hi) {
            hi = v[i].hi;
        }
    }
    free(v);
    return cols;
}


/* How the table's columns are measured: the metric in which its values
 * fall into fewer columns (they align in it). */
int
table_metric(const table *t)
{
    return value_columns(t, X_CHARS) < value_columns(t, X_DISPLAY) ? X_CHARS : X_DISPLAY;
}


static int left_of_table(const table *t, const row *w, size_t li, size_t page, int metric);

/* Do row REF's values follow its label and each other one space apart?
 * That is running text, not columns: lynx prints a table it cannot lay
 * out as lines of words, each row's values wherever its label ends, so
 * their places witness no column. */
static int
running_text(const table *t, const row *ref)
{
    const region *g = &t->g;
    int any = 0;
    for (size_t i = ref->tok + 1; i < ref->end; i++) {
        const gir_tok *tk = &g->toks.v[i], *before = &g->toks.v[i - 1];
        if (!is_value(tk))
            continue;
        if (before->li != tk->li || tk->x0 != before->x1 + 1)
            return 0;
        any = 1;
    }
    return any;
}


/* How far row W's first value stands right of its character column when
 * measured on a display: the wide glyphs left of it on its line.  -1
 * without a value. */
static int
display_shift(const table *t, const row *w)
{
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &t->g.toks.v[i];
        if (is_value(tk))
            return tk->x0 - tk->c0;
    }
    return -1;
}


/* The spans in METRIC of row REF's values, left to right, into S (at
 * most MAX); how many, or -1 when one is not on a layout line or there
 * are more.  *SPACED: a value stands a space or none after the one
 * before it; *STACKED: one was joined from digits stacked in a narrow
 * column. */
static int
value_spans(const table *t, const row *ref, int metric, span_x *s, int max, int *spaced,
            int *stacked)
{
    int j = 0;
    *spaced = *stacked = 0;
    for (size_t i = ref->tok + 1; i < ref->end; i++) {
        const gir_tok *tk = &t->g.toks.v[i];
        if (!is_value(tk))
            continue;
        if (tk->mode != GIR_LINE_LAYOUT || j >= max)
            return -1;
        *spaced |= j > 0 && tok_x0(tk, metric) <= s[j - 1].hi + 1;
        *stacked |= tk->stacked;
        s[j++] = (span_x) {tok_x0(tk, metric), tok_x1(tk, metric)};
    }
    return j;
}


/* The columns where the page's complete rows (all their values on one
 * layout line) have their values, and how many rows say so; 0 when
 * there is none or they overlap.  In text set on a grid of the page's
 * glyphs (set_on_glyph_grid) a word stands at least a space right of
 * the word before it (poppler's assignColumns pushes it there, and so
 * does pdf.c's put_line), and two cells' glyphs that nearly touch are
 * one word (无8): a value one space or none after the value before it
 * may stand right of where its column stands on other lines, so its
 * row witnesses no columns (on a narrow page, 总计's 94 206 138 set a
 * space apart put 138 where another row's 18 of the column before
 * stands; in gir-split's text of an A4 page without borders, 1169
 * 39393 of 其他 and 总计 a space apart made the page's one complete row,
 * and the rows read by it a column off).  NARROWEST, unless NULL, gets
 * the width of each column's narrowest value among those rows. */
static int
columns_from_rows(const table *t, const row *w, size_t page, int metric, span_x *col,
                  int *narrowest)
{
    int refs = 0;
    /* Text set a glyph a column measured on a display shifts each
     * line's values by the wide glyphs left of them: a row measures
     * another only when they shift alike. */
    int by_shift = metric == X_DISPLAY && set_on_glyph_grid(t);
    int shift = by_shift ? display_shift(t, w) : 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *ref = &t->rows[k];
        size_t li = 0;
        /* A row turned down only for a number stacked in a narrow
         * column still shows where the page's columns are. */
        if (ref == w || (ref->state != ROW_READ && !ref->repair_unsure) || ref->n != w->n
            || !values_line(t, ref, &li) || page_of(t, li) != page)
            continue;
        if (by_shift && display_shift(t, ref) != shift)
            continue;
        span_x s[MAXVALS];
        int spaced, stacked;
        if (value_spans(t, ref, metric, s, w->n, &spaced, &stacked) != w->n
            || (stacked && metric != X_CHARS) || (spaced && set_on_glyph_grid(t))
            || running_text(t, ref) || left_of_table(t, ref, li, page, metric))
            continue;
        for (int c = 0; c < w->n; c++) {
            if (narrowest && (!refs || s[c].hi - s[c].lo < narrowest[c]))
                narrowest[c] = s[c].hi - s[c].lo;
            if (!refs || s[c].lo < col[c].lo)
                col[c].lo = s[c].lo;
            if (!refs || s[c].hi > col[c].hi)
                col[c].hi = s[c].hi;
        }
        refs++;
    }
    for (int c = 0; refs && c + 1 < w->n; c++)
        if (col[c].hi > col[c + 1].lo)
            return 0;   /* complete rows disagree: no columns */
    return refs;
}


/* Is TEXT, whole, one of NAMES (a|b: a column's header cell names,
 * data/labels-NAME.tsv)? */
static int
is_header_cell(const char *text, const char *names)
{
    size_t n = strlen(text);
    for (const char *p = names; *p;) {
        size_t len = strcspn(p, "|");
        if (len == n && memcmp(p, text, n) == 0)
            return 1;
        p += len + (p[len] == '|');
    }
    return 0;
}


/* How many of the columns COL[0..NCOL), widened by SLACK, token TK
 * overlaps; *HIT is the last of them. */
static int
columns_hit(const gir_tok *tk, const span_x *col, int ncol, int slack, int metric, int *hit)
{
    int hits = 0;
    for (int c = 0; c < ncol; c++)
        if (tok_x0(tk, metric) < col[c].hi + slack && col[c].lo - slack < tok_x1(tk, metric))
            *hit = c, hits++;
    return hits;
}


/* Place the values VAL[0..N) of one row line (left to right) in the
 * columns COL[0..NCOL): a value goes to the one column it overlaps
 * (widened by SLACK); a value that overlaps none goes to the one column
 * left between the columns of its placed neighbours, as columns keep
 * their order (pdftotext sets a number a little off its header: the
 * last value of a row, right of 其他's, can only be 总计's).  AT gets
 * each column's value or NULL; 0 when a value overlaps two columns,
 * two values share one, or a gap holds more than one column. */
static int
place_all(const gir_tok *const *val, int n, const span_x *col, int ncol, int slack,
          int metric, const gir_tok **at)
{
    int where[64];
    if (n > 64)
        return 0;
    for (int c = 0; c < ncol; c++)
        at[c] = NULL;
    for (int i = 0; i < n; i++) {
        int hit = -1, hits = columns_hit(val[i], col, ncol, slack, metric, &hit);
        if (hits > 1)
            return 0;
        where[i] = hits ? hit : -1;
    }
    for (int i = 0; i < n; i++) {
        if (where[i] >= 0)
            continue;
        int lo = -1, hi = ncol;     /* columns of the placed neighbours */
        for (int j = i - 1; j >= 0 && lo < 0; j--)
            if (where[j] >= 0)
                lo = where[j];
        for (int j = i + 1; j < n && hi == ncol; j++)
            if (where[j] >= 0)
                hi = where[j];
        /* Unplaced values between the same neighbours share the gap. */
        int unplaced = 0;
        for (int j = 0; j < n; j++) {
            int jlo = -1, jhi = ncol;
            if (where[j] >= 0)
                continue;
            for (int k = j - 1; k >= 0 && jlo < 0; k--)
                if (where[k] >= 0)
                    jlo = where[k];
            for (int k = j + 1; k < n && jhi == ncol; k++)
                if (where[k] >= 0)
                    jhi = where[k];
            unplaced += jlo == lo && jhi == hi;
        }
        if (hi - lo - 1 != 1 || unplaced != 1)
            return 0;
        /* The value must stand on that column's side of its neighbours. */
        int c = lo + 1;
        if ((lo >= 0 && tok_x0(val[i], metric) < col[lo].hi)
            || (hi < ncol && tok_x1(val[i], metric) > col[hi].lo))
            return 0;
        where[i] = c;
    }
    for (int i = 0; i < n; i++) {
        if (i > 0 && where[i] <= where[i - 1])
            return 0;           /* out of order, or two in one column */
        at[where[i]] = val[i];
    }
    return 1;
}


/* As place_all; but a placeholder a character off every column
 * (pdftotext nudges a narrow "/" out of its cell) is blank in whichever
 * column it stands, so the numbers are placed without it.  It stands in
 * one, though: the values placed either side of it leave as many cells
 * between them as placeholders dropped there (5 / 0 with 5 under 自然人
 * cannot put the 0 under 商业企业). */
static int
place_values(const gir_tok *const *val, int n, const span_x *col, int ncol, int slack,
             int metric, const gir_tok **at)
{
    if (place_all(val, n, col, ncol, slack, metric, at))
        return 1;
    const gir_tok *kept[64];
    int nkept = 0, hit;
    if (n > 64)
        return 0;
    for (int i = 0; i < n; i++)
        if (val[i]->kind == GIR_TOK_NUM || columns_hit(val[i], col, ncol, slack, metric, &hit)
            || !columns_hit(val[i], col, ncol, slack + 1, metric, &hit))
            kept[nkept++] = val[i];
    if (nkept == n || !place_all(kept, nkept, col, ncol, slack, metric, at))
        return 0;
    int last = -1, dropped = 0;     /* column of the last kept value; placeholders since */
    for (int i = 0; i < n; i++) {
        int c = 0;
        while (c < ncol && at[c] != val[i])
            c++;
        if (c == ncol) {
            dropped++;
            continue;
        }
        if (last >= 0 && c - last - 1 < dropped)
            return 0;
        last = c, dropped = 0;
    }
    return 1;
}


/* The values of row W on PAGE, left to right, if they are all layout
 * tokens that have a column in METRIC; -1 if not. */
static int
row_values_on_page(const table *t, const row *w, size_t page, int metric, const gir_tok **val,
                   int max)
{
    const region *g = &t->g;
    int n = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (!is_value(tk) || page_of(t, tk->li) != page)
            continue;
        if (tk->mode != GIR_LINE_LAYOUT || (tk->stacked && metric != X_CHARS) || n == max)
            return -1;
        val[n++] = tk;
    }
    return n;
}


/* Can every value of the table's rows on PAGE be placed in COL? */
static int
columns_fit_page(const table *t, size_t page, int metric, const span_x *col, int ncol)
{
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        if (w->state == ROW_MISSING || w->state == ROW_DROPPED || w->n != ncol)
            continue;
        const gir_tok *val[MAXVALS + 1], *at[MAXVALS];
        int n = row_values_on_page(t, w, page, metric, val, MAXVALS + 1);
        if (n < 0 || (n > 0 && !place_values(val, n, col, ncol, 0, metric, at)))
            return 0;
    }
    return 1;
}


/* A header cell printed down its column, a few characters a line
 * (自/然/人, 科/研/机/构 on a narrow page, 科研机/构 on a wide one; the
 * run starts with four characters at most): label tokens on successive
 * lines (one line may be skipped, as pdftotext centres cells of
 * different heights) centred where the run's first one is, give or take
 * two characters (pdftotext nudges a character beside a line's text),
 * read top down.  Where two tokens could go on, both ways are tried.  A
 * run matches when it, or its start, spells one of the column's names
 * (总计, even if the run goes on into 其他's 他); a wrong way spells
 * nothing.  The columns of every matching run make the header's. */
typedef struct vrun {
    const region *g;
    size_t stop;
    const char *names;          /* the column's header cell names, a|b */
    int x;                      /* centre of the first piece, in half characters */
    int matched, *budget;       /* steps left for the whole header */
    span_x span;
} vrun;


static void
vertical_step(vrun *v, size_t cur, char *buf, size_t used, span_x run, int depth)
{
    const gir_tok *u = &v->g->toks.v[cur];
    size_t n = strlen(u->text);
    if ((*v->budget)-- <= 0 || depth > 8 || used + n >= 64)
        return;
    memcpy(buf + used, u->text, n + 1);
    used += n;
    run.lo = u->c0 < run.lo ? u->c0 : run.lo;
    run.hi = u->c1 > run.hi ? u->c1 : run.hi;
    if (is_header_cell(buf, v->names)) {
        if (!v->matched || run.lo < v->span.lo)
            v->span.lo = run.lo;
        if (!v->matched || run.hi > v->span.hi)
            v->span.hi = run.hi;
        v->matched = 1;
    }
    for (size_t j = cur + 1; j < v->stop && j - cur < 512; j++) {
        const gir_tok *w = &v->g->toks.v[j];
        if (w->li > u->li + 2)
            break;
        int cx = w->c0 + w->c1, d = cx > v->x ? cx - v->x : v->x - cx;
        if (w->li != u->li && w->mode == GIR_LINE_LAYOUT && w->kind == GIR_TOK_LABEL && d <= 4)
            vertical_step(v, j, buf, used, run, depth + 1);
    }
}


static int
vertical_run(const region *g, size_t i, size_t stop, const char *names, span_x *span,
             int *budget)
{
    const gir_tok *tk = &g->toks.v[i];
    vrun v = {g, stop, names, tk->c0 + tk->c1, 0, budget, {0, 0}};
    char buf[64];
    vertical_step(&v, i, buf, 0, (span_x) {tk->c0, tk->c1}, 0);
    if (v.matched)
        *span = v.span;
    return v.matched;
}


/* The columns where the table's headers stand on the page, above its
 * rows (t3's 自然人 … 总计: the header cell names of the row's columns,
 * data/labels-NAME.tsv): each header a token of its own, or printed down
 * its column.  Whether the page's values fit them is the caller's to ask
 * (columns_fit_page). */
static int
columns_from_header(const table *t, const row *w, size_t page, int metric, span_x *col)
{
    const region *g = &t->g;
    for (int c = 0; c < w->n; c++)
        if (!w->def->colcell[c])
            return 0;           /* a column with no header cell to find */
    size_t first = w->tok;
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].tok < first)
            first = t->rows[k].tok;
    size_t from = first;
    while (from > 0 && g->toks.v[first].li - g->toks.v[from - 1].li <= 15)
        from--;
    int budget = 20000;         /* steps of runs down columns, all told */
    for (int c = 0; c < w->n; c++) {
        int found = 0;
        /* Whole header cells first; runs down a column only without. */
        /* (A header of thousands of tokens is no t3 header: no runs.) */
        for (int pass = 0; pass < (first - from < 2000 ? 2 : 1) && !found; pass++)
            for (size_t i = from; i < first; i++) {
                const gir_tok *tk = &g->toks.v[i];
                if (tk->kind != GIR_TOK_LABEL)
                    continue;
                span_x span = {tok_x0(tk, metric), tok_x1(tk, metric)};
                int hit = 0;
                if (pass == 0) {
                    hit = is_header_cell(tk->text, w->def->colcell[c]);
                } else if (metric == X_CHARS && tk->c1 - tk->c0 <= 5) {
                    /* The top of a run down the column, a piece shorter
                     * than the longest name (法律服务机 over 构): no short
                     * label above that a run could come down from. */
                    int top = 1;
                    for (size_t j = i; j-- > from && i - j < 512 && g->toks.v[j].li + 2 >= tk->li;) {
                        const gir_tok *u = &g->toks.v[j];
                        int d = (u->c0 + u->c1) - (tk->c0 + tk->c1);
                        top &= !(u->li != tk->li && u->kind == GIR_TOK_LABEL
                                 && u->c1 - u->c0 <= 2 && d >= -2 && d <= 2);
                    }
                    hit = top && vertical_run(g, i, first, w->def->colcell[c], &span, &budget);
                }
                if (!hit)
                    continue;
                if (tk->mode != GIR_LINE_LAYOUT || page_of(t, tk->li) != page || found++)
                    return 0;       /* elsewhere, or twice: which one? */
                col[c] = span;
            }
        if (!found || (c > 0 && col[c - 1].hi > col[c].lo))
            return 0;
    }
    return 1;
}


/* The columns of a header between row W and the row found before it: a
 * table in parts, each under its own header (t2's 第二十条第（五）项 /
 * 信息内容 上一年项目数量 本年增/减 处理决定数量), places a row by the
 * header right above it; each column's header cell must be there once. */
static int
own_header_columns(const table *t, const row *w, size_t page, int metric, span_x *col)
{
    const region *g = &t->g;
    size_t from = 0;
    int prev = 0;
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].tok < w->tok && t->rows[k].tok >= from) {
            from = t->rows[k].tok + 1;
            prev = 1;
        }
    if (!prev)
        return 0;               /* the table's first row: its header is the table's */
    for (int c = 0; c < w->n; c++) {
        int found = 0;
        if (!w->def->colcell[c])
            return 0;
        for (size_t i = from; i < w->tok; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (tk->kind != GIR_TOK_LABEL || !is_header_cell(tk->text, w->def->colcell[c]))
                continue;
            if (tk->mode != GIR_LINE_LAYOUT || page_of(t, tk->li) != page || found++)
                return 0;
            col[c] = (span_x) {tok_x0(tk, metric), tok_x1(tk, metric)};
        }
        if (!found || (c > 0 && col[c - 1].hi > col[c].lo))
            return 0;
    }
    return 1;
}


/* columns_from_header where the page's values fit them, worked out once
 * per page and set of columns: every row of a page asks the same (the
 * rows found, whatever was read since). */
static int
header_columns(const table *t, const row *w, size_t page, int metric, span_x *col)
{
    column_cache *cc = t->cc;
    for (size_t i = 0; i < cc->npages; i++)
        if (cc->header[i].page == page && cc->header[i].metric == metric && cc->header[i].ncol == w->n
            && memcmp(cc->header[i].names, w->def->colcell,
                      (size_t) w->n * sizeof w->def->colcell[0]) == 0) {
            memcpy(col, cc->header[i].col, sizeof cc->header[i].col);
            return cc->header[i].found;
        }
    int found = columns_from_header(t, w, page, metric, col)
        && columns_fit_page(t, page, metric, col, w->n);
    if (cc->npages < COLUMN_CACHE_PAGES) {
        size_t i = cc->npages++;
        cc->header[i].page = page;
        cc->header[i].metric = metric;
        cc->header[i].names = w->def->colcell;
        cc->header[i].ncol = w->n;
        cc->header[i].found = found;
        memcpy(cc->header[i].col, col, sizeof cc->header[i].col);
    }
    return found;
}


/* How many of RULE's runs, from the left, hold the labels of the rows
 * found on PAGE, where a label shares its row's values line. */
static size_t
label_runs(const table *t, const gir_col_rule *rule, size_t page)
{
    const gir_toks *k = &t->g.toks;
    size_t used = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const row *w = &t->rows[r];
        size_t li = 0;
        if (w->state == ROW_MISSING || w->state == ROW_DROPPED || !values_line(t, w, &li)
            || page_of(t, li) != page)
            continue;
        for (size_t i = w->tok; i < w->end; i++) {
            const gir_tok *tk = &k->v[i];
            if (tk->li != li || tk->kind != GIR_TOK_LABEL)
                continue;
            for (size_t c = 0; c < rule->n; c++) {
                const gir_run *run = &k->runs[rule->first + c];
                if (tok_x0(tk, X_DISPLAY) < run->x1 && run->x0 < tok_x1(tk, X_DISPLAY) && c + 1 > used)
                    used = c + 1;
            }
        }
    }
    return used;
}


/* The columns of the nearest rule of dash runs above line LI on PAGE
 * (gir_col_rule), when its runs are the table's label columns and then
 * exactly N more: those are the cells'.  A rule with runs to spare (t2's
 * parts, one rule over parts of 3, 2 and 1 cells) says nothing of which
 * runs a shorter row uses. */
static int
rule_columns(const table *t, size_t li, size_t page, int n, span_x *col)
{
    const gir_toks *k = &t->g.toks;
    const gir_col_rule *rule = NULL;
    for (size_t i = 0; i < k->nrules && k->rules[i].li < li; i++)
        rule = &k->rules[i];
    if (!rule || page_of(t, rule->li) != page || n > MAXVALS
        || rule->n != label_runs(t, rule, page) + (size_t) n)
        return 0;
    const gir_run *run = k->runs + rule->first + rule->n - n;
    for (int c = 0; c < n; c++)
        col[c] = (span_x) {run[c].x0, run[c].x1};
    return 1;
}


/* The header columns of row W: its own part's, else the table's. */
static int
row_header_columns(const table *t, const row *w, size_t page, int metric, span_x *col)
{
    return own_header_columns(t, w, page, metric, col) || header_columns(t, w, page, metric, col);
}


/* Where line LI's text starts, in METRIC. */
static int
line_start(const table *t, size_t li, int metric)
{
    size_t lo, hi;
    return gir_toks_line(&t->g.toks, 0, li, &lo, &hi) ? tok_x0(&t->g.toks.v[lo], metric) : 0;
}


/* Does row W's label start above its values line LI, and does LI start
 * left of the lines where every other row found on PAGE starts?  Then
 * LI is not set in the table's columns: lynx prints a row whose cell
 * holds a line break as running text from the page's margin, left of
 * the table's edge, its values wherever the text puts them.  (A label
 * on its values line may start left of the rest: pdftotext sets the
 * last row at the page's margin, in its columns.) */
static int
left_of_table(const table *t, const row *w, size_t li, size_t page, int metric)
{
    if (t->g.toks.v[w->tok].li == li)
        return 0;               /* its label starts on the values line */
    int edge = -1;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *ref = &t->rows[k];
        size_t rli = t->g.toks.v[ref->tok].li;
        if (ref == w || ref->state == ROW_MISSING || ref->state == ROW_DROPPED
            || page_of(t, rli) != page)
            continue;
        int x = line_start(t, rli, metric);
        if (edge < 0 || x < edge)
            edge = x;
    }
    return edge >= 0 && line_start(t, li, metric) < edge;
}


/* Does row W's label token run on past its label into a placeholder
 * (7.属于行政执法案卷无, 无 the first cell's), with a value a space or
 * none after it?  The label's text was too wide for its column, so a
 * cell is in the label; and text set from a page's glyphs pads a word
 * to its column only after a wider gap (pdftotext, and gir-split's own
 * PDF lines): a value that near the text before it stands where that
 * text pushed it (48 of 商业企业 under 自然人), not in its column. */
static int
label_runs_into_cells(const table *t, const row *w)
{
    const char *own = w->def->own_norm;
    if (!own || w->tok + 1 >= t->g.toks.n)
        return 0;
    const gir_tok *lab = &t->g.toks.v[w->tok], *next = lab + 1;
    if (next->li != lab->li || !is_value(next) || next->c0 - lab->c1 > 1)
        return 0;
    /* The label's text, normalised (— reads -), ends in its own label and
     * then a placeholder as number.c knows them (4 bytes at the most). */
    const char *s = lab->text;
    size_t n = strlen(s), m = strlen(own);
    char value[8];
    for (size_t rest = 1; rest <= 4 && m + rest <= n; rest++)
        if (memcmp(s + n - rest - m, own, m) == 0
            && gir_parse_norm_value(s + n - rest, rest, value, sizeof value) == GIR_VALUE_BLANK)
            return 1;
    return 0;
}


/* Is TK a label whose text ends in digits glued to other text (信30,888,
 * 8.属于行政查询事项12; not a piece of a number, 4,8)? */
static int
glued_number_end(const gir_tok *tk)
{
    return tk->kind == GIR_TOK_LABEL && gir_ends_in_glued_digits(tk->text);
}


/* Where token TK's glyphs end on the page, in METRIC: a word of
 * full-width digits (６３５０) is two columns a glyph wide on the page,
 * while text set a glyph a column (gir-split's lines of a PDF,
 * pdftotext's) counts one for each. */
static int
tok_reach(const gir_tok *tk, int metric)
{
    int wide = tok_x1(tk, X_DISPLAY) - tok_x0(tk, X_DISPLAY);
    int own = tok_x1(tk, metric) - tok_x0(tk, metric);
    return tok_x0(tk, metric) + (wide > own ? wide : own);
}


/* Row W's cells as placed: AT[c] or blank. */
static int
propose_placed(const table *t, const row *w, const gir_tok *const *at, const span_x *col,
               int metric, int runs, proposal *p)
{
    for (int c = 0; c < w->n; c++) {
        if (at[c]) {
            propose_value(p, c, at[c]);
            continue;
        }
        p->value[c] = "";           /* no value in its column: blank */
        p->tok[c] = NULL;
        p->line[c] = t->g.toks.v[w->tok].line;
        /* In text set from a page's glyphs (pdftotext's, or a PDF's
         * table without rules as gir-split writes it), a number of
         * several digits beside it that reaches to within a character of
         * its column may hold this cell's too (the 4 and 4, or 8 and 8,
         * of two narrow cells set as one word 44, 88): a choice for the
         * row's sums to confirm.  Not where a rule's runs hold each value
         * apart (RUNS).  A terminal's table pads its cells, so this
         * hardly ever asks there (lynx: 2 cells of 59,840 in soak seed
         * 2612). */
        for (int d = c - 1; d <= c + 1 && !runs; d += 2) {
            const gir_tok *n = d >= 0 && d < w->n ? at[d] : NULL;
            if (n && n->kind == GIR_TOK_NUM && strlen(n->value) >= 2 && gir_is_digit_run(n->value)
                && (d < c ? tok_reach(n, metric) + 1 >= col[c].lo : tok_x0(n, metric) <= col[c].hi + 1))
                p->inferred = 1;
        }
    }
    return 1;
}


/* Does every placed value AT[c] lie inside its column COL[c]? */
static int
inside_runs(const gir_tok *const *at, const span_x *col, int n)
{
    for (int c = 0; c < n; c++)
        if (at[c] && (tok_x0(at[c], X_DISPLAY) < col[c].lo || tok_x1(at[c], X_DISPLAY) > col[c].hi))
            return 0;
    return 1;
}


/* Is there a piece of a number that a narrow cell cut after its comma
 * (４，８ of ４，８３８, which is no number: a label token) within two
 * lines of value V, over its columns?  V may then be the number's rest
 * (３８ under it, the row's label wrapped around the line between): a
 * choice for the row's sums to confirm. */
static int
piece_beside(const region *g, const gir_tok *v, int metric)
{
    size_t i = (size_t) (v - g->toks.v);
    while (i > 0 && g->toks.v[i - 1].li + 2 >= v->li)
        i--;
    for (; i < g->toks.n && g->toks.v[i].li <= v->li + 2; i++) {
        const gir_tok *u = &g->toks.v[i];
        if (u->li == v->li || !cut_number_piece(u) || !toks_overlap(u, v, metric))
            continue;
        return 1;
    }
    return 0;
}

/* pdftotext -layout sets each line of a page on a grid of its own, a
 * column or more off the others' (a proportional font, a label's wide
 * glyphs before the values), so a number beside a cell with nothing
 * printed in it may be that cell's where it reaches out of its own
 * column COL[c] towards it (新收's 35 across the gap between 社会公益组织's
 * header and 法律服务机构's, the answer the first), or where the other
 * cell's numbers stand on other lines (verify.c settle_movable, which
 * leaves the choice to the identities).  COL NULL: placed by no columns
 * (read_by_pattern). */
static void
mark_movable(const table *t, const row *w, const span_x *col, int metric, proposal *p)
{
    if (!set_from_glyphs(t))
        return;
    for (int c = 0; c < w->n; c++) {
        const gir_tok *tk = p->tok[c];
        if (!tk)
            continue;
        /* A value wholly right of its column may have set the next one
         * right of its own (verify.c set_by_before). */
        if (col && tok_x0(tk, metric) >= col[c].hi)
            p->past_right |= 1u << c;
        if (!*p->value[c])
            continue;
        if (c > 0 && !p->tok[c - 1])
            p->move_left |= 1u << c;
        if (c + 1 < w->n && !p->tok[c + 1])
            p->move_right |= 1u << c;
        if (col && tok_x0(tk, metric) < col[c].lo)
            p->off_left |= 1u << c;
        if (col && tok_x1(tk, metric) > col[c].hi)
            p->off_right |= 1u << c;
    }
}


/* Does each of a row's values VAL[0..N) stand under a value of the line
 * just above that no row has read?  A narrow cell wraps a number after
 * its first digits (59645 as 596 over 45), and a row label found by a
 * fragment on its second line (逾期不补正 after a first line 1.申请人无正
 * the pattern missed) has its line's values the rests of the numbers
 * above. */
static int
under_unread_values(const table *t, const gir_tok *const *val, int n, int metric)
{
    size_t li = val[0]->li, lo, hi;
    if (li == 0 || !gir_toks_line(&t->g.toks, 0, li - 1, &lo, &hi))
        return 0;
    for (int j = 0; j < n; j++) {
        const gir_tok *over = NULL;
        for (size_t i = lo; i < hi && !over; i++) {
            const gir_tok *u = &t->g.toks.v[i];
            if (is_value(u) && toks_overlap(u, val[j], metric))
                over = u;
        }
        if (!over || read_by_a_row(t, over))
            return 0;
    }
    return 1;
}


/* Does a complete row of the page that set its values a space apart in
 * glyph-grid text (no witness of columns: columns_from_rows) place the
 * values VAL[0..N) elsewhere than AT, each value standing where one of
 * its own stands?  pdftotext sets the lines under a header on grids of
 * their own, the first rows (labels of 14 glyphs) on one and those below
 * on another: 上年结转's 58 0 0 0 0 58 stands value for value where 新收's
 * 311 — 0 204 154 无 669 stands, the columns of the rows below put its
 * third 0 under 科研, 新收's under 社会公益组织.  Which grid is the row's
 * is not certain. */
static int
spaced_row_disagrees(const table *t, const row *w, size_t page, int metric,
                     const gir_tok *const *val, int n, const gir_tok *const *at)
{
    if (!set_on_glyph_grid(t))
        return 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *ref = &t->rows[k];
        size_t li = 0;
        if (ref == w || ref->state != ROW_READ || ref->n != w->n || !values_line(t, ref, &li)
            || page_of(t, li) != page)
            continue;
        span_x s[MAXVALS];
        int spaced, stacked;
        if (value_spans(t, ref, metric, s, w->n, &spaced, &stacked) != w->n || !spaced)
            continue;
        /* each value starting where one of REF's starts, in order */
        int c = 0, differs = 0, i;
        for (i = 0; i < n; i++) {
            while (c < w->n && s[c].lo != tok_x0(val[i], metric))
                c++;
            if (c == w->n)
                break;
            differs |= at[c] != val[i];
            c++;
        }
        if (i == n && differs)
            return 1;
    }
    return 0;
}


int
read_by_columns(const table *t, const row *w, proposal *p)
{
    size_t li = 0;
    if (set_without_layout(t) || !values_line(t, w, &li))
        return 0;               /* no columns to place by: set_without_layout */
    if (!t->cc->metric_known) {
        t->cc->metric = table_metric(t);
        t->cc->metric_known = 1;
    }
    int metric = t->cc->metric;
    size_t page = page_of(t, li);
    if (left_of_table(t, w, li, page, metric) || label_runs_into_cells(t, w))
        return 0;
    /* The complete rows set in the table's columns say where they are;
     * else the header of the row's own part, else the table's. */
    span_x col[MAXVALS];
    int narrowest[MAXVALS];
    int slack;
    if (rule_columns(t, li, page, w->n, col)) {
        /* A rule's runs are its writer's column widths: every value lies
         * inside its own run, measured on a display (the writer pads by
         * display columns). */
        const gir_tok *val[MAXVALS + 1], *at[MAXVALS];
        int n = row_values_on_page(t, w, page, X_DISPLAY, val, MAXVALS + 1);
        if (n <= 0 || !place_all(val, n, col, w->n, 0, X_DISPLAY, at) || !inside_runs(at, col, w->n))
            return 0;
        return propose_placed(t, w, at, col, X_DISPLAY, 1, p);
    }
    /* A row whose values follow its label a space apart, as running text
     * (lynx 2019 t2: 行政事业性收费 0 under 上一年项目数量 本年增/减, the
     * blank first cell dropped), stands where its label ends; with no
     * complete row to show the page in columns, only a header, nothing
     * says its values are in theirs. */
    if (columns_from_rows(t, w, page, metric, col, narrowest))
        slack = 1;      /* numbers of other widths stand a column aside */
    else if (!running_text(t, w) && row_header_columns(t, w, page, metric, col))
        slack = 0;
    else
        return 0;
    const gir_tok *val[MAXVALS + 1], *at[MAXVALS];
    int n = row_values_on_page(t, w, page, metric, val, MAXVALS + 1);
    if (n <= 0 || !place_values(val, n, col, w->n, slack, metric, at)
        || spaced_row_disagrees(t, w, page, metric, val, n, at))
        return 0;
    /* Headers are measured in the table's metric, which a table with few
     * values does not settle (pdftotext sets every glyph in one column of
     * its grid; a header of CJK words then stands elsewhere on the page
     * than on a display): the header's placement must be the same
     * measured either way, where both find the header.  So must the
     * complete rows' where they give columns either way: a page whose
     * lines start with labels of different widths (pdftotext of a
     * narrow page, a label piece or two a line) sets the rows off one
     * another in one measure and not the other, and the table's metric,
     * taken over all its values, may be the wrong one for the page. */
    int other = metric == X_CHARS ? X_DISPLAY : X_CHARS;
    span_x ocol[MAXVALS];
    const gir_tok *oval[MAXVALS + 1], *oat[MAXVALS];
    /* In text set on a grid of the page's glyphs a glyph is a column of
     * the grid, so a header's cells stand where its characters put them,
     * even where the page's values do not all fit them so (a label of
     * wide glyphs sets 行政规范性文件's 6 left of them all): a row placed
     * by the header measured on a display must be placed alike in
     * characters wherever they place it (规章's 2 and 51 under the first
     * two of 本年制发件数 本年废止件数 现行有效件数 on a display, the last
     * two in characters, the answer).  A row no identity checks (t2's)
     * is read only where the header places it alike both ways: a header
     * found one way alone (a run down each column in characters, 本年 /
     * 制发 / 件数) or placing it one way alone may put it a column off
     * (规章's second 0 under 现行有效件数 in characters and 本年废止件数 on
     * a display, the answer), and nothing would tell. */
    int unchecked = !w->def->nown && set_on_glyph_grid(t);
    int other_header = 0, other_found;
    if (slack)
        other_found = columns_from_rows(t, w, page, other, ocol, NULL);
    else if (row_header_columns(t, w, page, other, ocol))
        other_found = 1;
    else
        other_found = other_header = (metric == X_DISPLAY || unchecked) && set_on_glyph_grid(t)
            && columns_from_header(t, w, page, other, ocol);
    if (slack == 0 && unchecked && !other_found)
        return 0;
    if (other_found) {
        int on = row_values_on_page(t, w, page, other, oval, MAXVALS + 1);
        int placed = on == n && place_values(oval, on, ocol, w->n, slack, other, oat);
        /* A header must place them the other way too; complete rows
         * (or a header the page does not fit) that place them only need
         * not place them elsewhere. */
        if (placed ? memcmp(oat, at, (size_t) w->n * sizeof at[0]) != 0
            : slack == 0 && (!other_header || unchecked))
            return 0;
    }
    /* The slack is for a number a column off its column, not for a row
     * set off them all: pdftotext shifts a row a few columns right (the
     * 2019 other row 0 3 1 22 0 26 under 307 37 218 384 0 0 946), and a
     * row whose values mostly lie in no column, only beside one, fits
     * the columns one over as well as its own. */
    int exact = 0, placed = 0, inner_gap = 0, gap_before = 0;
    for (int c = 0; c < w->n; c++) {
        int hit;
        if (!at[c])
            continue;
        /* inner_gap: a value in no column, with values placed on both
         * sides of it (place_all put it in the gap between them) */
        inner_gap |= gap_before;
        int in = columns_hit(at[c], col + c, 1, 0, metric, &hit);
        gap_before = placed > 0 && !in;
        placed++;
        exact += in;
    }
    /* A header that pdftotext set from the page's glyphs stands where
     * its words' order pushed them, as the row's values do theirs: a
     * value in no header's column, between two values that are, may
     * be in any column near it (a row 2149 1164 0 3313 whose first two
     * are 自然人's and 商业企业's, set under 社会公益组织 and in the gap
     * before 法律服务机构).  So may the row's first value left of the
     * column it was put in: pdftotext pushes a word right of where it
     * stands, never left, so the row's line is on a grid of its own (5
     * of 行政规范性文件 left of 本年制发件数's column, its 9 under
     * 本年废止件数, the answer 现行有效件数's). */
    int lead_left = 0;
    for (int c = 0; c < w->n; c++)
        if (at[c]) {
            lead_left = tok_x1(at[c], metric) <= col[c].lo;
            break;
        }
    if (2 * exact < placed || (slack == 0 && set_from_glyphs(t) && (inner_gap || lead_left)))
        return 0;
    /* A cell with text in its place is not blank: a number glued to a
     * placeholder the tokeniser leaves as text (１，３８８- in 自然人)
     * says nothing certain of the cell. */
    size_t lo, hi;
    gir_toks_line(&t->g.toks, 0, li, &lo, &hi);
    for (int c = 0; c < w->n; c++) {
        int hit;
        for (size_t i = lo; !at[c] && i < hi; i++)
            if (t->g.toks.v[i].kind == GIR_TOK_LABEL && i != w->tok && !t->g.piece[i]
                && tok_x0(&t->g.toks.v[i], metric) >= col[0].lo
                && columns_hit(&t->g.toks.v[i], col + c, 1, 0, metric, &hit))
                return 0;
    }
    /* A label on the line ending in a number glued to its text (信30,888,
     * kept as text) ran on into the first cell, whose value stands inside
     * it, left of its column: that cell is neither blank nor the value
     * placed there (3.补正后…明确62,746 0 0 0 0 0 62,746, its first 0 set
     * where 自然人's values stand). */
    for (size_t i = lo; i < hi; i++)
        if (glued_number_end(&t->g.toks.v[i]) && !t->g.piece[i])
            return 0;
    int r = propose_placed(t, w, at, col, metric, 0, p);
    /* Fewer values than cells under unread ones may be their rests: a
     * choice for the row's sums to confirm. */
    if (n < w->n && under_unread_values(t, val, n, metric))
        p->inferred = p->under_unread = 1;
    for (int c = 0; c < w->n; c++) {
        if (at[c] && piece_beside(&t->g, at[c], metric))
            p->inferred = 1;
        /* A run of digits placed by the slack alone, beside a column left
         * blank, may hold that cell's digits too (3 and 9 of 其他 and
         * 总计 set as one word 39 off both their columns): a choice. */
        int hit;
        if (at[c] && at[c]->run && !columns_hit(at[c], col + c, 1, 0, metric, &hit)
            && ((c > 0 && !at[c - 1]) || (c + 1 < w->n && !at[c + 1])))
            p->inferred = 1;
        /* The slack is for numbers wider than those that set a column; a
         * value no wider, outside it, says the row stands off the
         * columns (pdftotext -layout sets a line of a proportional font
         * on a grid of its own: 上年结转's 3 0 / 0 3 under 自然人 … 其他,
         * its total's 3 a column left), so which of its cells are blank
         * is a choice. */
        if (slack && at[c] && !columns_hit(at[c], col + c, 1, 0, metric, &hit)
            && tok_x1(at[c], metric) - tok_x0(at[c], metric) <= narrowest[c])
            p->inferred = 1;
    }
    mark_movable(t, w, col, metric, p);
    return r;
}


/* The value tokens of row W when they all stand on one layout line:
 * their number, and in SHAPE a bit per token, set for a number (so "6 0
 * / 6" is 1011 read from the right); -1 if not. */
static int
row_shape(const table *t, const row *w, const gir_tok **val, unsigned long *shape)
{
    size_t li = 0;
    int n = 0;
    *shape = 0;
    if (!values_line(t, w, &li))
        return -1;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &t->g.toks.v[i];
        if (!is_value(tk))
            continue;
        if (n == MAXVALS || tk->mode != GIR_LINE_LAYOUT)
            return -1;
        if (tk->kind == GIR_TOK_NUM)
            *shape |= 1UL << n;
        val[n++] = tk;
    }
    return n;
}


/* pdftotext sets each page on a grid of its own, and a narrow page
 * sometimes each row: a page that continues a table without its header,
 * or a row set apart from its neighbours, has values that no column
 * takes.  When every row the columns placed has the same shape (numbers
 * and placeholders in the same order) and its numbers in the same
 * columns (a report that leaves some applicant columns empty, or puts
 * "/" there, all down the table), a row of that shape is that pattern
 * too, its numbers in those columns in order.  A report that leaves
 * zeros blank fills different columns in different rows, so it has no
 * pattern; and as its rows sum, a row with as many numbers as new and
 * carried-over requests has no other columns to have them in. */
static int
table_pattern(const table *t, unsigned long *shape, unsigned long *filled, int *width, int *nval)
{
    int refs = 0;
    const gir_tok *val[MAXVALS];
    *shape = *filled = 0;
    *width = *nval = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        if (w->state != ROW_READ)
            continue;
        unsigned long s, f = 0;
        int n = row_shape(t, w, val, &s);
        for (size_t c = 0; c < (size_t) w->n && c < MAXVALS; c++)
            f |= (unsigned long) (*w->value[c] != '\0') << c;
        if (!w->by_columns || n < 0
            || (refs && (s != *shape || n != *nval || f != *filled || w->n != *width)))
            return 0;           /* not read by columns, or another pattern */
        *shape = s, *nval = n, *filled = f, *width = w->n;
        refs++;
    }
    int nfilled = 0, nnum = 0;
    for (int c = 0; c < *width; c++)
        nfilled += *filled >> c & 1;
    for (int j = 0; j < *nval; j++)
        nnum += *shape >> j & 1;
    if (refs < 2 || *nval == *width || nnum != nfilled)
        return 0;
    /* A row of the table with more values on its line than the pattern
     * has fills the columns the pattern leaves empty: the table does not
     * leave them empty all down, whatever the rows placed show. */
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        unsigned long rs;
        if (w->state != ROW_MISSING && w->n == *width && row_shape(t, w, val, &rs) > *nval)
            return 0;
    }
    return 1;
}


int
read_by_pattern(const table *t, const row *w, proposal *p)
{
    unsigned long shape, filled, s;
    int width, nval;
    const gir_tok *val[MAXVALS];
    if (!table_pattern(t, &shape, &filled, &width, &nval) || w->n != width
        || row_shape(t, w, val, &s) != nval || s != shape)
        return 0;
    int c = -1;
    for (int j = 0; j < width; j++) {
        p->value[j] = "";
        p->line[j] = t->g.toks.v[w->tok].line;
    }
    for (int j = 0; j < nval; j++)
        if (val[j]->kind == GIR_TOK_NUM) {
            while (!(filled >> ++c & 1))
                ;
            propose_value(p, c, val[j]);
        }
    mark_movable(t, w, NULL, 0, p);
    return 1;
}

