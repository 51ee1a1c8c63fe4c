/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_lines.c - reading a row printed one cell a line. */
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

/* One cell per line: the lines after the label, each one value or one
 * empty field, are the row's cells in order (trailing empty lines are
 * merged-cell artefacts).  Not in text pdftotext set from a page's
 * glyphs (the registry's cell_a_line, reader_applies). */
int
read_by_lines(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    size_t anchor_li = g->toks.v[w->tok].li;
    const gir_tok *cell[64];
    int n = 0, apart = 0;
    size_t i = w->tok + 1;
    while (i < w->end && g->toks.v[i].li == anchor_li)
        if (g->toks.v[i++].kind != GIR_TOK_EMPTY)
            return 0;           /* values beside the label: not this layout */
    while (i < w->end && n < 64) {
        size_t li = g->toks.v[i].li;
        const gir_tok *v = NULL;
        int values = 0, labels = 0;
        for (; i < w->end && g->toks.v[i].li == li; i++) {
            const gir_tok *tk = &g->toks.v[i];
            values += is_value(tk);
            labels += tk->kind == GIR_TOK_LABEL;
            if (is_value(tk) || (!v && tk->kind == GIR_TOK_EMPTY))
                v = tk;
        }
        if (labels || values > 1)
            break;
        apart |= n > 0 && li != cell[n - 1]->li + 1;
        cell[n++] = v;
    }
    while (n > 0 && cell[n - 1]->kind == GIR_TOK_EMPTY)
        n--;
    for (size_t j = i; j < w->end; j++)
        if (is_value(&g->toks.v[j]))
            return 0;           /* values left over */
    if (n != w->n)
        return 0;
    for (int k = 0; k < n; k++) {
        propose_value(p, k, cell[k]);
    }
    /* Cells set apart by empty lines are text blocks in the order the
     * file stores them (a real report's text reads so), not always the
     * page's: where the row has its own sum (t3, t4), that sum has to
     * hold (0 8 0 0 8 0 0 for 0 0 0 8 0 0 8, rotated, does not); t2's
     * rows have none to ask.  (pdftotext's text, where this order is
     * the page's drawing order, is not read a cell a line at all.) */
    p->inferred = apart && w->def->nown;
    return 1;
}


static int
is_empty_line(const gir_line *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (!strchr(" \t\r\f\v", l->text[i]))
            return 0;
    return 1;
}


/* One cell per line, a blank cell an empty line (LibreOffice's text
 * export of a .docx).  Empty lines also separate cells in other layouts
 * (seed 004) or rows, and a row's merged label cells print as empty
 * lines too, so they are read as cells only when the row itself shows
 * it: two of its values on adjacent lines (its cells are not separated
 * by empty lines), and exactly as many lines as cells from its first
 * value to its last (the first and last cells are printed, so no empty
 * line at either edge has to be placed), or else as below. */
static int
lines_with_empties(const table *t, const row *w, int need_adjacent, proposal *p)
{
    const region *g = &t->g;
    const gir_report *r = t->r;
    size_t li = g->toks.v[w->tok].li;
    size_t i = w->tok + 1;
    while (i < w->end && g->toks.v[i].li == li)
        if (g->toks.v[i++].kind != GIR_TOK_LABEL)
            return 0;           /* values beside the label: not this layout */
    enum { MAX_LINES = 64 };
    const gir_tok *cell[MAX_LINES];
    long cell_line[MAX_LINES];
    int m = 0;
    /* The label's own lines: a label cell's second paragraph
     * (二、上年结转政府信息公开 over 申请数量), where the label reads on
     * across the break.  Where the label ends is then a choice, so the
     * row's sums must confirm a reading after such lines. */
    const char *before = g->toks.v[i - 1].text;
    int wrapped = 0;
    /* In a table whose header stands between a row's label and its
     * values (t4: 行政复议 / 行政诉讼 / 结果维持 / … / 总计), the lines up
     * to the first value are the header's (its empty cells empty lines
     * too), but for the empty lines right before the first value: blank
     * first cells, or the header's (see below). */
    int header = t->def->header.code != NULL;
    if (header) {
        for (; i < w->end && !is_value(&g->toks.v[i]); i++)
            if (g->toks.v[i].kind != GIR_TOK_LABEL)
                return 0;
        if (i == w->end)
            return 0;
        li = g->toks.v[i].li;
        while (li > 0 && g->toks.v[i - 1].li < li - 1 && is_empty_line(&r->lines[li - 1]))
            li--;
    } else {
        for (li++; i < w->end && g->toks.v[i].li == li && g->toks.v[i].kind == GIR_TOK_LABEL; li++) {
            if (!reads_on(before, g->toks.v[i].text, w->def->label_norm))
                return 0;
            while (i < w->end && g->toks.v[i].li == li) {
                if (g->toks.v[i].kind != GIR_TOK_LABEL)
                    return 0;
                before = g->toks.v[i++].text;
            }
            wrapped = 1;
        }
    }
    for (; li < r->nlines && m < MAX_LINES && i < w->end; li++) {
        if (g->toks.v[i].li != li) {
            if (!is_empty_line(&r->lines[li]))
                return 0;       /* text with no cell on it (a rule, a page number) */
            cell[m] = NULL;
            cell_line[m++] = r->lines[li].line;
            continue;
        }
        if (!is_value(&g->toks.v[i]) || (i + 1 < g->toks.n && g->toks.v[i + 1].li == li))
            break;              /* a label or several tokens: the row's cells ended */
        cell[m] = &g->toks.v[i];
        cell_line[m++] = g->toks.v[i].line;
        i++;
    }
    for (size_t j = i; j < w->end; j++)
        if (is_value(&g->toks.v[j]))
            return 0;           /* values left over */
    /* Adjacent: two values on adjacent lines, or the first value on the
     * line right after the row's label (cell[0]; under a header, the
     * line after the header's is no such evidence). */
    int first = -1, last = header ? -2 : -1, adjacent = 0;
    for (int k = 0; k < m; k++)
        if (cell[k]) {
            if (first < 0)
                first = k;
            adjacent |= last == k - 1;
            last = k;
        }
    if (first < 0 || (need_adjacent && !adjacent))
        return 0;
    if (last - first + 1 != w->n && header) {
        /* Blank first cells: where the row ends at its last value (no
         * empty line after it, so its last cell is printed), its cells
         * are the lines counted back from there, the empty lines before
         * the first value being blank cells as many as needed.  A
         * reading of where empty lines belong: the sums must confirm. */
        size_t after = cell[last]->li + 1;
        if (m < w->n || last != m - 1 || (after < r->nlines && is_empty_line(&r->lines[after])))
            return 0;
        first = m - w->n;
        p->inferred = 1;
    } else if (last - first + 1 != w->n) {
        /* A blank first or last cell: the lines right after the label are
         * the row's cells (merged label cells of the rows below print
         * before their rows' labels, so after the cells).  That is a
         * reading of where empty lines belong, so the row's own sums
         * must confirm it (table/verify.c): a row with none (t2) is left. */
        if (last >= w->n || m < w->n)
            return 0;
        first = 0;
        p->inferred = 1;
    }
    p->inferred |= wrapped;
    for (int k = 0; k < w->n; k++) {
        const gir_tok *tk = cell[first + k];
        p->value[k] = tk && tk->kind == GIR_TOK_NUM ? tk->value : "";
        p->tok[k] = tk;
        p->line[k] = cell_line[first + k];
    }
    for (int k = first + 1; k < last; k++)
        p->empty_line_cells |= !cell[k];
    return 1;
}

int
read_by_lines_with_empties(const table *t, const row *w, proposal *p)
{
    return lines_with_empties(t, w, 1, p);
}


/* A row whose values stand on no two adjacent lines (1 / / 6 / / 7)
 * does not show the layout itself, but the table does, where a row
 * read one cell a line used an empty line between two values as a blank
 * cell.  A reading of the row's own layout that the table lends: the
 * row's sums must confirm it. */
int
read_by_lines_like_table(const table *t, const row *w, proposal *p)
{
    int shown = 0;
    for (size_t k = 0; k < t->nrows && !shown; k++) {
        const row *o = &t->rows[k];
        shown = o != w && o->state == ROW_READ && o->empty_line_cells;
    }
    if (!shown || !lines_with_empties(t, w, 0, p))
        return 0;
    p->inferred = 1;
    return 1;
}
