/* SPDX-License-Identifier: GPL-3.0-or-later */
/* region.c - a table's region of the report: its tokens (table_tok.c),
 * the label stream they make, and the small questions every reader asks
 * of them (which token is a value, which line a row's values are on). */
#include "config.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binary.h"
#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "xmalloc.h"

/* A short label (one or two wide characters) first on its line, with
 * more label text after it on the line.  */
static int
short_lead(const gir_toks *t, size_t i)
{
    const gir_tok *k = &t->v[i];
    int chars = k->c1 - k->c0;
    return k->kind == GIR_TOK_LABEL && k->mode == GIR_LINE_LAYOUT && chars >= 1 && chars <= 2
           && k->x1 - k->x0 == 2 * chars && (i == 0 || t->v[i - 1].li != k->li);
}


/* Is there a lead at the column of lead A within two lines before
 * (STEP -1) or after (STEP 1) it; if PIECE, one already marked? */
static int
lead_above_below(const gir_toks *t, const size_t *lead, size_t nlead, size_t a, int step,
                 const unsigned char *piece)
{
    const gir_tok *k = &t->v[lead[a]];
    for (size_t b = a + (size_t) step; b < nlead; b += (size_t) step) {
        const gir_tok *o = &t->v[lead[b]];
        if (o->li + 2 < k->li || k->li + 2 < o->li)
            return 0;
        if (o->li != k->li && o->c0 == k->c0 && (!piece || piece[lead[b]]))
            return 1;
    }
    return 0;
}


static int
label_follows(const gir_toks *t, size_t i)
{
    return i + 1 < t->n && t->v[i + 1].li == t->v[i].li && t->v[i + 1].kind == GIR_TOK_LABEL;
}


static int
lone_wide_blank(const gir_toks *t, size_t i)
{
    const gir_tok *k = &t->v[i];
    return k->kind == GIR_TOK_BLANK && k->mode == GIR_LINE_LAYOUT && k->c1 - k->c0 == 1
           && k->x1 - k->x0 == 2 && (i == 0 || t->v[i - 1].li != k->li)
           && (i + 1 == t->n || t->v[i + 1].li != k->li);
}


/* Is TEXT a group's number in brackets, (一) to (七), as normalised? */
static int
is_group_number(const char *text)
{
    static const char *const number[] = {"(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)"};
    for (size_t k = 0; k < sizeof number / sizeof number[0]; k++)
        if (strcmp(text, number[k]) == 0)
            return 1;
    return 0;
}


/* pdftotext prints a merged cell's label down the table's left edge, a
 * character or two a line (（/六/）/其/他/处/理), in front of the row
 * labels it spans: read in line order those characters cut the row
 * labels (4.无正当理由大 处 量反复申请).  A short lead followed by label
 * text on its line, with another short lead at the same character column
 * within two lines, is such a piece.  In t3, whose result rows are the
 * ones grouped under merged cells, so is a short lead alone on its line
 * or before the row's values next to a piece so found (a narrow page
 * leaves pieces of 无法提供 between the lines of a wrapped row label);
 * elsewhere such a lead is a short row label (规章  0  0  0).  The 无 of
 * 无法提供 alone on its line reads as the placeholder 无: in such a run
 * it is a piece, not a value.  Pieces stay out of the label stream.
 * G->piece gets a flag per token, kept like the region's other buffers. */
static void
mark_vertical_pieces(region *g, int merged_rows)
{
    gir_toks *t = &g->toks;
    g->piece = xgrow(g->piece, &g->cap_piece, t->n + 1, 1);
    memset(g->piece, 0, t->n + 1);
    unsigned char *piece = g->piece;
    size_t nlead = 0;
    for (size_t i = 0; i < t->n; i++)
        if (short_lead(t, i) || (merged_rows && lone_wide_blank(t, i))) {
            g->lead = xgrow(g->lead, &g->cap_lead, nlead + 1, sizeof *g->lead);
            g->lead[nlead++] = i;
        }
    const size_t *lead = g->lead;
    for (size_t a = 0; a < nlead; a++)
        piece[lead[a]] = t->v[lead[a]].kind == GIR_TOK_LABEL && label_follows(t, lead[a])
            && (lead_above_below(t, lead, nlead, a, -1, NULL)
                || lead_above_below(t, lead, nlead, a, 1, NULL));
    /* A lead alone on its line left of the label text that starts the
     * lines above and below it, with another lead at its character
     * column within two lines, stands left of the row labels, where no
     * cell is: it is a piece of a merged cell down the edge (无 / 法 / 提 /
     * 供, 不 / 予 / 处 / 理 between 4.无正当理由, 大量 and 反复申请; 无 reads
     * as the placeholder), even where no piece next to it has label text
     * after it to be found by.  (Text of a cell a line starts every line
     * at column 0: nothing is left of it.) */
    for (size_t a = 0; a < nlead && merged_rows; a++) {
        size_t i = lead[a];
        if (i == 0 || i + 1 >= t->n || t->v[i + 1].li == t->v[i].li
            || (t->v[i].kind != GIR_TOK_BLANK && t->v[i].kind != GIR_TOK_LABEL))
            continue;
        size_t above = i - 1;
        while (above > 0 && t->v[above - 1].li == t->v[i - 1].li)
            above--;
        const gir_tok *up = &t->v[above], *down = &t->v[i + 1];
        if (up->kind == GIR_TOK_LABEL && down->kind == GIR_TOK_LABEL
            && up->li + 1 == t->v[i].li && down->li == t->v[i].li + 1
            && t->v[i].x1 <= up->x0 && t->v[i].x1 <= down->x0
            && (lead_above_below(t, lead, nlead, a, -1, NULL)
                || lead_above_below(t, lead, nlead, a, 1, NULL)))
            piece[i] = 1;
    }
    /* Leads with no label after them join a run of pieces, down then up. */
    for (int pass = 0; pass < 2 && merged_rows; pass++)
        for (size_t n = 0; n < nlead; n++) {
            size_t a = pass ? nlead - 1 - n : n;
            if (!piece[lead[a]] && !label_follows(t, lead[a]))
                piece[lead[a]] = (unsigned char) lead_above_below(t, lead, nlead, a,
                                                                  pass ? 1 : -1, piece);
        }
    for (size_t a = 0; a < nlead; a++)
        if (piece[lead[a]])
            t->v[lead[a]].kind = GIR_TOK_LABEL;
    /* A group's number alone, (三) of （三）不予公开, with a row label's
     * text after it on its line, is the head of the group's merged cell
     * printed beside the rows it spans, where it may cut a wrapped row
     * label (4.保护第 over （三）  三方合法权益): a piece too. */
    for (size_t i = 0; i < t->n && merged_rows; i++)
        if (t->v[i].kind == GIR_TOK_LABEL && is_group_number(t->v[i].text) && label_follows(t, i))
            piece[i] = 1;
}


/* Is the nearest token above token I, in its columns, a piece of a label
 * printed down the edge: a label of one or two characters? */
static int
edge_piece_above(const gir_toks *out, size_t i)
{
    const gir_tok *x = &out->v[i];
    for (size_t j = i; j-- > 0;) {
        const gir_tok *y = &out->v[j];
        if (y->li == x->li || y->x0 >= x->x1 || x->x0 >= y->x1)
            continue;
        return y->kind == GIR_TOK_LABEL && y->c1 - y->c0 <= 2;
    }
    return 0;
}

/* Drop the blanks that start the line of tokens [FROM, END) when a label
 * follows them and the line has no number, or they start with rst's
 * escaped empty cell; returns the line's new end. */
static size_t
drop_header_blanks(gir_toks *out, size_t from, size_t end)
{
    size_t lead = from;
    while (lead < end && out->v[lead].kind == GIR_TOK_BLANK)
        lead++;
    if (lead == from || lead == end || out->v[lead].kind != GIR_TOK_LABEL)
        return end;
    /* A simple table's line must not start blank, so rst writes an empty
     * first cell `\`: before a label, that is the label column's empty
     * cell (a merged group cell's rows under its first: `\  (二)部分公开
     * 0 - 0 59 0 7 66`), a row's values or not. */
    int escaped = strcmp(out->v[from].text, "\\") == 0;
    for (size_t i = lead; i < end && !escaped; i++)
        if (out->v[i].kind == GIR_TOK_NUM)
            return end;
    int chunks = out->v[lead].field - out->v[from].field;     /* the blanks' own */
    memmove(out->v + from, out->v + lead, (end - lead) * sizeof *out->v);
    end -= lead - from;
    for (size_t i = from; i < end; i++)
        out->v[i].field -= chunks, out->v[i].nfields -= chunks;
    return end;
}

/* What a layout line's first tokens are, [FROM, END) being one line's
 * tokens and those before it read so; returns the line's new end.
 *  - A merged label printed down the left edge of a PDF table (（四）无法
 *    提供 a character or two a line) leaves a 无 before a row's label or
 *    numbers: a label, not a blank cell, where the row's label follows
 *    it or the label's piece above it stands in its place.  Else (t4's
 *    first cell; a row whose label wrapped around its values, 1.本机 /
 *    无 7 无 46 0 无 53 / 关不掌握相关政府信息) it is a cell.
 *  - A header line whose first cell is empty: reStructuredText writes
 *    that cell `\` (a simple table's line must not start blank: \  结果
 *    维持 结果纠正 … under 行政复议 and 行政诉讼).  Blanks before the
 *    labels of a line with no number are empty header cells, no row's
 *    values; so is rst's `\` before a row's label. */
static size_t
read_line_head(gir_toks *out, size_t from, size_t end)
{
    if (out->v[from].mode != GIR_LINE_LAYOUT)
        return end;
    if (end > from + 1 && out->v[from].kind == GIR_TOK_BLANK && strcmp(out->v[from].text, "无") == 0
        && (out->v[from + 1].kind == GIR_TOK_LABEL || edge_piece_above(out, from)))
        out->v[from].kind = GIR_TOK_LABEL;
    return drop_header_blanks(out, from, end);
}

/* read_line_head for each line of tokens FROM.., top down (a line's head
 * is read by the lines above it as they are read). */
static void
read_line_heads(gir_toks *out, size_t from)
{
    size_t w = from;
    for (size_t i = from, j; i < out->n; i = j) {
        for (j = i; j < out->n && out->v[j].li == out->v[i].li;)
            j++;
        if (w != i)
            memmove(out->v + w, out->v + i, (j - i) * sizeof *out->v);
        w = read_line_head(out, w, w + (j - i));
    }
    out->n = w;
}

/* G's buffers are kept from the region before (see kept_table): only
 * their contents are new.  The stream is always a string, "" when the
 * region has no labels. */
void
region_build(region *g, gir_report *r, int merged_labels, size_t first, size_t end)
{
    g->toks.n = 0;
    g->toks.nrules = g->toks.nruns = 0;
    g->slen = 0;
    g->nlab = 0;
    g->stream = xgrow(g->stream, &g->scap, 1, 1);
    g->stream[0] = '\0';
    g->lits = NULL;
    /* The lines' cells, then what the head of each line is (top down),
     * then the repairs, which ask where the lines' values are. */
    gir_tokenise(r->lines, first, end, &r->arena, &g->toks);
    read_line_heads(&g->toks, 0);
    gir_toks_repair(r->lines, first, end, &r->arena, &g->toks, 0);
    mark_vertical_pieces(g, merged_labels);
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *t = &g->toks.v[i];
        if (t->kind != GIR_TOK_LABEL || g->piece[i])
            continue;
        size_t n = strlen(t->text);
        /* pandoc's markdown writes a line break in a cell (<br>) as a
         * backslash ending the cell's line, the text going on below:
         * 8.属于\ over 行政查询事项, the row's values beside the first
         * piece.  The label reads on without it, over the values, as a
         * label wrapped around its row's values does. */
        if (n >= 2 && t->text[n - 1] == '\\')
            n--;
        g->lab_tok = xgrow(g->lab_tok, &g->cap_tok, g->nlab + 1, sizeof *g->lab_tok);
        g->lab_off = xgrow(g->lab_off, &g->cap_off, g->nlab + 1, sizeof *g->lab_off);
        g->lab_tok[g->nlab] = i;
        g->lab_off[g->nlab] = g->slen;
        g->nlab++;
        g->stream = xgrow(g->stream, &g->scap, g->slen + n + 1, 1);
        memcpy(g->stream + g->slen, t->text, n);
        g->slen += n;
        g->stream[g->slen] = '\0';
    }
}


/* The token holding stream offset POS. */
size_t
tok_at(const region *g, size_t pos)
{
    size_t lo = 0, hi = g->nlab;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (g->lab_off[mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return g->lab_tok[lo];
}


/* Stream offset where token I starts (labels) or would start (values). */
size_t
off_of(const region *g, size_t tok)
{
    size_t lo = 0, hi = g->nlab;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (g->lab_tok[mid] < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->nlab ? g->lab_off[lo] : g->slen;
}


/* First value token after token A, or g->toks.n. */
size_t
next_value(const region *g, size_t a)
{
    for (size_t i = a + 1; i < g->toks.n; i++)
        if (is_value(&g->toks.v[i]))
            return i;
    return g->toks.n;
}


/* The first label after some value: the end of the table's last row. */
size_t
end_after_values(const region *g, size_t a, size_t limit)
{
    int seen = 0;
    for (size_t i = a + 1; i < limit; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (is_value(tk))
            seen = 1;
        else if (tk->kind == GIR_TOK_LABEL && seen)
            return i;
    }
    return limit;
}


/* Is TK a piece of a number cut after a thousands separator: digits and
 * commas the tokeniser keeps as text, being no number (5,8 and 89,; not
 * 1., an item's number)?  Its rest stands elsewhere: on another line of
 * a page, or, in a PDF's cell, on a grid row of its own. */
int
cut_number_piece(const gir_tok *tk)
{
    return tk->kind == GIR_TOK_LABEL && gir_is_cut_number(tk->text);
}

/* The same in layout text, its rest on another line. */
int
cut_number(const gir_tok *tk)
{
    return tk->mode == GIR_LINE_LAYOUT && cut_number_piece(tk);
}


/* Is token U a cell some row has read? */
int
read_by_a_row(const table *t, const gir_tok *u)
{
    for (size_t k = 0; k < t->nrows; k++)
        for (int c = 0; t->rows[k].state == ROW_READ && c < t->rows[k].n; c++)
            if (t->rows[k].cell_tok[c] == u)
                return 1;
    return 0;
}


/* Is token I the only value on its line? */
int
lone_value(const region *g, size_t i)
{
    return gir_toks_lone_value(&g->toks, 0, i);
}


/* The line holding all of the row's values, if they are on one line. */
int
values_line(const table *t, const row *w, size_t *li)
{
    int any = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &t->g.toks.v[i];
        if (!is_value(tk))
            continue;
        if (any && tk->li != *li)
            return 0;
        *li = tk->li;
        any = 1;
    }
    return any;
}


/* The labels' fields of line LI as a bit mask, and its number of fields:
 * the shape read_by_fields compares lines by. */
unsigned long long
label_mask(const region *g, size_t li, int *nfields)
{
    unsigned long long m = 0;
    size_t lo, hi;
    gir_toks_line(&g->toks, 0, li, &lo, &hi);
    for (size_t i = lo; i < hi; i++) {
        const gir_tok *tk = &g->toks.v[i];
        *nfields = tk->nfields;
        if (tk->kind == GIR_TOK_LABEL && tk->field < 64)
            m |= 1ULL << tk->field;
    }
    return m;
}


const gir_tok *
tok_in_field(const region *g, size_t li, int field)
{
    size_t lo, hi;
    gir_toks_line(&g->toks, 0, li, &lo, &hi);
    for (size_t i = lo; i < hi; i++)
        if (g->toks.v[i].field == field)
            return &g->toks.v[i];
    return NULL;
}


int
tok_x0(const gir_tok *tk, int metric)
{
    return metric == X_CHARS ? tk->c0 : tk->x0;
}


int
tok_x1(const gir_tok *tk, int metric)
{
    int x1 = metric == X_CHARS ? tk->c1 : tk->x1;
    return x1 > tok_x0(tk, metric) ? x1 : tok_x0(tk, metric) + 1;
}


/* Do tokens A and B share a column, measured in METRIC? */
int
toks_overlap(const gir_tok *a, const gir_tok *b, int metric)
{
    return tok_x0(a, metric) < tok_x1(b, metric) && tok_x0(b, metric) < tok_x1(a, metric);
}


/* Does the label read on from text BEFORE to text AFTER: the last
 * character of one and the first of the other side by side in LABEL? */
int
reads_on(const char *before, const char *after, const char *label)
{
    size_t nb = strlen(before), na = strlen(after), k = nb;
    unsigned cp;
    if (!nb || !na)
        return 0;
    while (k > 0 && ((unsigned char) before[k - 1] & 0xC0) == 0x80)
        k--;
    k = k > 0 ? k - 1 : 0;          /* the last character's first byte */
    size_t n1 = gir_utf8_decode((const unsigned char *) after, na, &cp);
    char pair[16];
    if (nb - k + n1 >= sizeof pair)
        return 0;
    memcpy(pair, before + k, nb - k);
    memcpy(pair + nb - k, after, n1);
    pair[nb - k + n1] = '\0';
    return strstr(label, pair) != NULL;
}


/* The page of line LI: the index of the line where it starts (pdftotext
 * begins each page after the first with a form feed).  The form feeds'
 * lines are found once per report (t->ff), as every value asks; only
 * lines of the table's region are asked about, so the lines after it do
 * not matter. */
size_t
page_of(const table *t, size_t li)
{
    size_t lo = 0, hi = t->nff;     /* the last form feed line <= LI */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->ff[mid] <= li)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? t->ff[lo - 1] : 0;
}


/* Does a word follow another two spaces or more after it? */
static int
two_spaces_between_words(const char *s, size_t len)
{
    while (len && s[len - 1] == ' ')
        len--;                  /* spaces ending the line are no gap */
    for (size_t i = 0; i + 2 < len; i++)
        if (s[i] != ' ' && s[i + 1] == ' ' && s[i + 2] == ' ')
            return 1;
    return 0;
}

/* How report R's text was set: its pages (form feeds, page_of), whether
 * gir-split set it from a PDF's glyphs (set_on_glyph_grid), and whether
 * a paged text is laid out (set_without_layout). */
void
find_form_feeds(table *t, const gir_report *r)
{
    t->nff = 0;
    for (size_t i = 0; i < r->nlines; i++)
        if (memchr(r->lines[i].text, '\f', r->lines[i].len)) {
            t->ff = xgrow(t->ff, &t->cap_ff, t->nff + 1, sizeof *t->ff);
            t->ff[t->nff++] = i;
        }
    const char *encoding = gir_report_meta(r, "encoding");
    t->pdf_lines = encoding && strcmp(encoding, GIR_FORMAT_PDF) == 0;
    /* set_without_layout: asked only of paged text */
    t->laid_out = 0;
    for (size_t i = 0; i < r->nlines && t->nff > 0 && !t->laid_out; i++)
        t->laid_out = two_spaces_between_words(r->lines[i].text, r->lines[i].len);
}


/* GIR_TABLE_DEBUG=1: the tokens of each region, to see how a layout reads. */
void
dump_tokens(const region *g)
{
    static const char kinds[] = "LNBE";
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *t = &g->toks.v[i];
        fprintf(stderr, "tok %zu line %ld f%d/%d x%d-%d %c%s %s\n", i, t->line, t->field,
                t->nfields, t->x0, t->x1, kinds[t->kind], t->run ? "r" : "", t->text);
    }
}


/* A page flattened to one line holds every section: the table ends where
 * the next section's heading starts, or its last row would take the next
 * table's numbers (a 2019 t2 whose 采购总金额 is text, `395...元`). */
void
cut_at_next_heading(table *t, int sec)
{
    region *g = &t->g;
    size_t from = heading_end(t, sec);
    for (int s = sec + 1; s <= 6; s++) {
        const gir_section *h = &t->r->sections[s - 1];
        if (!h->line || !h->heading)
            continue;
        size_t n;
        char *norm = gir_norm_arena(&t->r->arena, h->heading, strlen(h->heading),
                                    GIR_NORM_STRIP_SPACE, &n);
        const char *at = n >= 12 ? strstr(g->stream + from, norm) : NULL;
        if (!at)
            return;
        size_t cut = (size_t) (at - g->stream), keep = tok_at(g, cut) + 1;
        g->slen = cut;
        g->stream[cut] = '\0';
        while (g->nlab > 0 && g->lab_off[g->nlab - 1] >= cut)
            g->nlab--;
        if (keep < g->toks.n)
            g->toks.n = keep;
        return;
    }
}


/* The 2019 template's 本年增/减 may be negative; a scraped page that lost
 * its cell borders glues the sign between two numbers (`35-15`: 35 and
 * -15), and the tokeniser's label '-' would end the row there.  In a
 * table with signed cells that '-' is the next number's sign. */
void
join_glued_signs(table *t)
{
    int signed_cells = 0;
    for (size_t k = 0; k < t->nrows; k++)
        for (int c = 0; c < t->rows[k].n; c++)
            signed_cells |= t->r->tmpl->cells[t->rows[k].first_cell + (size_t) c].kind
                == GIR_KIND_SIGNED;
    region *g = &t->g;
    for (size_t i = 1; signed_cells && i + 1 < g->toks.n; i++) {
        gir_tok *a = &g->toks.v[i - 1], *m = &g->toks.v[i], *b = &g->toks.v[i + 1];
        size_t vlen = strlen(b->value);
        if (m->kind != GIR_TOK_LABEL || strcmp(m->text, "-") != 0 || a->kind != GIR_TOK_NUM
            || b->kind != GIR_TOK_NUM || a->li != m->li || b->li != m->li
            || a->field != m->field || b->field != m->field || b->value[0] == '-'
            || vlen + 2 > sizeof b->value)
            continue;
        if (strcmp(b->value, "0") != 0) {
            memmove(b->value + 1, b->value, vlen + 1);
            b->value[0] = '-';
        }
        b->run = 0;                 /* a signed number is one cell */
        m->kind = GIR_TOK_EMPTY;    /* no label: the row goes on */
    }
}


/* Cell K of proposal P is token T: its number, or blank. */
void
propose_value(proposal *p, int k, const gir_tok *t)
{
    p->value[k] = t->kind == GIR_TOK_NUM ? t->value : "";
    p->line[k] = t->line;
    p->tok[k] = t;
}


/* Is TK a count printed as digits only (no sign, no comma, no point)? */
int
digits_only(const gir_tok *tk)
{
    return tk->kind == GIR_TOK_NUM && gir_is_digit_run(tk->text);
}


/* HEAD then REST, printed one after the other, as the count they make
 * (61 then 01: 6101; 1,14 then 3: 1,143, its commas grouping thousands
 * as number.c reads them), in the table's arena; NULL if they make none.
 * A count starts with no 0. */
const char *
joined_count(const table *t, const gir_tok *head, const gir_tok *rest)
{
    char joined[2 * GIR_VALUE_MAX_LEN + 2], count[GIR_VALUE_MAX_LEN + 1];
    int n = snprintf(joined, sizeof joined, "%s%s", head->text, rest->text);
    if (n <= 0 || (size_t) n >= sizeof joined || joined[0] == '0'
        || gir_parse_norm_value(joined, (size_t) n, count, sizeof count) != GIR_VALUE_NUMBER
        || !gir_number_is_count(count))
        return NULL;
    return gir_arena_memdup0(&t->r->arena, count, strlen(count));
}
