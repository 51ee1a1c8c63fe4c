/* SPDX-License-Identifier: GPL-3.0-or-later */
/* anchors.c - the template's tables as their labels print them
 * (table_def, from data/labels-NAME.tsv), and finding each row's label
 * in a table's label stream: the row anchors, the range of tokens each
 * row's values lie in, and the rows whose values are not certain
 * (mark_contested). */
#include "config.h"
#include "internal.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "xmalloc.h"

#include "labels_2019.h"
#include "labels_2021.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Each template's labels, by the template's name. */
static const struct {
    const char *tmpl;
    const table_label *v;
    size_t n;
} label_sets[] = {
    {"2021", labels_2021, COUNT(labels_2021)},
    {"2019", labels_2019, COUNT(labels_2019)},
};

#define MAX_TABLES 8

/* A data error is the program's, not a report's: say it and stop, so a
 * broken labels file cannot ship past `make check`. */
static void
bad_labels(const gir_template *tm, const char *tname, const char *what)
{
    fprintf(stderr, "gir: labels of template %s, table %s: %s\n", tm->name, tname, what);
    abort();
}

/* The cells of table TNAME (row RNAME, or all its cells when ROW is NULL) are
 * consecutive in template order: the first and how many. */
static void
row_cells(row_def *rd, const gir_template *tm, const char *tname, const char *rname)
{
    for (size_t c = 0; c < tm->ncells; c++) {
        const gir_cell_def *d = &tm->cells[c];
        if (strcmp(d->table, tname) != 0 || (rname && strcmp(d->row, rname) != 0))
            continue;
        if (rd->n == 0) {
            rd->first_cell = c;
            rd->label = d->label_row;
        }
        if (rd->first_cell + (size_t) rd->n != c)
            bad_labels(tm, tname, "a row's cells are not consecutive");
        /* A row holds its cells in value[MAXVALS]. */
        if (rd->n == MAXVALS)
            bad_labels(tm, tname, "a row has more cells than MAXVALS");
        rd->n++;
    }
    if (rd->n == 0)
        bad_labels(tm, tname, "a row with no cell in the template");
}

/* The entry of KIND naming column COL of table TNAME, or NULL. */
static const char *
column_text(const table_label *v, size_t n, table_label_kind kind, const char *tname,
            const char *col)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].kind == kind && strcmp(v[i].table, tname) == 0 && strcmp(v[i].name, col) == 0)
            return v[i].text;
    return NULL;
}

static void
table_def_compute(table_def *td, const gir_template *tm, const table_label *v, size_t n,
                  const char *name)
{
    memset(td, 0, sizeof *td);
    td->tm = tm;
    td->name = name;
    size_t id = 0;
    for (size_t i = 0; i < n; i++) {
        const table_label *l = &v[i];
        if (strcmp(l->table, name) != 0)
            continue;
        switch (l->kind) {
        case TL_TABLE:
            td->section = atoi(l->name);
            td->title = l->text;
            break;
        case TL_START:
            compile(&td->start, l->text, id++);
            break;
        case TL_HEADER:
            compile(&td->header, l->text, id++);
            break;
        case TL_FOREIGN:
            compile(&td->foreign, l->text, id++);
            td->foreign_rows = l->name;
            td->foreign_reason = l->label;
            break;
        case TL_FLAG:
            if (strcmp(l->name, "values_after_label") == 0)
                td->values_after_label = 1;
            else if (strcmp(l->name, "merged_labels") == 0)
                td->merged_labels = 1;
            else
                bad_labels(tm, name, "an unknown flag");
            break;
        case TL_ROW:
        case TL_SPAN: {
            if (td->nrows == MAX_ROWS)
                bad_labels(tm, name, "more rows than MAX_ROWS");
            row_def *rd = &td->rows[td->nrows++];
            rd->name = l->name;
            row_cells(rd, tm, name, l->kind == TL_ROW ? l->name : NULL);
            if (l->label && *l->label)
                rd->label = l->label;
            compile(&rd->pat, l->text, id++);
            for (size_t k = 0; k < tm->n_identities; k++)
                if (gir_identity_within(&tm->identities[k], rd->first_cell, (size_t) rd->n)) {
                    if (rd->nown == MAX_OWN)
                        bad_labels(tm, name, "a row within more identities than MAX_OWN");
                    rd->own[rd->nown++] = &tm->identities[k];
                }
            /* Kept with the table_def, for the process's life. */
            size_t len = strlen(rd->label);
            char *norm = xmalloc(2 * len + 1);
            gir_norm(rd->label, len, norm, GIR_NORM_STRIP_SPACE, NULL);
            rd->label_norm = norm;
            /* The row's own label: after its merged group cell's, which
             * the template's label sets before a space. */
            const char *own = strrchr(rd->label, ' ');
            own = own ? own + 1 : rd->label;
            char *own_norm = xmalloc(2 * strlen(own) + 1);
            gir_norm(own, strlen(own), own_norm, GIR_NORM_STRIP_SPACE, NULL);
            rd->own_norm = own_norm;
            for (int c = 0; c < rd->n; c++) {
                const char *col = tm->cells[rd->first_cell + (size_t) c].col;
                rd->colword[c] = column_text(v, n, TL_COLWORD, name, col);
                rd->colcell[c] = column_text(v, n, TL_COLCELL, name, col);
            }
            break;
        }
        case TL_GROUP:
            if (td->ngroups == MAX_GROUPS)
                bad_labels(tm, name, "more groups than MAX_GROUPS");
            td->group[td->ngroups++] = l->text;
            break;
        case TL_GROUPCOL:
            if (td->ngroup_cols == MAX_GROUP_COLS)
                bad_labels(tm, name, "more group columns than MAX_GROUP_COLS");
            td->group_col[td->ngroup_cols++] = l->text;
            break;
        case TL_COLWORD:
        case TL_COLCELL:
            break;              /* read with their rows */
        }
    }
    if (!td->title || !td->nrows)
        bad_labels(tm, name, "no table line or no row");
    for (size_t k = 0; k < td->nrows; k++)
        literal_set_add(&td->lits, &td->rows[k].pat);
    if (td->start.code)
        literal_set_add(&td->lits, &td->start);
    if (td->header.code)
        literal_set_add(&td->lits, &td->header);
    if (td->foreign.code)
        literal_set_add(&td->lits, &td->foreign);
    literal_set_finish(&td->lits);
}

/* The tables of template TM in the order its labels name them, computed
 * once per template (templates are static data: the address names it). */
const table_def *
table_defs(const gir_template *tm, size_t *ntables)
{
    static table_def defs[GIR_N_TEMPLATES][MAX_TABLES];
    static size_t ndefs[GIR_N_TEMPLATES];
    static int done[GIR_N_TEMPLATES];
    if (!match_data)
        match_data = pcre2_match_data_create(8, NULL);
    if (!done[tm->id]) {
        const table_label *v = NULL;
        size_t n = 0;
        for (size_t i = 0; i < COUNT(label_sets); i++)
            if (strcmp(label_sets[i].tmpl, tm->name) == 0)
                v = label_sets[i].v, n = label_sets[i].n;
        if (!v)
            bad_labels(tm, "-", "the template has no labels");
        for (size_t i = 0; i < n; i++)
            if (v[i].kind == TL_TABLE) {
                if (ndefs[tm->id] == MAX_TABLES)
                    bad_labels(tm, v[i].table, "more tables than MAX_TABLES");
                table_def_compute(&defs[tm->id][ndefs[tm->id]++], tm, v, n, v[i].table);
            }
        done[tm->id] = 1;
    }
    *ntables = ndefs[tm->id];
    return defs[tm->id];
}

void
table_init(table *t, gir_report *r, const table_def *def)
{
    /* Not the region: its buffers are kept (region_build). */
    t->r = r;
    t->def = def;
    t->name = def->name;
    t->nrows = def->nrows;
    static column_cache cc;
    memset(&cc, 0, sizeof cc);
    t->cc = &cc;
    /* ff: the report's, found once for its tables (gir_table_build). */
    /* Only rows [0, nrows) are ever read. */
    memset(t->rows, 0, def->nrows * sizeof t->rows[0]);
    for (size_t k = 0; k < def->nrows; k++) {
        t->rows[k].def = &def->rows[k];
        t->rows[k].name = def->rows[k].name;
        t->rows[k].label = def->rows[k].label;
        t->rows[k].first_cell = def->rows[k].first_cell;
        t->rows[k].n = def->rows[k].n;
    }
}


/* Is the match at [SO, EO) a row label, not a sentence of the
 * narrative?  In a table with header words (t4's 维持 纠正 …), they
 * stand between the label and its values. */
static int
anchor_plausible(const table *t, size_t so, size_t eo)
{
    const region *g = &t->g;
    size_t v = next_value(g, tok_at(g, so));
    if (t->def->header.code) {
        size_t hs, he;
        return search(g, &t->def->header, eo, &hs, &he) && he <= off_of(g, v);
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
    if (t->def->start.code && search(g, &t->def->start, from, &so, &eo))
        from = so;
    cand_pos (*c)[MAX_CANDS] = xcalloc(t->nrows, sizeof *c);
    int nc[32] = {0};
    long best[32][MAX_CANDS];
    int prev_row[32][MAX_CANDS], prev_cand[32][MAX_CANDS];
    for (size_t k = 0; k < t->nrows; k++) {
        size_t at = from;
        const pattern *pat = &t->def->rows[k].pat;
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


/* Does TEXT hold the end of HEAD (HL bytes; two characters of it at
 * least, the whole first) followed at once by TAIL?  A merged label cell
 * printed down the table's edge, its cell borders gone, glues its piece
 * to the head in front (不予公5.属于三 over 类内部事务信息). */
static int
holds_joined(const char *text, const char *head, size_t hl, const char *tail)
{
    if (!*tail)
        return 0;
    for (const char *p = strstr(text, tail); p; p = strstr(p + 1, tail)) {
        /* the bytes before P that end HEAD too */
        size_t k = 0, before = (size_t) (p - text);
        while (k < hl && k < before && head[hl - 1 - k] == p[-1 - (ptrdiff_t) k])
            k++;
        if (k == hl)
            return 1;
        size_t s = hl - k, chars = 0;
        while (s < hl && ((unsigned char) head[s] & 0xC0) == 0x80)
            s++;                /* from a character's first byte */
        for (; s < hl; s++)
            chars += ((unsigned char) head[s] & 0xC0) != 0x80;
        if (chars >= 2)
            return 1;
    }
    return 0;
}


/* The anchor's token text from where row W's pattern matched in it: a
 * group's merged cell printed beside the row may glue its piece in front
 * ((三)第三方合法权益, matched at 第三方). */
static const char *
anchor_text(const region *g, const row *w)
{
    const gir_tok *a = &g->toks.v[w->tok];
    size_t off = off_of(g, w->tok), len = strlen(a->text);
    if (w->spos > off && w->spos < off + len && memcmp(g->stream + off, a->text, len) == 0)
        return a->text + (w->spos - off);
    return a->text;
}


/* A row's label wrapped in a narrow cell has the row's values between
 * its pieces (pdftotext -layout centres them: 1.本机 / 无 7 无 46 0 无 53 /
 * 关不掌握相关政府信息), and its pattern may match the piece below them.
 * The row starts at its label's head: the nearest text above the anchor
 * that its own label goes on from (the head and the anchor's text side
 * by side in it; not its group's merged cell, （四）无法提供, printed
 * beside it), with values between them.  Only values, single
 * characters (a merged label cell printed down the edge, a placeholder)
 * and pieces of the group's label lie between. */
void
start_at_label_heads(table *t)
{
    region *g = &t->g;
    size_t prev = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_FOUND)
            continue;
        const gir_tok *a = &g->toks.v[w->tok];
        unsigned cp;
        int values = 0;
        for (size_t i = w->tok; i-- > prev;) {
            const gir_tok *h = &g->toks.v[i];
            /* 8,11 of 8,119 is one, in a PDF's cell too (9,0 of 9,081) */
            values |= is_value(h) || cut_number_piece(h);
            if (h->kind != GIR_TOK_LABEL || h->li == a->li || cut_number_piece(h))
                continue;
            /* A piece of the row's group's merged cell printed beside it
             * ((五)不予 between 3.要求 and 提供公开出版物) is not its label. */
            if (strstr(w->def->label_norm, h->text) && !strstr(w->def->own_norm, h->text))
                continue;
            size_t hl = strlen(h->text);
            if (gir_utf8_decode((const unsigned char *) h->text, hl, &cp) == hl)
                continue;       /* one character */
            /* A number wrapped in its cell may glue its first piece to the
             * label's head in a page without cell borders (7.属于行政5,0
             * over 执法案卷, for 5,024): the head is the text before it. */
            size_t glued = gir_glued_digits_start(h->text);
            if (glued < hl) {
                hl = glued;
                values = 1;
            }
            const char *matched = values ? anchor_text(g, w) : NULL;
            if (values && (holds_joined(w->def->own_norm, h->text, hl, a->text)
                           || (matched != a->text
                               && holds_joined(w->def->own_norm, h->text, hl, matched))))
                w->tok = i;
            break;
        }
        prev = w->tok;
    }
}


/* Is row name NAME one of the space-separated LIST? */
static int
in_list(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; (p = strstr(p, name)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return 1;
    return 0;
}

/* A report printing another template's row in place of some of this
 * template's (a 2021 report printing the 2019 single row （六）其他处理
 * for 2021's three other.* rows): when none of those rows was found
 * between the rows around them and the foreign row was, it ends the row
 * before it and its values belong to no cell; those rows are dropped.
 * Returns its token, or (size_t) -1. */
size_t
find_foreign_row(table *t)
{
    region *g = &t->g;
    const table_def *d = t->def;
    if (!d->foreign.code)
        return (size_t) -1;
    size_t first = t->nrows, last = 0;
    for (size_t k = 0; k < t->nrows; k++)
        if (in_list(d->foreign_rows, t->rows[k].name)) {
            first = k < first ? k : first;
            last = k;
        }
    if (first == 0 || first == t->nrows || last + 1 >= t->nrows)
        return (size_t) -1;
    row *before = &t->rows[first - 1], *after = &t->rows[last + 1];
    if (before->state == ROW_MISSING || after->state == ROW_MISSING)
        return (size_t) -1;
    for (size_t k = first; k <= last; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].spos < after->spos
            && t->rows[k].spos > before->spos)
            return (size_t) -1;
    size_t so, eo;
    if (!search(g, &d->foreign, before->send, &so, &eo) || so >= after->spos)
        return (size_t) -1;
    for (size_t k = first; k <= last; k++) {
        t->rows[k].state = ROW_DROPPED;
        t->rows[k].tok = tok_at(g, so);
    }
    gir_warn(t->r->source, g->toks.v[tok_at(g, so)].line, "%s", d->foreign_reason);
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
        /* Some tables' rows hold their values right after the label
         * (t2's: what follows is the narrative's): from its last piece,
         * as a label wrapped in a narrow cell (政府集中 / 采购) has the
         * row's values between its pieces, and the label's own second
         * piece is no end (the number wrapped beside it is the row's
         * too). */
        if (last || t->def->values_after_label) {
            size_t limit = end;
            end = end_after_values(g, tok_at(g, w->send - 1), limit);
            /* A label that goes on with the row's own label is its wrapped
             * rest, not the next row: pdftotext prints 四、结转下年度 /
             * 22 0 / 98 5 / 2 / 继续办理 / 5, the 5 the rest of 125. */
            const char *label = w->def->label_norm;
            const char *before = g->toks.v[w->tok].text;
            while (end < limit && g->toks.v[end].kind == GIR_TOK_LABEL
                   && ((strlen(g->toks.v[end].text) >= 6 && strstr(label, g->toks.v[end].text))
                       || reads_on(before, g->toks.v[end].text, label))) {
                /* (a delimited line's empty fields between them, as a
                 * grid row a page cut prints its label's rest: 继续办理
                 * over the empty cells, then 9 and 9 of 49 and 49) */
                size_t next = end + 1;
                while (next < limit && g->toks.v[next].kind == GIR_TOK_EMPTY
                       && g->toks.v[next].li == g->toks.v[end].li)
                    next++;
                if (next >= limit || !is_value(&g->toks.v[next]))
                    break;      /* no number right after the rest: the row ended */
                before = g->toks.v[end].text;
                end = end_after_values(g, end, limit);
            }
        }
        w->end = end;
    }
}


/* Where the section's heading ends in the label stream, when the heading
 * shares its line with the text before it (a page flattened to one line);
 * else 0. */
size_t
heading_end(const table *t, int sec)
{
    if (sec < 1 || sec > 6)
        return 0;
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


/* Is token I the first on its line but for empty fields? */
static int
first_on_line(const region *g, size_t i)
{
    for (size_t j = i; j-- > 0 && g->toks.v[j].li == g->toks.v[i].li;)
        if (g->toks.v[j].kind != GIR_TOK_EMPTY)
            return 0;
    return 1;
}

/* Does TEXT start with an item's number (1. 2、) and then its words: the
 * start of an item row's label (1.本机关不掌握…)? */
static int
starts_item(const char *text)
{
    size_t d = strspn(text, "0123456789");
    if (d == 0 || d > 2)
        return 0;
    const char *p = text + d;
    size_t mark = *p == '.' ? 1 : strncmp(p, "、", 3) == 0 ? 3 : 0;
    return mark && (unsigned char) p[mark] >= 0x80;
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
                    || gir_is_digit_run(tk->text)
                    || (first_on_line(g, i) && starts_item(tk->text))))
                w->ordinal = tk->text;  /* 二、, an item's 8, 1.本机 */
        }
        /* Between the row's label and its last value. */
        size_t limit = off_of(g, last);
        for (size_t m = 0; m < t->nrows && !w->contested; m++) {
            size_t so, eo;
            if (t->rows[m].state == ROW_MISSING
                && search(g, &t->def->rows[m].pat, w->send, &so, &eo) && eo <= limit)
                w->contested = t->rows[m].label;
        }
    }
}

