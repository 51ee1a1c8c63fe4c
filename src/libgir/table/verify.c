/* SPDX-License-Identifier: GPL-3.0-or-later */
/* verify.c - the verifier: which of the readings proposed for a row is
 * taken (verify_row), the template's identities (identity.h, the one
 * meaning gir-check shares) deciding where a reading needed a choice or
 * readers disagree; and the glued solver's wiring (solve_glued). */
#include "config.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#include "identity.h"
#include "number.h"
#include "xmalloc.h"

/* What makes a value of the tokeniser's a reading to confirm (table_tok.c):
 * MARK_REPAIRED, a number joined from pieces on several lines (digits
 * stacked in a narrow column, a number wrapped in a grid cell: the
 * pieces read apart would read otherwise); MARK_MAY_BE_CUT, a full-width
 * number filling its cell in a table cut at widths in bytes (it may
 * have lost digits).  Either stands where the row's sums, given, hold
 * with it. */
enum { MARK_REPAIRED = 1, MARK_MAY_BE_CUT = 2 };


/* Does the text keep the page's places: some line sets its words apart
 * by runs of spaces (pdftotext -layout)?  Plain pdftotext writes each
 * line's words one space apart, in an order of its own. */
static int
keeps_places(const table *t)
{
    const gir_tok *v = t->g.toks.v;
    for (size_t i = 1; i < t->g.toks.n; i++)
        if (v[i].li == v[i - 1].li && v[i].mode == GIR_LINE_LAYOUT && v[i].c0 - v[i - 1].c1 >= 2)
            return 1;
    return 0;
}


/* The label token in field F of line LI among V[FROM, TO), and whether
 * that line holds a value; NULL if it has no label there. */
static const gir_tok *
field_label(const gir_tok *v, size_t from, size_t to, size_t li, int f, int *values)
{
    const gir_tok *label = NULL;
    *values = 0;
    for (size_t j = from; j < to; j++) {
        if (v[j].li != li)
            continue;
        if (v[j].kind == GIR_TOK_LABEL && v[j].field == f && v[j].mode == GIR_LINE_DELIMITED)
            label = &v[j];
        *values |= is_value(&v[j]);
    }
    return label;
}

/* Do labels UP and DOWN, one after the other, make (a part of) the
 * row's own label (not its group's: （四）无法提供 over 2.没有现成… is a
 * merged cell beside the row)?  Edge characters side by side are no
 * proof (开 then （: （一）予以公开 over （二）部分公开（…）. */
int
make_own_label(const row *w, const char *up, const char *down)
{
    size_t ul = strlen(up), dl = strlen(down);
    for (const char *at = strstr(w->def->own_norm, up); at; at = strstr(at + 1, up))
        if (strncmp(at + ul, down, dl) == 0)
            return 1;
    return 0;
}

/* A delimited row whose label is two pieces in one field of two lines
 * that both hold values: a table row a page broke in two, as a PDF read
 * by its rules prints it (7.属于 beside 5,3 0 8 8 0 0 532, then
 * 行政执法案卷 beside 10 … 6 at the top of the next page: 5,310 and
 * 5,326; 四、结转下年度继续办 beside … 4 1, then 理 beside 73: 173).  A
 * delimited line holds a whole row otherwise, so its label never goes on
 * into the next line. */
int
row_cut_between_lines(const table *t, const row *w)
{
    const gir_tok *v = t->g.toks.v, *a = &v[w->tok];
    size_t n = t->g.toks.n;
    if (a->mode != GIR_LINE_DELIMITED || a->kind != GIR_TOK_LABEL)
        return 0;
    size_t lo = w->tok, hi = w->tok + 1;
    while (lo > 0 && v[lo - 1].li == a->li)
        lo--;
    while (hi < n && v[hi].li == a->li)
        hi++;                   /* the anchor's line is [lo, hi) */
    int here, there;
    field_label(v, lo, hi, a->li, a->field, &here);
    if (!here)
        return 0;
    size_t above = lo, below = hi;
    while (above > 0 && v[above - 1].li + 1 == a->li)
        above--;
    while (below < n && v[below].li == a->li + 1)
        below++;
    const gir_tok *up = above < lo ? field_label(v, above, lo, a->li - 1, a->field, &there) : NULL;
    if (up && there && make_own_label(w, up->text, a->text))
        return 1;
    const gir_tok *down = below > hi ? field_label(v, hi, below, a->li + 1, a->field, &there) : NULL;
    if (down && there && make_own_label(w, a->text, down->text))
        return 1;
    /* Values on two lines of the row's range: a cell's last digits on a
     * grid row of their own (59 as 5, and 9 on the line below), or
     * another row's line. */
    size_t first_li = (size_t) -1;
    for (size_t j = w->tok + 1; j < w->end; j++)
        if (is_value(&v[j]) && v[j].mode == GIR_LINE_DELIMITED) {
            if (first_li == (size_t) -1)
                first_li = v[j].li;
            else if (v[j].li != first_li)
                return 1;
        }
    return 0;
}

/* Does a page break cut row W: its label reads on from its last piece
 * before a form feed (pdftotext's page break) to its first after it
 * (本年新收政府信息公 / 开申请数量)?  Its cells may then go on at the
 * top of the next page, so a number before the break may be the head
 * of one cut there (140 printed as 14 / 0): a reading of its values is
 * a choice the row's sums must confirm.  Where the text keeps the
 * page's places, such a number's rest stands among the row's lines after
 * the break, so only a value there makes the row cut.  pdftotext without
 * -layout sets the rest anywhere after the break (confirm_split_rows).  Text
 * with no form feed (a PDF read by its rules) shows the break as
 * row_cut_between_lines. */
static int
row_crosses_page(table *t, const row *w)
{
    const gir_tok *v = t->g.toks.v;
    if (w->tok + 1 >= w->end)
        return 0;               /* no value */
    if (t->nff == 0)
        return row_cut_between_lines(t, w);

    size_t page = page_of(t, v[w->tok].li);
    if (set_without_layout(t))
        /* pdftotext without -layout sets a number's rest anywhere after
         * the break (44 of 其他 and 总计 as 4 4 on the row's line, then 4 4
         * among the next page's lines), and a merged group cell's
         * characters may come between the row's label and its rest: any
         * row whose range runs onto the next page is cut. */
        return page_of(t, v[w->end - 1].li) != page;
    const char *before = v[w->tok].text;
    size_t i = w->tok + 1;
    for (; i < w->end && page_of(t, v[i].li) == page; i++)
        if (v[i].kind == GIR_TOK_LABEL)
            before = v[i].text;
    size_t after = i;
    for (; i < w->end && v[i].kind != GIR_TOK_LABEL; i++)
        ;
    if (i == w->end || !reads_on(before, v[i].text, w->def->label_norm))
        return 0;
    if (!t->cc->places_known) {
        t->cc->places = keeps_places(t);
        t->cc->places_known = 1;
    }
    if (!t->cc->places)
        return 1;
    for (i = after; i < w->end; i++)
        if (is_value(&v[i]))
            return 1;
    return 0;
}


/* Is TK a piece of a number: a number, or one cut after its comma? */
static int
number_piece(const gir_tok *tk)
{
    return (tk->kind == GIR_TOK_NUM && tk->mode == GIR_LINE_LAYOUT) || cut_number(tk);
}


/* Does line LI hold a value of row W? */
static int
values_on_line(const table *t, const row *w, size_t li)
{
    for (size_t j = w->tok + 1; j < w->end; j++)
        if (is_value(&t->g.toks.v[j]) && t->g.toks.v[j].li == li)
            return 1;
    return 0;
}


/* Does line LI hold a found row's label? */
static int
anchors_line(const table *t, size_t li)
{
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].state != ROW_DROPPED
            && t->g.toks.v[t->rows[k].tok].li == li)
            return 1;
    return 0;
}


/* Is token U a cell of reading P of row W? */
static int
in_reading(const row *w, const proposal *p, const gir_tok *u)
{
    for (int c = 0; c < w->n; c++)
        if (p->tok[c] == u)
            return 1;
    return 0;
}


/* Do tokens A and B overlap in characters, or touch?  A digit a line
 * is centred in its cell: a narrow one may end where the one under it
 * starts. */
static int
over_or_touching(const gir_tok *a, const gir_tok *b)
{
    return !(a->c0 > b->c1 || b->c0 > a->c1);
}


/* Does token U stand in the column of V, value of reading P of row W, in
 * characters: over it, or nearer it than any other value of P on V's
 * line?  pdftotext sets each line of a narrow cell apart, by the labels'
 * widths beside it, so a digit of the line above may stand a glyph or
 * two aside of the one below. */
static int
in_value_column(const gir_tok *u, const gir_tok *v, const row *w, const proposal *p)
{
    if (over_or_touching(u, v))
        return 1;
    int uc = u->c0 + u->c1, to_v = abs(uc - (v->c0 + v->c1));    /* twice the centres */
    for (int c = 0; c < w->n; c++) {
        const gir_tok *x = p->tok[c];
        if (x && x != v && x->li == v->li && x->mode == GIR_LINE_LAYOUT
            && abs(uc - (x->c0 + x->c1)) <= to_v)
            return 0;
    }
    return 1;
}


/* Does a found row other than W have values side by side on a line
 * nearer to line LI than line VLI, W's?  A number printed a digit a line
 * around its row belongs to the row whose line is nearest: the last digit
 * of one row's total stands right under that row's line, over the next.
 * Lone digits of the other row's own stacks do not count. */
static int
nearer_other_row(const table *t, const row *w, size_t li, size_t vli)
{
    const gir_toks *k = &t->g.toks;
    size_t own = li > vli ? li - vli : vli - li;
    for (size_t r = 0; r < t->nrows; r++) {
        const row *o = &t->rows[r];
        if (o == w || o->state == ROW_MISSING || o->state == ROW_DROPPED)
            continue;
        for (size_t i = o->tok + 1; i < o->end; i++) {
            const gir_tok *x = &k->v[i];
            if (is_value(x) && x->li != li && (x->li > li ? x->li - li : li - x->li) < own
                && (x->mode != GIR_LINE_LAYOUT || !lone_value(&t->g, i)))
                return 1;
        }
    }
    return 0;
}


/* Does a number alone among the values of its line, not a row's line,
 * read by no row nor reading P itself, nearer W's values than another
 * row's, stand over a value of P of row W, within two lines and in its
 * column, nothing of the lines between over it?  A narrow column of a
 * PDF without rules prints a number a digit a line down its cell, the
 * row label's wrapped lines beside (182 as 1 / 8 / 2 beside 4.保护第三 /
 * 方合法权益): the value may be one of its digits, a choice for the
 * row's sums. */
static int
under_lone_digit(const table *t, const row *w, const proposal *p)
{
    const gir_toks *k = &t->g.toks;
    size_t lo, hi;
    for (int c = 0; c < w->n; c++) {
        const gir_tok *v = p->tok[c];
        if (!v || v->kind != GIR_TOK_NUM || v->mode != GIR_LINE_LAYOUT)
            continue;
        for (size_t li = v->li; li-- > 0 && li + 2 >= v->li;) {
            if (!gir_toks_line(k, 0, li, &lo, &hi))
                continue;
            const gir_tok *u = NULL;
            int values = 0, over = 0;
            for (size_t i = lo; i < hi; i++) {
                const gir_tok *x = &k->v[i];
                if (is_value(x))
                    values++, u = x;
                over |= over_or_touching(x, v);
            }
            if (values == 1 && u->kind == GIR_TOK_NUM && u->mode == GIR_LINE_LAYOUT
                && in_value_column(u, v, w, p) && !anchors_line(t, li) && !in_reading(w, p, u)
                && !read_by_a_row(t, u) && !nearer_other_row(t, w, li, v->li))
                return 1;
            if (over)
                break;          /* something else over it */
        }
    }
    return 0;
}


/* Does row W hold the lower or upper piece of a number printed over two
 * lines?  pdftotext of a narrow column centres a number that wrapped in
 * its cell on the row: 5,8 on the line above the row's values, 37 on
 * the line below, for 5,837 (940 / 1 for 9401).  So where the row's
 * values stand on several lines, a value with a piece of a number in
 * its columns across another of those lines, which has nothing there,
 * is such a piece.  Its sums cannot tell: with a total of the same
 * head (5,843), the pieces add up as the numbers do. */
int
row_over_stack(const table *t, const row *w)
{
    const gir_toks *k = &t->g.toks;
    int layout = 0, cut = 0;
    size_t lo_li = (size_t) -1, hi_li = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *v = &k->v[i];
        layout |= v->mode == GIR_LINE_LAYOUT;
        if (is_value(v)) {
            lo_li = v->li < lo_li ? v->li : lo_li;
            hi_li = v->li > hi_li ? v->li : hi_li;
        }
    }
    /* A delimited field holding a number cut after its comma (９，１５ of
     * ９，１５７, whose last digit a PDF's cell put on a grid row of its
     * own) is not a whole number either: the row's sums cannot tell. */
    for (size_t i = w->tok + 1; i < w->end && !layout; i++) {
        const gir_tok *v = &k->v[i];
        if (v->mode == GIR_LINE_DELIMITED && cut_number_piece(v))
            return 1;
    }
    /* Both rules ask where tokens stand on a page; the pieces across a
     * line need the row's values on several lines. */
    if (!layout)
        return 0;
    for (size_t i = w->tok + 1; i < w->end && !cut; i++)
        cut = cut_number(&k->v[i]);
    if (!cut && (lo_li == (size_t) -1 || lo_li == hi_li))
        return 0;
    const char *before = k->v[w->tok].text;
    int foreign = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *v = &k->v[i];
        /* A number cut after a separator (6,5 of 6,594), its rest on
         * another line, however far the page set it: the row's, unless
         * a label not of the row's own (4.无正当, a row whose label was
         * not found) came before it. */
        if (v->kind == GIR_TOK_LABEL) {
            if (t->g.piece[i] && strstr(w->def->label_norm, v->text))
                continue;       /* the row's group's cell down the edge (不/予/公/开) */
            if (cut && cut_number(v)) {
                if (!foreign)
                    return 1;
            } else if (cut && !reads_on(before, v->text, w->def->label_norm)) {
                foreign = 1;
            }
            before = v->text;
            continue;
        }
        if (!is_value(v) || v->mode != GIR_LINE_LAYOUT)
            continue;
        for (int dir = -1; dir <= 1; dir += 2) {
            if (dir < 0 && v->li < 2)
                continue;
            size_t mid = v->li + (size_t) dir, far = v->li + 2 * (size_t) dir, lo, hi;
            int clash = 0, piece = 0;
            if (!values_on_line(t, w, mid) || !gir_toks_line(k, 0, mid, &lo, &hi))
                continue;
            for (size_t j = lo; j < hi; j++)
                clash |= k->v[j].c0 < v->c1 && v->c0 < k->v[j].c1;
            if (clash || !gir_toks_line(k, 0, far, &lo, &hi) || anchors_line(t, far))
                continue;       /* another row's line: its values are its own */
            for (size_t j = lo; j < hi; j++)
                piece |= number_piece(&k->v[j]) && k->v[j].c0 < v->c1 && v->c0 < k->v[j].c1;
            if (piece)
                return 1;
        }
    }
    return 0;
}


static unsigned
token_marks(const gir_tok *tk)
{
    return (tk->repaired ? MARK_REPAIRED : 0u)
        | (tk->damaged == GIR_TOK_MAY_BE_CUT ? MARK_MAY_BE_CUT : 0u);
}


/* The marks of row W's values, together. */
static unsigned
row_marks(const table *t, const row *w)
{
    unsigned m = 0;
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (is_value(&t->g.toks.v[i]))
            m |= token_marks(&t->g.toks.v[i]);
    return m;
}


/* A cell's value as the identities see it: blank, a count, or unknown
 * (a decimal, which no identity sums). */
static gir_idv
value_idv(const char *value)
{
    gir_idv v = {0, GIR_IDV_BLANK};
    if (*value)
        v.state = gir_number_scaled(value, 0, &v.v) == 0 ? GIR_IDV_NUMBER : GIR_IDV_UNKNOWN;
    return v;
}


/* Do the identities that lie within row W's cells (t3's row sum, t4's
 * group sums) confirm reading P?  ALL_GIVEN: each must be given (its
 * total not blank) and hold.  Else (a marked token, token_marks):
 * those naming a marked cell must be given and hold, and no other may
 * break.  A row with no such identity (t2's) has
 * nothing to confirm a reading by: 0. */
static int
row_identities_hold(const row *w, const proposal *p, int all_given)
{
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS];
    for (int c = 0; c < w->n; c++)
        cells[w->first_cell + (size_t) c] = value_idv(p->value[c]);
    int confirmed = 0;
    for (int i = 0; i < w->def->nown; i++) {
        const gir_identity *id = w->def->own[i];
        int must = all_given;
        for (int c = 0; c < w->n && !must; c++)
            must = p->tok[c] && token_marks(p->tok[c])
                && gir_identity_touches(id, w->first_cell + (size_t) c, 1);
        gir_id_result res = gir_identity_eval(id, cells, NULL, NULL);
        if (res == GIR_ID_HOLDS)
            confirmed++;
        else if (must || res != GIR_ID_NOT_GIVEN)
            return 0;
    }
    return w->def->nown > 0 && (all_given || confirmed > 0);
}


static int
same_reading(const proposal *a, const proposal *b, int n)
{
    for (int c = 0; c < n; c++)
        if (strcmp(a->value[c], b->value[c]) != 0)
            return 0;
    return 1;
}


static void
accept(row *w, const proposal *p, const reader_def *by)
{
    for (int c = 0; c < w->n; c++) {
        w->value[c] = p->value[c];
        w->line[c] = p->line[c];
        w->cell_tok[c] = p->tok[c];
    }
    w->state = ROW_READ;
    w->by = by->name;
    w->by_columns = by->by_columns;
    w->empty_line_cells = p->empty_line_cells;
    w->move_left = p->move_left;
    w->move_right = p->move_right;
    w->off_left = p->off_left;
    w->off_right = p->off_right;
    w->past_right = p->past_right;
}


/* Take one of the NP readings P (from readers BY) of row W, or none:
 *  - a reading that needed a choice (INFERRED), or any reading of a row
 *    holding a repair (a number joined from pieces on several lines) or
 *    a number that may have lost digits (filling a cut cell), stands
 *    only where the row's own identities are given and hold;
 *    one that needed no choice (one value in each cell's place) stands
 *    even where the report breaks an identity: that is an error for
 *    gir-check to report;
 *  - the readings that stand, when they agree, are the row;
 *  - when they disagree, the one the row's identities single out, else
 *    none.
 * Returns 1 when the row was read; else says why in W. */
int
verify_row(table *t, row *w, const proposal *p, const reader_def *const *by, int np)
{
    if (np == 0)
        return 0;
    unsigned marks = row_marks(t, w);
    int repaired = (marks & MARK_REPAIRED) != 0, damaged = (marks & MARK_MAY_BE_CUT) != 0;
    int split = row_crosses_page(t, w);
    int stands[16], nstand = 0, first = -1, agree = 1, digit = 0;
    for (int i = 0; i < np && i < 16; i++) {
        /* A choice needs every own identity given and holding; a
         * repair, those that name its cells. */
        int under = under_lone_digit(t, w, &p[i]), choice = p[i].inferred || under;
        digit |= under;
        stands[i] = (!choice && !repaired && !damaged && !split)
            || row_identities_hold(w, &p[i], choice || damaged || split || !repaired);
        if (!stands[i])
            continue;
        nstand++;
        if (first < 0)
            first = i;
        else
            agree &= same_reading(&p[first], &p[i], w->n);
    }
    if (nstand == 0) {
        for (int i = 0; i < np && i < 16; i++)
            w->under_unread |= p[i].under_unread;
        w->under_digit |= digit;
        if (split)
            w->page_split = 1;
        else if (damaged)
            w->damaged = 1;
        else if (repaired)
            w->repair_unsure = 1;
        else
            w->count_unsure = 1;
        return 0;
    }
    if (agree) {
        accept(w, &p[first], by[first]);
        w->split_read = split;
        return 1;
    }
    /* Readings that disagree: the one the row's identities hold for. */
    int pick = -1, holding = 0;     /* holding > 1: more than one distinct reading */
    for (int i = 0; i < np && i < 16; i++) {
        if (!stands[i] || !row_identities_hold(w, &p[i], 1)
            || (pick >= 0 && same_reading(&p[pick], &p[i], w->n)))
            continue;
        if (pick < 0)
            pick = i;
        holding++;
    }
    if (holding == 1) {
        accept(w, &p[pick], by[pick]);
        w->split_read = split;
        return 1;
    }
    w->disagree = 1;
    return 0;
}


/* The table's cells as the identities see them: those of rows read,
 * the others unknown. */
static void
table_cells(const table *t, gir_idv *cells)
{
    const gir_template *tm = t->r->tmpl;
    for (size_t c = 0; c < tm->ncells && c < GIR_TEMPLATE_MAX_CELLS; c++)
        cells[c] = (gir_idv) {0, GIR_IDV_UNKNOWN};
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        for (int c = 0; w->state == ROW_READ && c < w->n; c++)
            cells[w->first_cell + (size_t) c] = value_idv(w->value[c]);
    }
}


/* Is every number of row W but 0 (no number starts with 0) named by an
 * identity across rows that holds over CELLS?  In pdftotext's text
 * without -layout, a number before a page break may have its rest
 * anywhere after it, and the row's sums hold either way (4 and 4 of 其他
 * and 总计 for 44 and 44): only the table's sums tell the number is whole. */
static int
cut_numbers_confirmed(const table *t, const row *w, const gir_idv *cells)
{
    const gir_template *tm = t->r->tmpl;
    for (int c = 0; c < w->n; c++) {
        size_t cell = w->first_cell + (size_t) c;
        if (cells[cell].state != GIR_IDV_NUMBER || cells[cell].v == 0)
            continue;
        int held = 0;
        for (size_t i = 0; i < tm->n_identities && !held; i++) {
            const gir_identity *id = &tm->identities[i];
            held = gir_identity_touches(id, cell, 1)
                && !gir_identity_within(id, w->first_cell, (size_t) w->n)
                && gir_identity_eval(id, cells, NULL, NULL) == GIR_ID_HOLDS;
        }
        if (!held)
            return 0;
    }
    return 1;
}


/* A row a page cuts is read where its own sums hold, but a number cut
 * after its first digits holds them as well as the whole one does (49
 * and 49 in 其他 and 总计 cut as 4 and 4 above the break, 9 and 9 below
 * it).  The table's other identities that name its cells (t3's balance,
 * the result sums) must then not break with its reading, or its cells
 * are left empty.  Every row read so far is taken as read. */
void
confirm_split_rows(table *t)
{
    int any = 0;
    for (size_t k = 0; k < t->nrows; k++)
        any |= t->rows[k].state == ROW_READ && t->rows[k].split_read;
    if (!any)
        return;
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS];
    const gir_template *tm = t->r->tmpl;
    table_cells(t, cells);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_READ || !w->split_read)
            continue;
        for (size_t i = 0; i < tm->n_identities; i++) {
            const gir_identity *id = &tm->identities[i];
            if (gir_identity_touches(id, w->first_cell, (size_t) w->n)
                && !gir_identity_within(id, w->first_cell, (size_t) w->n)
                && gir_identity_eval(id, cells, NULL, NULL) == GIR_ID_BROKEN) {
                w->state = ROW_FOUND;
                w->page_split = w->split_broken = 1;
                break;
            }
        }
        if (w->state == ROW_READ && set_without_layout(t) && !cut_numbers_confirmed(t, w, cells)) {
            w->state = ROW_FOUND;
            w->page_split = w->split_unconfirmed = 1;
        }
    }
}


/* Does row W, read, hold a number joined from digits stacked over and
 * under its line that stands left of every first value the table's
 * other rows read on its page (in characters, pdftotext's grid): left of
 * the table's first column, where no cell is? */
static int
holds_stack(const table *t, const row *w)
{
    for (int c = 0; c < w->n; c++) {
        const gir_tok *s = w->cell_tok[c];
        if (!s || !s->stacked)
            continue;
        int first = -1;
        for (size_t k = 0; k < t->nrows; k++) {
            const row *o = &t->rows[k];
            const gir_tok *f = o != w && o->state == ROW_READ && o->n == w->n ? o->cell_tok[0] : NULL;
            if (f && !f->stacked && page_of(t, f->li) == page_of(t, s->li)
                && (first < 0 || f->c0 < first))
                first = f->c0;
        }
        if (first >= 0 && s->c1 <= first)
            return 1;
    }
    return 0;
}


/* pdftotext -layout sets each line on a grid of its own, so the digits
 * a narrow column stacked over and under a row's line stand where their
 * own lines put them, not where the row's values stand: 结转下年度's 72
 * (７ over ２) was set left of 0 4 ０, left of the table's first column,
 * its cell's place lost, and the row's sum holds whichever cell it is.
 * Such a row stands only where an identity across rows holds for each
 * of its numbers but 0 (every row read so far taken as read); else its
 * cells are left empty. */
void
confirm_stacked_rows(table *t)
{
    if (!set_from_glyphs(t))
        return;
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS];
    int have_cells = 0;     /* the table as read, taken at the first such row */
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_READ || !holds_stack(t, w))
            continue;
        if (!have_cells++)
            table_cells(t, cells);
        if (!cut_numbers_confirmed(t, w, cells)) {
            w->state = ROW_FOUND;
            w->stack_unconfirmed = 1;
        }
    }
}


/* Row W's value of cell FROM is cell TO's; FROM is blank. */
static void
move_value(row *w, int from, int to)
{
    w->value[to] = w->value[from];
    w->line[to] = w->line[from];
    w->cell_tok[to] = w->cell_tok[from];
    w->value[from] = "";
    w->cell_tok[from] = NULL;
}


/* Does identity ID confirm reading X against reading Y: hold over X
 * with sums not 0, and not over Y? */
static int
confirms(const gir_identity *id, const gir_idv *x, const gir_idv *y)
{
    long long sum = 0;
    return gir_identity_eval(id, x, &sum, NULL) == GIR_ID_HOLDS && sum != 0
        && gir_identity_eval(id, y, NULL, NULL) != GIR_ID_HOLDS;
}


/* Is reading X excluded against reading Y, the two apart in cells
 * [LO, LO + SPAN) only, by the identities naming any of them?  X is
 * excluded when one breaks over X; or when Y is confirmed and X is not
 * (a row's parts making its total over Y, the total moved among the
 * parts and its cell blank over X: the parts would make it by chance);
 * or when X escapes a sum that breaks over Y by leaving it not given
 * (blanking its total) and nothing confirms X.  A sum of 0 tells
 * nothing. */
static int
reading_excluded(const gir_template *tm, const gir_idv *x, const gir_idv *y, size_t lo,
                 size_t span)
{
    int x_confirmed = 0, y_confirmed = 0, x_escapes = 0;
    for (size_t i = 0; i < tm->n_identities; i++) {
        const gir_identity *id = &tm->identities[i];
        if (!gir_identity_touches(id, lo, span))
            continue;
        gir_id_result over_x = gir_identity_eval(id, x, NULL, NULL);
        if (over_x == GIR_ID_BROKEN)
            return 1;
        x_confirmed |= confirms(id, x, y);
        y_confirmed |= confirms(id, y, x);
        x_escapes |= over_x == GIR_ID_NOT_GIVEN
            && gir_identity_eval(id, y, NULL, NULL) == GIR_ID_BROKEN;
    }
    return !x_confirmed && (y_confirmed || x_escapes);
}


/* Does a number or placeholder of cell D of another row of W's width
 * on the page of token TK stand where TK does (in the table's metric)?
 * Then the page sets that cell's values where TK stands. */
static int
neighbour_stands_there(const table *t, const row *w, int d, const gir_tok *tk)
{
    if (!t->cc->metric_known)
        return 0;
    int metric = t->cc->metric;
    size_t page = page_of(t, tk->li);
    for (size_t k = 0; k < t->nrows; k++) {
        const row *o = &t->rows[k];
        const gir_tok *u = o != w && o->state == ROW_READ && o->n == w->n ? o->cell_tok[d] : NULL;
        if (u && page_of(t, u->li) == page && toks_overlap(u, tk, metric))
            return 1;
    }
    return 0;
}


/* Is row W's number in cell C set by the value before it, in C - 1:
 * standing a space or none after it, the value wholly right of its own
 * column (towards C's)?  pdftotext sets words a space apart as one piece of
 * text, placed where its first word stands, so the two are in C - 1 and
 * C as read, or one column on, in C and C + 1 (16 — 2 0 0 18 with
 * 商业企业 unprinted, the — between 商业企业's column and 科研's, the 2
 * in 科研's: the answer — under 科研 and 2 under 社会公益组织). */
static int
set_by_before(const row *w, int c)
{
    const gir_tok *before = c > 0 ? w->cell_tok[c - 1] : NULL;
    return before && (w->past_right >> (c - 1) & 1) && w->cell_tok[c]->c0 <= before->c1 + 1;
}


/* May row W's number in cell C be cell D's, D beside it with nothing
 * printed: marked movable towards D, and reaching out of its column
 * towards it, or standing where D's numbers stand on other rows, or set
 * by the value before it (set_by_before: that value moves with it)? */
static int
may_move(const table *t, const row *w, int c, int d)
{
    return d >= 0 && d < w->n && !w->cell_tok[d]
        && ((d < c ? w->move_left : w->move_right) >> c & 1)
        && (((d < c ? w->off_left : w->off_right) >> c & 1)
            || neighbour_stands_there(t, w, d, w->cell_tok[c])
            || (d > c && set_by_before(w, c)));
}


/* Does every identity of template TM naming a cell of [LO, LO + SPAN)
 * hold over CELLS (given, every cell known)? */
static int
span_holds(const gir_template *tm, const gir_idv *cells, size_t lo, size_t span)
{
    for (size_t i = 0; i < tm->n_identities; i++) {
        const gir_identity *id = &tm->identities[i];
        if (gir_identity_touches(id, lo, span)
            && gir_identity_eval(id, cells, NULL, NULL) != GIR_ID_HOLDS)
            return 0;
    }
    return 1;
}


/* Into MOVED, a copy of CELLS: row W's values of cells START up to D's
 * neighbour one cell on towards D (the blank cell beside the run),
 * START left blank. */
static void
shift_cells(const row *w, const gir_idv *cells, int start, int d, gir_idv *moved)
{
    int step = d > start ? 1 : -1;
    for (int j = start; j != d; j += step)
        moved[w->first_cell + (size_t) (j + step)] = cells[w->first_cell + (size_t) j];
    moved[w->first_cell + (size_t) start] = (gir_idv) {0, GIR_IDV_BLANK};
}


/* Row W's values of cells START up to D's neighbour, one cell on
 * towards D, as shift_cells weighed them. */
static void
shift_values(row *w, int start, int d)
{
    int step = d > start ? 1 : -1;
    for (int j = d; j != start; j -= step)
        move_value(w, j - step, j);
}


/* Row W as read breaking the table's identities, and no move of one
 * number mending it: pdftotext may have set a run of its numbers a
 * column along (（一）予以公开's 1 and 8 under 科研 and 社会公益组织,
 * the row's line on a grid of its own, 科研 blank).  A shift of the run
 * of numbers ending at a movable one into the blank cell beside it is a
 * reading when every identity naming the cells it spans is given and
 * holds over it; the one such shift is taken.  Which is none where a
 * cell of those identities is unread: an identity that cannot be
 * weighed confirms nothing. */
static int
shift_run(table *t, row *w, const gir_idv *cells)
{
    const gir_template *tm = t->r->tmpl;
    gir_idv moved[GIR_TEMPLATE_MAX_CELLS];
    int shifts = 0, from = 0, to = 0;
    for (int c = 0; c < w->n; c++)
        for (int d = c - 1; d <= c + 1; d += 2) {
            int step = d - c;
            if (!may_move(t, w, c, d))
                continue;
            /* runs of two numbers and more: one is a move settle_movable weighed */
            for (int start = c - step; start >= 0 && start < w->n && w->cell_tok[start];
                 start -= step) {
                memcpy(moved, cells, sizeof moved);
                shift_cells(w, cells, start, d, moved);
                size_t lo = w->first_cell + (size_t) (step > 0 ? start : d);
                size_t span = (size_t) (step > 0 ? d - start : start - d) + 1;
                if (span_holds(tm, moved, lo, span) && shifts++ == 0)
                    from = start, to = d;
            }
        }
    if (shifts != 1)
        return 0;
    shift_values(w, from, to);
    return 1;
}


/* A number that read_by_columns or read_by_pattern placed in
 * pdftotext's text beside a cell with nothing printed may be that
 * cell's (mark_movable, neighbour_stands_there, set_by_before): a row's
 * sum holds either way unless the cell is its total, and every sum does
 * when the number is 0.  The row as read and each such move of one
 * number (with the value that set it, set_by_before) are weighed
 * against each other by every identity naming the cells moved,
 * the table's other rows as read (reading_excluded).  The one reading
 * not excluded is the row's: a move only where no other row has such a
 * choice (a move weighed against rows that may move too is no certain
 * one).  With several, the cells of the moves not excluded are left
 * empty; with none (the report breaks an identity there), the cells of
 * every move.  An identity that cannot be weighed (a cell of it unread)
 * excludes nothing. */
void
settle_movable(table *t)
{
    const gir_template *tm = t->r->tmpl;
    size_t pending = 0;         /* rows with a move to weigh */
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        int any = 0;
        for (int c = 0; w->state == ROW_READ && c < w->n && !any; c++)
            any = may_move(t, w, c, c - 1) || may_move(t, w, c, c + 1);
        pending += any;
    }
    if (!pending)
        return;
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS], moved[GIR_TEMPLATE_MAX_CELLS];
    table_cells(t, cells);
    memcpy(moved, cells, sizeof cells);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_READ || !(w->move_left | w->move_right))
            continue;
        int as_read_excluded = 0, left = 0, from = -1, to = -1;
        unsigned unsure = 0, every = 0;
        for (int c = 0; c < w->n; c++) {
            for (int d = c - 1; d <= c + 1; d += 2) {
                if (!may_move(t, w, c, d))
                    continue;
                /* A value that set this one moves with it (set_by_before). */
                int carry = d > c && set_by_before(w, c), start = carry ? c - 1 : c;
                /* the cells whose value differs between the readings (a
                 * placeholder carried along is blank in both) */
                unsigned differ = 1u << c | 1u << d;
                if (carry && *w->value[c - 1])
                    differ |= 1u << (c - 1);
                every |= differ;
                shift_cells(w, cells, start, d, moved);
                size_t first = w->first_cell + (size_t) (start < d ? start : d);
                size_t n = (size_t) (carry ? 3 : 2);
                as_read_excluded |= reading_excluded(tm, cells, moved, first, n);
                if (!reading_excluded(tm, moved, cells, first, n)) {
                    left++, from = start, to = d;
                    unsure |= differ;
                }
                memcpy(moved + first, cells + first, n * sizeof *moved);
            }
        }
        if (left == 0 && !as_read_excluded)
            continue;                   /* as read: the one reading left */
        if (left == 1 && as_read_excluded && pending == 1) {
            shift_values(w, from, to);
            continue;
        }
        if (left == 0 && pending == 1 && shift_run(t, w, cells))
            continue;
        if (left == 0)
            unsure = every;             /* every reading breaks: none is the row's */
        w->column_unsure |= unsure;
        w->place_unsure = 1;
    }
}


/* Moving a value from cell A to cell B beside it, with CELLS as moved:
 * does every identity of the template that broke before it
 * (BROKEN[0..NBROKEN)) name A or B, and every identity naming A or B
 * hold?  The others are as they were. */
static int
all_hold_at(const gir_template *tm, const gir_idv *cells, const size_t *broken, size_t nbroken,
            size_t a, size_t b)
{
    for (size_t k = 0; k < nbroken; k++) {
        const gir_identity *id = &tm->identities[broken[k]];
        if (!gir_identity_touches(id, a, 1) && !gir_identity_touches(id, b, 1))
            return 0;
    }
    return span_holds(tm, cells, a < b ? a : b, 2);
}


/* Values placed by where they stand on a line (read_by_columns) may
 * stand a column off: pdftotext sets a narrow column's digits anywhere
 * in a span that reaches into the next column's, and a row's own sum
 * holds with a value in either applicant column.  The table's identities
 * across rows (t3's result sums, its balance) tell them apart: where
 * some break with the rows as read, each move of one such value into a
 * neighbouring cell where nothing is printed that leaves no identity
 * broken, and every identity naming either cell given and holding, is a
 * reading the table admits.  The one such move is taken; where there
 * are several (two rows each with a 5 beside an empty cell), none is
 * singled out and the cells of every one are left empty.  With none,
 * the rows stay as read and gir-check reports what breaks. */
void
settle_columns(table *t)
{
    const gir_template *tm = t->r->tmpl;
    int placed = 0;             /* a row placed by columns: the table's sums asked only then */
    for (size_t k = 0; k < t->nrows && !placed; k++)
        placed = t->rows[k].state == ROW_READ && t->rows[k].by_columns;
    if (!placed)
        return;
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS];
    table_cells(t, cells);
    size_t broken[16], nbroken = 0;
    for (size_t i = 0; i < tm->n_identities; i++)
        if (gir_identity_eval(&tm->identities[i], cells, NULL, NULL) == GIR_ID_BROKEN) {
            if (nbroken == sizeof broken / sizeof broken[0])
                return;         /* more than one value a column off can mend */
            broken[nbroken++] = i;
        }
    if (!nbroken)
        return;
    /* Each move's two cells, per row; the first move, to take if alone. */
    unsigned may_be[MAX_ROWS] = {0};
    size_t moves = 0, move_row = 0;
    int move_from = 0, move_to = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_READ || !w->by_columns)
            continue;
        for (int c = 0; c < w->n; c++) {
            if (!w->cell_tok[c] || !*w->value[c])
                continue;
            for (int to = c - 1; to <= c + 1; to += 2) {
                if (to < 0 || to >= w->n || w->cell_tok[to])
                    continue;
                size_t a = w->first_cell + (size_t) c, b = w->first_cell + (size_t) to;
                gir_idv was_a = cells[a], was_b = cells[b];
                cells[b] = was_a;
                cells[a] = (gir_idv) {0, GIR_IDV_BLANK};
                if (all_hold_at(tm, cells, broken, nbroken, a, b)) {
                    if (moves++ == 0)
                        move_row = k, move_from = c, move_to = to;
                    may_be[k] |= 1u << c | 1u << to;
                }
                cells[a] = was_a, cells[b] = was_b;
            }
        }
    }
    if (moves == 1) {
        move_value(&t->rows[move_row], move_from, move_to);
        return;
    }
    for (size_t k = 0; k < t->nrows; k++)
        t->rows[k].column_unsure |= may_be[k];
}


void
solve_glued(table *t)
{
    gir_glued_row rows[32];
    int any = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        memset(&rows[k], 0, sizeof rows[k]);
        if (w->state == ROW_GLUED) {
            rows[k] = w->glued;
            any = 1;
        }
        rows[k].n = w->n;
        rows[k].first_cell = w->first_cell;
        if (w->state == ROW_READ) {
            rows[k].state = GIR_GLUED_KNOWN;
            for (int c = 0; c < w->n; c++) {
                int ok = gir_number_scaled(w->value[c], 0, &rows[k].val[c]) == 0;
                rows[k].blank[c] = !*w->value[c];
                if (!ok && *w->value[c])
                    rows[k].state = GIR_GLUED_MISSING;  /* a decimal: no identity */
            }
        }
    }
    if (!any)
        return;
    gir_glued_solve(rows, t->nrows, t->r->tmpl);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_GLUED)
            continue;
        w->glued = rows[k];
        if (!rows[k].solved)
            continue;
        for (int c = 0; c < w->n; c++) {
            const gir_tok *tk = &t->g.toks.v[w->piece_tok[rows[k].piece_of[c]]];
            w->value[c] = rows[k].blank[c] ? ""
                : gir_arena_printf(&t->r->arena, "%lld", rows[k].val[c]);
            w->line[c] = tk->line;
        }
        w->state = ROW_READ;
        w->by = "glued";
    }
}

