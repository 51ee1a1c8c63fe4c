/* SPDX-License-Identifier: GPL-3.0-or-later */
/* grid.c - merged cells into TAB-separated lines (see grid.h).
 *
 * Merged cells, and why this choice reads unambiguously as TSV:
 *  - a colspan cell's text goes to its first column; the columns it covers
 *    are empty.  A row label spanning the three label columns of t3 thus
 *    reads "一、本年新收…<TAB><TAB><TAB>26…": label cells then values,
 *    and joining the label cells never doubles a label;
 *  - a rowspan cell's text is repeated in the rows below it when it is a
 *    label (三、本年度办理结果, （三）不予公开): every row then carries
 *    its full label path, so each line stands alone and has the same
 *    count of label fields as its neighbours;
 *  - a rowspan cell holding a number (or a blank placeholder) is never
 *    repeated: the rows below get an empty field there, so a value is
 *    never counted twice.
 * Every row has WIDTH fields, so "the last 7 fields are the values" holds
 * for every data row of t3. */
#include "config.h"
#include "grid.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

void
gir_grid_add_row(gir_grid *g, long line)
{
    g->rows = xgrow(g->rows, &g->cap, g->n + 1, sizeof *g->rows);
    g->rows[g->n] = (gir_grid_row) {NULL, 0, 0, line};
    g->n++;
}

void
gir_grid_add_cell(gir_grid *g, const char *text, size_t len, long colspan, long rowspan)
{
    if (!g->n)
        gir_grid_add_row(g, 1);
    gir_grid_row *r = &g->rows[g->n - 1];
    r->cells = xgrow(r->cells, &r->cap, r->n + 1, sizeof *r->cells);
    r->cells[r->n] = (gir_grid_cell) {xmemdup0(text ? text : "", text ? len : 0), colspan, rowspan};
    r->n++;
}

void
gir_grid_free(gir_grid *g)
{
    for (size_t r = 0; r < g->n; r++) {
        for (size_t c = 0; c < g->rows[r].n; c++)
            free(g->rows[r].cells[c].text);
        free(g->rows[r].cells);
    }
    free(g->rows);
    memset(g, 0, sizeof *g);
}

/* Spans of cell C in row R, clamped: colspan 1..MAX_COLSPAN, rowspan
 * 1..MAX_ROWSPAN and never past the table (0 = to the end). */
static void
spans(const gir_grid *g, const gir_grid_cell *c, size_t r, long *cs, long *rs)
{
    *cs = c->colspan;
    if (*cs < 1)
        *cs = 1;
    if (*cs > GIR_GRID_MAX_COLSPAN)
        *cs = GIR_GRID_MAX_COLSPAN;
    long left = (long) (g->n - r);
    *rs = c->rowspan;
    if (*rs == 0 || *rs > left)
        *rs = left;
    if (*rs > GIR_GRID_MAX_ROWSPAN)
        *rs = GIR_GRID_MAX_ROWSPAN;
    if (*rs < 1)
        *rs = 1;
}

size_t
gir_grid_width(const gir_grid *g)
{
    long carry[GIR_GRID_MAX_COLS] = {0};
    size_t width = 0;
    for (size_t r = 0; r < g->n; r++) {
        unsigned char occ[GIR_GRID_MAX_COLS];
        for (size_t k = 0; k < GIR_GRID_MAX_COLS; k++)
            occ[k] = carry[k] > 0;
        size_t col = 0, w = 0;
        for (size_t i = 0; i < g->rows[r].n; i++) {
            while (col < GIR_GRID_MAX_COLS && occ[col])
                col++;
            if (col >= GIR_GRID_MAX_COLS)
                break;
            long cs, rs;
            spans(g, &g->rows[r].cells[i], r, &cs, &rs);
            for (long k = 0; k < cs && col < GIR_GRID_MAX_COLS; k++, col++)
                if (rs > 1)
                    carry[col] = rs;          /* decremented below, this row included */
        }
        for (size_t k = 0; k < GIR_GRID_MAX_COLS; k++) {
            if (occ[k] || carry[k] > 0)
                w = k + 1;
            if (carry[k] > 0)
                carry[k]--;
        }
        if (col > w)
            w = col;
        if (w > width)
            width = w;
    }
    return width;
}

/* Does a spanning cell's text read as a label (repeat it into the rows it
 * covers) rather than a value (never duplicate)?  Labels have letters or
 * ideographs; a value is digits, maybe with a unit (12件, 0.5万元), or a
 * placeholder (/, -, —, 无). */
static int
is_label(const char *s)
{
    size_t letters = 0, digits = 0;
    const unsigned char *p = (const unsigned char *) s;
    while (*p) {
        if ((*p >= '0' && *p <= '9'))
            digits++, p++;
        else if (*p < 0x80) {
            letters += (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
            p++;
        } else if (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) {
            digits++;                          /* full-width digit */
            p += 3;
        } else if (p[0] >= 0xE4 && p[0] <= 0xE9 && p[1] && p[2]) {
            letters++;                         /* CJK ideograph (U+4E00..U+9FFF) */
            p += 3;
        } else {
            p++;
        }
    }
    if (strcmp(s, "无") == 0 || strcmp(s, "否") == 0)
        return 0;
    return letters > 0 && (digits == 0 || letters >= 4);
}

typedef struct slot {
    long left;               /* rows still covered below this one */
    const char *text;        /* repeated text (labels only), a cell's */
} slot;

size_t
gir_grid_emit(const gir_grid *g, gir_grid_emit_fn *emit, void *ctx)
{
    size_t width = gir_grid_width(g), dropped = 0;
    slot *carry = xcalloc(GIR_GRID_MAX_COLS, sizeof *carry);
    const char **field = xcalloc(GIR_GRID_MAX_COLS, sizeof *field);
    gir_buf line = {0};
    for (size_t r = 0; r < g->n; r++) {
        unsigned char occ[GIR_GRID_MAX_COLS];
        for (size_t k = 0; k < width; k++) {
            field[k] = "";
            occ[k] = carry[k].left > 0;
            if (occ[k]) {
                if (carry[k].text)
                    field[k] = carry[k].text;
                carry[k].left--;
            }
        }
        size_t col = 0;
        for (size_t i = 0; i < g->rows[r].n; i++) {
            const gir_grid_cell *c = &g->rows[r].cells[i];
            while (col < width && occ[col])
                col++;
            if (col >= width) {
                dropped++;
                continue;
            }
            long cs, rs;
            spans(g, c, r, &cs, &rs);
            field[col] = c->text;
            int repeat = rs > 1 && is_label(c->text);
            for (long k = 0; k < cs && col < width; k++, col++) {
                /* The columns a colspan covers are empty, even one a
                 * rowspan above still holds (overlapping cells: bad
                 * markup). */
                if (k > 0)
                    field[col] = "";
                if (rs > 1) {
                    carry[col].left = rs - 1;
                    carry[col].text = k == 0 && repeat ? c->text : NULL;
                }
            }
        }
        line.len = 0;
        int any = 0;
        for (size_t k = 0; k < width; k++) {
            if (k)
                gir_buf_put(&line, "\t", 1);
            gir_buf_put(&line, field[k], strlen(field[k]));
            any |= field[k][0] != '\0';
        }
        if (any)
            emit(ctx, g->rows[r].line, line.p, line.len);
    }
    free(carry);
    free(field);
    free(line.p);
    return dropped;
}

/* ---- line lists ---- */

void
gir_line_list_add(gir_line_list *l, long line, const char *text, size_t len)
{
    l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
    l->v[l->n].line = line > 0 ? line : 1;
    l->v[l->n].text = gir_arena_memdup0(l->a, text, len);
    l->v[l->n].len = len;
    l->n++;
}

void
gir_line_list_emit(void *ctx, long line, const char *text, size_t len)
{
    gir_line_list_add(ctx, line, text, len);
}

void
gir_line_list_finish(gir_line_list *l, gir_line **lines, size_t *nlines)
{
    *lines = gir_arena_alloc(l->a, (l->n ? l->n : 1) * sizeof **lines);
    if (l->n)
        memcpy(*lines, l->v, l->n * sizeof **lines);
    *nlines = l->n;
    gir_line_list_free(l);
}

void
gir_line_list_free(gir_line_list *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}
