/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_count.c - reading a row by the count of its values: as many
 * values as cells (read_by_count), or fewer, run together where a page
 * lost its cell borders (glued_runs, for the glued solver). */
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

/* A narrow PDF column prints a number's digits one under the other (１
 * above the row's line, ２ below it: 12).  Lone values on nearby lines at
 * the same column are such digits; counting them as cells would be a
 * guess. */
static int
stacked_digits(const region *g, const row *w)
{
    /* Only beside a row printed on one line (one cell per line is not it). */
    int multi = 0;
    for (size_t i = w->tok + 1; i < w->end && !multi; i++)
        multi = is_value(&g->toks.v[i]) && !lone_value(g, i);
    for (size_t i = w->tok + 1; i < w->end && multi; i++) {
        const gir_tok *v = &g->toks.v[i];
        if (!is_value(v) || v->mode != GIR_LINE_LAYOUT || !lone_value(g, i))
            continue;
        /* the values of the two lines either side (tokens are in line order) */
        size_t j = i;
        while (j > 0 && g->toks.v[j - 1].li + 2 >= v->li)
            j--;
        for (; j < g->toks.n && g->toks.v[j].li <= v->li + 2; j++) {
            const gir_tok *u = &g->toks.v[j];
            if (j == i || !is_value(u) || u->li == v->li)
                continue;
            if (u->x0 < v->x1 && v->x0 < u->x1 && lone_value(g, j))
                return 1;
        }
    }
    return 0;
}


/* The value tokens of row W (at most GIR_GLUED_MAXPIECES in IDX), and
 * how many there are. */
static int
row_values(const region *g, const row *w, size_t *idx)
{
    int n = 0;
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (is_value(&g->toks.v[i])) {
            if (n < GIR_GLUED_MAXPIECES)
                idx[n] = i;
            n++;
        }
    return n;
}


/* Values over several lines are the row's only in a run: a label line
 * among them right after a line of values only (（七）合计 of a total row
 * not found, in a cell a line) starts another row, whose values these
 * are too, and whose own sum holds.  A label line after label text is
 * the row's label wrapped (pdftotext: 求缴纳费用…不再处 25 /
 * 理其政府信息公开申请). */
static int
label_among(const region *g, const size_t *idx, int n)
{
    for (size_t i = idx[0] + 1; n <= GIR_GLUED_MAXPIECES && i < idx[n - 1]; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->kind != GIR_TOK_LABEL || g->piece[i] || g->toks.v[i - 1].li == tk->li)
            continue;
        int values_only = 1;
        for (size_t j = i; j-- > 0 && g->toks.v[j].li == g->toks.v[i - 1].li;)
            values_only &= is_value(&g->toks.v[j]);
        if (values_only)
            return 1;
    }
    return 0;
}


/* Can the row's values over several space-aligned lines be one row
 * wrapped, for its sum to confirm?  Values on different lines in the
 * same display columns are one column's: a number wrapped in its cell
 * (6,5 / 37 under and over the row's line, in 自然人 and 总计) or another
 * row's, never two cells of one row, even where they happen to add up.
 * A line that starts with a value at the label's left edge or before is
 * the row reflowed, not a column (lynx's 700, a PDF's row of 15 zeros and
 * a 0 under it); a line that starts with label text is the label wrapped,
 * its values still in the columns (公开出版物 38 … 91 under 0 … 46,
 * pieces of 5038 and 5091).  And a row wrapped once (lynx: … 683 / 700)
 * has its values on two lines; values spread down three lines or more
 * are pieces of numbers wrapped in narrow cells (pdftotext: 47 / 6 of 476
 * over the row's line and 6 0 0 0 0 0 6 down it), whose last digits add
 * up as often as not (476 + 90 = 566: 6 + 0 = 6).  Values each alone on
 * its line are cells set apart (see read_by_lines), not this. */
static int
may_be_wrapped_row(const region *g, const row *w, const size_t *idx, int n, int glyph_grid)
{
    for (int b = 1; b < n && b < GIR_GLUED_MAXPIECES; b++) {
        const gir_tok *v = &g->toks.v[idx[b]];
        size_t first = idx[b];
        while (first > 0 && g->toks.v[first - 1].li == v->li)
            first--;
        if (v->mode != GIR_LINE_LAYOUT
            || (is_value(&g->toks.v[first]) && g->toks.v[first].x0 <= g->toks.v[w->tok].x0))
            continue;
        /* pdftotext sets a cell's pieces a column apart (50 under 0);
         * text set a glyph a column is measured in characters too, as a
         * display shifts a line by the ideographs of its label (27 of
         * 27873 under the 0 of 3.其他 … 0 1) */
        for (int a = 0; a < b; a++) {
            const gir_tok *u = &g->toks.v[idx[a]];
            if (u->li != v->li && u->mode == GIR_LINE_LAYOUT
                && ((u->x0 <= v->x1 && v->x0 <= u->x1)
                    || (glyph_grid && u->c0 <= v->c1 && v->c0 <= u->c1)))
                return 0;
        }
    }
    int lines = 1, all_lone = 1;
    for (int k = 0; k < n && k < GIR_GLUED_MAXPIECES; k++) {
        lines += k > 0 && g->toks.v[idx[k]].li != g->toks.v[idx[k - 1]].li;
        all_lone &= lone_value(g, idx[k]);
    }
    return lines <= 2 || all_lone;
}


/* Exactly as many values as cells: the row's cells in order. */
int
read_by_count(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    size_t idx[GIR_GLUED_MAXPIECES];
    int n = row_values(g, w, idx);
    if (n != w->n || stacked_digits(g, w))
        return 0;
    /* As many values as cells is the row when they stand on one line, or
     * each alone on its line (a cell a line), or in delimited fields (a
     * row an asciidoc writes over two lines); space-aligned values over
     * several lines, some of which hold several, are a cell's wrapped
     * pieces or another row's (a narrow PDF column prints 167 over the
     * row's line and 98 under it: 16798). */
    int one_line = 1, one_each = 1, each_alone = 1;
    for (int k = 0; k < n && k < GIR_GLUED_MAXPIECES; k++) {
        const gir_tok *v = &g->toks.v[idx[k]];
        int alone = lone_value(g, idx[k]);
        each_alone &= alone;
        /* Values set apart by empty lines are text blocks in the order
         * the file stores them (see read_by_lines): a row with its own
         * sum (t3, t4) must pass it, t2's have none to ask. */
        one_each &= alone
            && (k == 0 || v->li == g->toks.v[idx[k - 1]].li + 1 || !w->def->nown);
        if (v->li == g->toks.v[idx[0]].li)
            continue;
        /* A delimited line of another shape goes on with the row's cells
         * (asciidoc: |2 |0 |0 then |0 |0 |0 |0); lines of the same shape
         * are one grid row whose bars drifted, its cells' digits stacked
         * (rst at 46 columns: 9 over 2 over 3 over 2). */
        int continues = v->mode == GIR_LINE_DELIMITED;
        for (int j = 0; j < k && continues; j++) {
            const gir_tok *u = &g->toks.v[idx[j]];
            continues = u->li == v->li || u->mode != GIR_LINE_DELIMITED || u->nfields != v->nfields;
        }
        one_line &= continues;
    }
    /* Values a line each in pdftotext's text: see read_by_lines.
     * Without -layout, with empty lines between them too: those are the
     * cells in the order the page draws them (0 0 0 0 8 1 9 came as
     * 0 0 0 8 1 0 9, its sums intact). */
    if (!one_line && ((one_each && set_from_glyphs(t)) || (each_alone && set_without_layout(t))))
        return 0;
    if (!one_line && (label_among(g, idx, n)
                      || (!one_each && !may_be_wrapped_row(g, w, idx, n, set_on_glyph_grid(t)))))
        return 0;
    for (int k = 0; k < n; k++)
        propose_value(p, k, &g->toks.v[idx[k]]);
    /* Otherwise the count is a reading to confirm (the verifier takes it
     * only where the row's own identities hold): lynx wraps a long row
     * (… 6 4 683 / 700) where the row's sum holds, and a PDF's wrapped
     * cells do not add up.  So is every count in pdftotext's text
     * without -layout: a number there may be the first piece of one its
     * cell wrapped (140 as 1, its 40 lines later), which only the row's
     * sums can tell (a row with none, t2's, is not read there). */
    p->inferred = !(one_line || one_each) || set_without_layout(t);
    return 1;
}


/* Fewer values than cells, on one line, as a page that lost its cell
 * borders prints them: digit runs that may hold several cells each.
 * Fills GR and PIECE_TOK (each piece's token) for the glued solver
 * (table_glued.c), which splits them only where identities single out
 * one split. */
int
glued_runs(const table *t, const row *w, gir_glued_row *gr, size_t *piece_tok)
{
    const region *g = &t->g;
    size_t idx[GIR_GLUED_MAXPIECES];
    int n = row_values(g, w, idx);
    if (n == 0 || n >= w->n || stacked_digits(g, w))
        return 0;
    /* Values on separate lines, or in separate fields of a delimited
     * line, are separate cells: never one glued run (LibreOffice's text
     * prints 21 and 1 on lines of their own, not 2, 1, 1). */
    for (int k = 1; k < n; k++) {
        const gir_tok *a = &g->toks.v[idx[0]], *b = &g->toks.v[idx[k]];
        if (a->li != b->li || (a->mode == GIR_LINE_DELIMITED && a->field != b->field))
            return 0;
    }
    /* A page that lost its cell borders lost the label's too: its digits
     * touch the label (申请数量640020470), or they are one run for the
     * whole row, or a run starts with a 0 no count has (00 0 00).  Values
     * set apart from the label and from each other (lynx's 申请数量 642 310
     * 952, its blank cells dropped) are cells, each one. */
    int zero_led = 0;
    for (int k = 0; k < n; k++) {
        const gir_tok *v = &g->toks.v[idx[k]];
        zero_led |= v->kind == GIR_TOK_NUM && v->run && v->text[0] == '0';
    }
    if (n > 1 && !zero_led) {
        const gir_tok *v = &g->toks.v[idx[0]], *before = idx[0] > 0 ? &g->toks.v[idx[0] - 1] : NULL;
        /* one word split into label and number, or two words touching */
        if (!before || before->kind != GIR_TOK_LABEL || before->li != v->li
            || !((before->c0 == v->c0 && before->c1 == v->c1) || before->c1 == v->c0))
            return 0;
    }
    memset(gr, 0, sizeof *gr);
    gr->n = w->n;
    for (int k = 0; k < n; k++) {
        const gir_tok *tk = &g->toks.v[idx[k]];
        /* A run keeps its digits as printed: 0000000 is seven cells. */
        gr->piece[k] = tk->kind != GIR_TOK_NUM ? "" : tk->run ? tk->text : tk->value;
        gr->piece_run[k] = (unsigned char) tk->run;
        piece_tok[k] = idx[k];
    }
    gr->npieces = (size_t) n;
    if (!gir_glued_possible(gr->piece, gr->piece_run, gr->npieces, w->n))
        return 0;
    gr->state = GIR_GLUED_RUNS;
    return 1;
}



/* The value tokens of line LI that lie in row W's range, left to right,
 * into V (at most MAX); how many, or -1 if more. */
static int
range_line_values(const region *g, const row *w, size_t li, const gir_tok **v, int max)
{
    int n = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->li != li || !is_value(tk))
            continue;
        if (n == max)
            return -1;
        v[n++] = tk;
    }
    return n;
}


/* How many values of line LI overlap one of PIECES[0..N) in METRIC;
 * *ALL: every value of the line does (it has one). */
static int
line_meets(const region *g, size_t li, const gir_tok *const *pieces, int n, int metric, int *all)
{
    size_t lo, hi;
    int meets = 0, values = 0;
    if (gir_toks_line(&g->toks, 0, li, &lo, &hi))
        for (size_t i = lo; i < hi; i++) {
            if (!is_value(&g->toks.v[i]))
                continue;
            values++;
            for (int k = 0; k < n; k++)
                if (toks_overlap(&g->toks.v[i], pieces[k], metric)) {
                    meets++;
                    break;
                }
        }
    if (all)
        *all = values > 0 && meets == values;
    return meets;
}


/* A PDF centres a row's one-line values in a cell its wrapped label makes
 * taller, and a number that wrapped in its narrow cell over the row's
 * line and under it (pdftotext, and gir-split's lines of a PDF: 6.属于四 /
 * 类过程性's 1 6 1 - - with 2 3 above and 7 5 below, 27 and 35 of 其他
 * and 总计).  row_over_stack keeps every other reader from such a row;
 * here each value of the line above pairs with the one value of the line
 * below in its column, none of the row's line there, and no line just
 * outside holds nothing but values in their columns (a taller stack):
 * the pairs are the numbers, read top down (joined_count), among the
 * row's line's values.  As many as cells is a reading for the row's sums
 * to confirm: pieces of other rows' numbers would not make them. */
int
read_stacked_count(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    if (!w->over_stack || !set_on_glyph_grid(t))
        return 0;
    size_t lo_li = (size_t) -1, hi_li = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (!is_value(tk))
            continue;
        if (tk->mode != GIR_LINE_LAYOUT)
            return 0;
        lo_li = tk->li < lo_li ? tk->li : lo_li;
        hi_li = tk->li > hi_li ? tk->li : hi_li;
    }
    if (lo_li == (size_t) -1 || hi_li != lo_li + 2 || lo_li < 1)
        return 0;
    const gir_tok *up[MAXVALS], *mid[MAXVALS], *down[MAXVALS];
    int nu = range_line_values(g, w, lo_li, up, MAXVALS);
    int nm = range_line_values(g, w, lo_li + 1, mid, MAXVALS);
    int nd = range_line_values(g, w, hi_li, down, MAXVALS);
    if (nu < 1 || nm < 1 || nd != nu || nm + nu != w->n)
        return 0;
    for (int k = 0; k < nu; k++) {
        for (int j = 0; j < nu; j++)
            if (toks_overlap(up[k], down[j], X_CHARS) != (j == k))
                return 0;       /* each piece over its own rest */
    }
    const gir_tok *pieces[2 * MAXVALS];
    for (int k = 0; k < nu; k++)
        pieces[2 * k] = up[k], pieces[2 * k + 1] = down[k];
    /* Each line is set on a grid of its own, the row's line after a label
     * of wide glyphs: where a piece stands among the row's values must be
     * the same measured in characters and on a display (in one, 保护第三方's
     * second ０ stood left of 76's pieces, in the other in their column). */
    int above, below;
    if (line_meets(g, lo_li + 1, pieces, 2 * nu, X_CHARS, NULL)
        || line_meets(g, lo_li + 1, pieces, 2 * nu, X_DISPLAY, NULL))
        return 0;               /* the row's line in a piece's column */
    for (int k = 0; k < 2 * nu; k++)
        for (int j = 0; j < nm; j++)
            if ((tok_x0(pieces[k], X_CHARS) < tok_x0(mid[j], X_CHARS))
                != (tok_x0(pieces[k], X_DISPLAY) < tok_x0(mid[j], X_DISPLAY)))
                return 0;
    if ((line_meets(g, lo_li - 1, pieces, 2 * nu, X_CHARS, &above) && above)
        || (line_meets(g, hi_li + 1, pieces, 2 * nu, X_CHARS, &below) && below))
        return 0;               /* more pieces just outside: a taller stack? */
    /* the row's line's values and the joined numbers, left to right */
    int c = 0, u = 0;
    for (int k = 0; k <= nm; k++) {
        while (u < nu && (k == nm || up[u]->c0 < mid[k]->c0)) {
            const char *joined = joined_count(t, up[u], down[u]);
            if (!joined)
                return 0;
            propose_value(p, c, up[u]);
            p->value[c++] = joined;
            u++;
        }
        if (k < nm)
            propose_value(p, c++, mid[k]);
    }
    p->inferred = 1;
    return c == w->n;
}
