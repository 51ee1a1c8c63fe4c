/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_fields.c - reading delimited lines (pipe tables, CSV, grids) by
 * their fields: a complete row's, the column headers', or one field per
 * cell after the label. */
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

/* A row with no value at all in its range: is it a delimited line of
 * empty fields beside its label (a grid, CSV or TSV printing a row of
 * blank cells), as many as its cells at least, with no value anywhere on
 * it, and delimited lines after it (merged label cells, the next row's
 * group)?  Then *LI is that line. */
static int
blank_delimited_row(const region *g, const row *w, size_t *li)
{
    const gir_tok *a = &g->toks.v[w->tok];
    int empties = 0;
    if (a->mode != GIR_LINE_DELIMITED)
        return 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->mode != GIR_LINE_DELIMITED || is_value(tk))
            return 0;           /* values on several lines reach here too */
        empties += tk->li == a->li && tk->kind == GIR_TOK_EMPTY;
    }
    /* The line is the row's alone: no value on it, outside the range
     * either (a grid row's lines joined into one hold the whole table). */
    size_t lo, hi;
    gir_toks_line(&g->toks, 0, a->li, &lo, &hi);
    for (size_t i = lo; i < hi; i++)
        if (is_value(&g->toks.v[i]))
            return 0;
    *li = a->li;
    return empties >= w->n;
}

/* Delimited lines: a row with fewer values takes the field positions of
 * a complete row whose line has the same shape (same number of fields,
 * labels in the same fields), when all such rows agree. */
int
read_by_fields(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    size_t li = 0;
    if (!values_line(t, w, &li)) {
        /* No value: its fields are placed as any row's of its shape. */
        if (!blank_delimited_row(g, w, &li))
            return 0;
    } else {
        const gir_tok *first = NULL;
        for (size_t i = w->tok + 1; i < w->end && !first; i++)
            if (is_value(&g->toks.v[i]))
                first = &g->toks.v[i];
        if (first->mode != GIR_LINE_DELIMITED)
            return 0;
    }
    int nf = 0;
    unsigned long long mask = label_mask(g, li, &nf);
    int fields[MAXVALS], have = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *ref = &t->rows[k];
        size_t rli = 0;
        if (ref == w || ref->state != ROW_READ || ref->n != w->n || !values_line(t, ref, &rli))
            continue;
        int rnf = 0;
        if (label_mask(g, rli, &rnf) != mask || rnf != nf)
            continue;
        int f[MAXVALS], j = 0;
        for (size_t i = ref->tok + 1; i < ref->end && j < w->n; i++)
            if (is_value(&g->toks.v[i]))
                f[j++] = g->toks.v[i].field;
        if (j != w->n)
            continue;       /* a row read from its header has empty fields */
        if (have && memcmp(f, fields, (size_t) w->n * sizeof f[0]) != 0)
            return 0;       /* rows of this shape disagree: not certain */
        memcpy(fields, f, sizeof fields);
        have = 1;
    }
    if (!have)
        return 0;
    /* Every value of the row must sit in one of those fields. */
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (!is_value(tk))
            continue;
        int in = 0;
        for (int k = 0; k < w->n; k++)
            in |= tk->field == fields[k];
        if (!in)
            return 0;
    }
    for (int k = 0; k < w->n; k++) {
        const gir_tok *tk = tok_in_field(g, li, fields[k]);
        if (!tk || tk->kind == GIR_TOK_LABEL)
            return 0;
        propose_value(p, k, tk);
    }
    return 1;
}


static int
has_word(const char *text, const char *words)
{
    char buf[64];
    for (const char *p = words; *p;) {
        size_t n = strcspn(p, "|");
        snprintf(buf, sizeof buf, "%.*s", (int) n, p);
        if (strstr(text, buf))
            return 1;
        p += n + (p[n] == '|');
    }
    return 0;
}


/* Delimited lines with no complete row to copy: the fields of the column
 * headers above the row (自然人, 商业企业, ... 总计: a word of each of its
 * cells' columns, data/labels-NAME.tsv) say where each value goes, when
 * the header and the row have the same number of fields and the row's
 * labels stay left of the first column. */
int
read_by_header(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    const char *const *words = w->def->colword;
    for (int c = 0; c < w->n; c++)
        if (!words[c])
            return 0;           /* a column whose header has no word */
    size_t li = 0;
    if (!values_line(t, w, &li) && !blank_delimited_row(g, w, &li))
        return 0;
    int nf = 0;
    (void) label_mask(g, li, &nf);
    size_t first = t->nrows ? w->tok : 0;
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].tok < first)
            first = t->rows[k].tok;
    int fields[MAXVALS];
    for (int c = 0; c < w->n; c++) {
        fields[c] = -1;
        for (size_t i = first; i-- > 0;) {
            const gir_tok *tk = &g->toks.v[i];
            if (tk->kind == GIR_TOK_LABEL && has_word(tk->text, words[c])) {
                if (tk->mode != GIR_LINE_DELIMITED || tk->nfields != nf)
                    return 0;
                fields[c] = tk->field;
                break;
            }
        }
        if (fields[c] < 0 || (c > 0 && fields[c] <= fields[c - 1]))
            return 0;
    }
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->li != li || tk->mode != GIR_LINE_DELIMITED)
            continue;
        if (tk->kind == GIR_TOK_LABEL && tk->field >= fields[0])
            return 0;
        int in = 0;
        for (int c = 0; c < w->n; c++)
            in |= tk->field == fields[c];
        if (is_value(tk) && !in)
            return 0;
    }
    for (int c = 0; c < w->n; c++) {
        const gir_tok *tk = tok_in_field(g, li, fields[c]);
        if (!tk)
            return 0;
        propose_value(p, c, tk);
    }
    return 1;
}


/* The last field that holds a found row's label on the table's lines of
 * NF fields; -1 if none. */
static int
last_label_column(const table *t, int nf)
{
    int last = -1;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        const gir_tok *tk = &t->g.toks.v[w->tok];
        if (w->state != ROW_MISSING && w->state != ROW_DROPPED && tk->mode == GIR_LINE_DELIMITED
            && tk->nfields == nf && tk->field > last)
            last = tk->field;
    }
    return last;
}


/* The tokens CELL, one per cell, as the row's values. */
static int
propose_cells(proposal *p, const gir_tok *const *cell, int n)
{
    for (int k = 0; k < n; k++)
        propose_value(p, k, cell[k]);
    return 1;
}


/* The fields the table uses on its lines of NF fields: one past the last
 * that holds anything.  A sheet saved as CSV pads every line to its
 * widest table (t4's 15 columns), so t3's lines end in empty fields no
 * cell of t3 is printed in. */
static int
used_fields(const region *g, int nf)
{
    int used = 0;
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->mode == GIR_LINE_DELIMITED && tk->nfields == nf && tk->kind != GIR_TOK_EMPTY
            && tk->field + 1 > used)
            used = tk->field + 1;
    }
    return used;
}


/* The fields the row's part of the table uses: a part under a header
 * line of its own (t2's 信息内容 | 采购项目数量 | 采购总金额 |, AsciiDoc
 * keeping the table's fourth cell empty) ends where that header's
 * labels end, when the row's own fields after that are empty too.  The
 * header is the nearest line above LI of NF fields with labels after
 * the row's label columns (LAST_LABEL); CELL holds the row's values by
 * field after them.  NF if there is none. */
static int
part_fields(const region *g, size_t li, int nf, const gir_tok *const *cell, int last_label)
{
    size_t lo, hi;
    if (!gir_toks_line(&g->toks, 0, li, &lo, &hi))
        return nf;
    int last = -1;              /* the header's last label field */
    while (last < 0 && lo > 0) {        /* the lines above, nearest first */
        gir_toks_line(&g->toks, 0, g->toks.v[lo - 1].li, &lo, &hi);
        if (g->toks.v[lo].mode != GIR_LINE_DELIMITED || g->toks.v[lo].nfields != nf)
            return nf;
        for (size_t k = lo; k < hi; k++)
            if (g->toks.v[k].kind == GIR_TOK_LABEL && g->toks.v[k].field > last_label)
                last = g->toks.v[k].field;
    }
    if (last < 0)
        return nf;
    int used = last + 1;
    for (int f = used; f < nf; f++)
        if (f - last_label - 1 < MAXVALS && cell[f - last_label - 1]
            && cell[f - last_label - 1]->kind != GIR_TOK_EMPTY)
            return nf;
    return used;
}


/* A values line of its own below the row's label (its tokens [LO, HI)),
 * with no label, and one field per cell (t4's one row under its header lines, blanks kept
 * as empty fields): the fields are the cells, whatever the lines above. */
static int
fields_are_cells(const region *g, size_t lo, size_t hi, int n, proposal *p)
{
    const gir_tok *cell[MAXVALS] = {0};
    for (size_t i = lo; i < hi; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->mode != GIR_LINE_DELIMITED || tk->nfields != n || tk->kind == GIR_TOK_LABEL
            || tk->field < 0 || tk->field >= n || cell[tk->field])
            return 0;
        cell[tk->field] = tk;
    }
    for (int k = 0; k < n; k++)
        if (!cell[k])
            return 0;
    return propose_cells(p, cell, n);
}


/* Delimited lines whose empty fields survived (pipe tables that lost
 * their spans, box grids): the row's label, then exactly as many fields
 * as cells, each one value or empty.  The fields are the cells in order
 * whatever the header looks like.  The values may stand on a later line
 * than the label's when a grid wraps the label inside its cell (w3m at
 * 80 columns: the row's first line holds the label's start and empty
 * fields, the values sit on its middle line); every line from the
 * label's to the values' must then be a line of the same grid (as many
 * fields), with no value on any but the last. */
int
read_by_trailing_fields(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    size_t li = 0, ali = g->toks.v[w->tok].li;
    if (!values_line(t, w, &li) || li < ali)
        return 0;
    size_t vlo = 0, vhi = 0;
    gir_toks_line(&g->toks, 0, li, &vlo, &vhi);
    if (li > ali && fields_are_cells(g, vlo, vhi, w->n, p))
        return 1;
    int values_nf = g->toks.v[vlo].nfields;
    const gir_tok *cell[MAXVALS] = {0};
    int last_label = -1, nf = -1, prev_field = -1;
    size_t from = w->tok;
    while (from > 0 && g->toks.v[from - 1].li == ali)
        from--;
    for (size_t i = from; i < g->toks.n && g->toks.v[i].li <= li; i++) {
        const gir_tok *tk = &g->toks.v[i];
        /* A label's start on a line of another shape above (a cell's <br>
         * written as a new line: `(四)无法提供| 1.本机关不` over
         * `掌握相关政府信息| 4| |`) is only the label's. */
        if (tk->li < li && tk->kind == GIR_TOK_LABEL
            && (tk->mode != GIR_LINE_DELIMITED || tk->nfields != values_nf))
            continue;
        if (tk->mode != GIR_LINE_DELIMITED || (nf >= 0 && tk->nfields != nf))
            return 0;
        nf = tk->nfields;
        if (tk->kind == GIR_TOK_LABEL) {
            last_label = tk->field > last_label ? tk->field : last_label;
            continue;
        }
        if (tk->li != li) {
            if (tk->kind != GIR_TOK_EMPTY)
                return 0;       /* a value above the row's values line */
            continue;
        }
        if (tk->field == prev_field)
            return 0;           /* two values in one field: not one cell each */
        prev_field = tk->field;
        if (tk->field > last_label && last_label >= 0) {
            int k = tk->field - last_label - 1;
            if (k >= MAXVALS)
                return 0;
            cell[k] = tk;
        }
    }
    /* The label columns are the table's, not the row's: a row whose label
     * spans the merged label cells of the rows below (一、本年新收 | | |)
     * prints them as empty fields before its values. */
    int label_columns = last_label_column(t, nf), first_cell_field = last_label;
    if (last_label >= 0 && label_columns > last_label) {
        int skip = label_columns - last_label;
        for (int k = 0; k < MAXVALS; k++)
            cell[k] = k + skip < MAXVALS ? cell[k + skip] : NULL;
        last_label = label_columns;
        first_cell_field = label_columns + 1;
    }
    if (last_label >= 0 && nf - last_label - 1 > w->n)
        nf = used_fields(g, nf);
    if (last_label >= 0 && nf - last_label - 1 > w->n)
        nf = part_fields(g, li, nf, cell, last_label);
    if (last_label < 0 || nf - last_label - 1 != w->n)
        return 0;
    /* A value left of the row's last label, or in the table's label
     * columns, is not one of its cells. */
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (is_value(&g->toks.v[i]) && g->toks.v[i].field < first_cell_field)
            return 0;
    for (int k = 0; k < w->n; k++)
        if (!cell[k])
            return 0;
    return propose_cells(p, cell, w->n);
}


/* A delimited row a page cuts (row_cut_between_lines), its values on two
 * lines one after the other of one grid, the second holding nothing but
 * digits and the rest of the row's own label: LibreOffice breaks a row
 * at the page's foot inside its cells, so a number wrapped in its narrow
 * cell goes on at the top of the next page in the same column (3238 in
 * 总计 as 323, then 8 alone on the next line).  Each value of the second
 * line stands under a number of the first and is the rest of its
 * digits; the fields after the table's label columns are the cells.  A
 * choice: the row's sums must confirm it (323 breaks the row's sum, 3238
 * makes it). */
int
read_across_cut(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    const gir_tok *v = g->toks.v;
    if (t->nff != 0 || v[w->tok].mode != GIR_LINE_DELIMITED)
        return 0;
    size_t l1 = (size_t) -1, l2 = (size_t) -1;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        if (!is_value(&v[i]))
            continue;
        if (l1 == (size_t) -1 || v[i].li == l1)
            l1 = v[i].li;
        else if (l2 == (size_t) -1 || v[i].li == l2)
            l2 = v[i].li;
        else
            return 0;           /* three lines */
    }
    if (l2 == (size_t) -1 || l2 != l1 + 1 || !row_cut_between_lines(t, w))
        return 0;
    size_t lo1, hi1, lo2, hi2;
    if (!gir_toks_line(&g->toks, 0, l1, &lo1, &hi1) || !gir_toks_line(&g->toks, 0, l2, &lo2, &hi2))
        return 0;
    /* The cells are the last fields of each line: the next page's grid
     * may print the label's merged columns the row's own page did not
     * (一、本年新收… over three columns, then three empty fields). */
    int nf = v[lo1].nfields, last_label = last_label_column(t, nf);
    int nf2 = v[lo2].nfields, first2 = nf2 - w->n;
    if (v[lo1].mode != GIR_LINE_DELIMITED || v[lo2].mode != GIR_LINE_DELIMITED
        || last_label < 0 || nf - last_label - 1 != w->n || first2 < 1)
        return 0;
    /* The second line holds the cells' rest, and in the label's field
     * nothing or the rest of the row's own label (2.没有现 / 成信息需要
     * 另行制作).  Another row's values, whose label the anchors did not
     * find, would add up too: two rows' digits side by side (6 and 0 as
     * 60) make a row whose sum holds where both rows' do. */
    const gir_tok *a = &v[w->tok];
    for (size_t i = lo2; i < hi2; i++) {
        const gir_tok *tk = &v[i];
        if (tk->kind == GIR_TOK_BLANK || (tk->field < first2 && is_value(tk))
            || (tk->kind == GIR_TOK_LABEL
                && (tk->field >= first2
                    || ((nf2 != nf || tk->field == a->field)
                        && !make_own_label(w, a->text, tk->text)))))
            return 0;
    }
    int joined = 0;
    for (int c = 0; c < w->n; c++) {
        const gir_tok *head = tok_in_field(g, l1, last_label + 1 + c);
        const gir_tok *rest = tok_in_field(g, l2, first2 + c);
        if (!head || (head->kind == GIR_TOK_LABEL && !cut_number_piece(head)))
            return 0;
        if (head->kind == GIR_TOK_EMPTY) {
            if (rest && rest->kind != GIR_TOK_EMPTY)
                return 0;
            p->value[c] = "";
            p->tok[c] = NULL;
            p->line[c] = v[w->tok].line;
            continue;
        }
        propose_value(p, c, head);
        if (!rest || rest->kind == GIR_TOK_EMPTY) {
            if (head->kind == GIR_TOK_LABEL)
                return 0;       /* a number cut after its comma, its rest not here */
            continue;
        }
        /* the rest as printed: 61 over 01 is 6101 (its value, 1, is not
         * its digits); a piece cut after its comma, 1,14 over 3, too */
        if (!(digits_only(head) || head->kind == GIR_TOK_LABEL) || !digits_only(rest)
            || !(p->value[c] = joined_count(t, head, rest)))
            return 0;
        joined++;
    }
    if (!joined)
        return 0;
    p->inferred = 1;
    return 1;
}
