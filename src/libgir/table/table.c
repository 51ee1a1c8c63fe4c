/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table.c - rebuilding t2, t3 and t4 from a report's text (see table.h).
 *
 * Each table's region (its section, else the whole text) is tokenised in
 * reading order (table_tok.c).  The labels of all tokens, concatenated,
 * form a "label stream" in which each row is anchored by a distinctive
 * core of its official label (anchor_defs below), searched in template
 * order: rows always come in that order, so a core only has to be unique
 * after the previous row.  A row's values are the numbers between its
 * anchor and the next row's.  With exactly as many values as cells they
 * are assigned; otherwise the row's layout must say where each value
 * goes (field positions of delimited lines, one cell per line, display
 * columns of pdftotext text, or glued digit runs with a unique split);
 * if nothing is certain the cells stay empty and a warning says where. */
#include "config.h"
#include "table.h"


#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "table_glued.h"
#include "table_tok.h"
#include "internal.h"
#include "xmalloc.h"


/* Why row W was left unread, into BUF: the row, then the reason. */
static void
unread_reason(const table *t, const row *w, char *buf, size_t size)
{
    int n = snprintf(buf, size, "%s row %s (%s)", t->name, w->name, w->label);
    if (n < 0 || (size_t) n >= size)
        return;
    buf += n, size -= (size_t) n;
    const char *fixed = NULL;   /* a reason with nothing of the row's in it */
    if (w->state == ROW_MISSING) {
        snprintf(buf, size, " not found; its %d cell%s left empty",
                 w->n, w->n == 1 ? " is" : "s are");
    } else if (w->state == ROW_GLUED) {
        char runs[256] = "";
        size_t used = 0;
        for (size_t p = 0; p < w->glued.npieces && used < sizeof runs - 32; p++)
            used += (size_t) snprintf(runs + used, sizeof runs - used, "%s%s", p ? " " : "",
                                      *w->glued.piece[p] ? w->glued.piece[p] : "-");
        snprintf(buf, size,
                 ": '%s' holds its %d cells run together, as a page that lost "
                 "its cell borders prints them; the table's identities do not admit exactly "
                 "one split, so they are left empty", runs, w->n);
    } else if (w->place_unsure) {
        fixed = ": a number placed by where it stands, beside a cell with nothing printed, "
            "may be that cell's (text set from a page's glyphs sets each line on a grid of its "
            "own), and the table's identities do not single out one; the cells it may be in "
            "are left empty";
    } else if (w->column_unsure) {
        fixed = ": a value placed by where it stands may be a column off (the table's "
            "sums across rows break as read, and hold with one of several values a column "
            "over); the cells it may be in are left empty";
    } else if (w->split_broken) {
        fixed = ": a page ends inside the row, so a number before the break "
            "may go on after it; its own sums hold, but the table's sums across rows break "
            "with its values; cells left empty";
    } else if (w->stack_unconfirmed) {
        fixed = ": a number stacked a digit a line in a narrow column (７ over ２) stands "
            "where pdftotext set its own lines, not among the row's values, and its sums "
            "hold whichever cell it is; the table's sums across rows do not confirm each of "
            "its numbers, cells left empty";
    } else if (w->split_unconfirmed) {
        fixed = ": a page ends inside the row, and pdftotext without -layout sets "
            "words in the order the page draws them, so a number before the break may go on "
            "anywhere after it; "
            "its own sums hold, but the table's sums across rows do not confirm each of its "
            "numbers; cells left empty";
    } else if (w->page_split) {
        fixed = ": a page ends inside the row, so a number before the break "
            "may go on after it, and the row's sums do not confirm its values; cells left empty";
    } else if (w->over_stack) {
        fixed = ": a number stands in two pieces over and under the row's line "
            "(a narrow column wrapped it), so its values are not whole numbers; cells left empty";
    } else if (w->under_digit) {
        fixed = ": a lone number no row has read stands over one of its values, nothing "
            "between, as a narrow column prints a number a digit a line (182 as 1 / 8 / 2); "
            "the row's sums do not confirm its values, cells left empty";
    } else if (w->under_unread) {
        fixed = ": its values stand under values of the line above that no row has read, "
            "so they may be the rests of numbers a narrow cell wrapped (59645 as 596 over 45); "
            "the row's sums do not confirm them, cells left empty";
    } else if (w->count_unsure && !set_without_layout(t)) {
        snprintf(buf, size,
                 ": its %d values stand on several lines and do not make the "
                 "row's sum; which cells they are is not certain, cells left empty", w->nvalues);
    } else if (w->disagree) {
        fixed = ": its layout reads two ways and the row's own sums do not "
            "single out one; cells left empty";
    } else if (w->repair_unsure) {
        fixed = ": a number joined from pieces on several lines (digits "
            "stacked in a narrow column, or wrapped in a grid cell) is not confirmed by "
            "the row's sums; which cells they are is not certain, cells left empty";
    } else if (w->damaged) {
        fixed = ": its values' line lost bytes (a number cut short, a broken character after a "
            "value, or a full-width number filling its cell that the row's sums do not "
            "confirm, as a converter that cuts cells at a width in bytes leaves); which "
            "numbers lost digits is not certain, cells left empty";
    } else if (w->ordinal) {
        snprintf(buf, size,
                 ": the row number '%s' lies among its values; which values "
                 "are whose is not certain, cells left empty", w->ordinal);
    } else if (w->contested) {
        snprintf(buf, size,
                 ": the label '%s' of a row not found lies among its values; "
                 "which values are whose is not certain, cells left empty", w->contested);
    } else if (set_without_layout(t)) {
        /* After the reasons of the row's own: this one is the text's. */
        fixed = ": pdftotext without -layout sets words in the order the page draws "
            "them, so neither a value's line nor its place says which cell it is, and a number "
            "may be the first piece of one its cell wrapped; the row's sums do not confirm its "
            "values (a row with no sum of its own is never read there), cells left empty";
    } else {
        snprintf(buf, size,
                 ": %d value%s for its %d cell%s and no column to place "
                 "them by; cells left empty", w->nvalues,
                 w->nvalues == 1 ? "" : "s", w->n, w->n == 1 ? "" : "s");
    }
    if (fixed)
        snprintf(buf, size, "%s", fixed);
}


/* Each cell of row W left empty gets an issue record (warning,
 * cell.unread, the cell's key, the reason), so the reason travels with
 * the stream to gir-csv --issues and gir-check --report; stderr has it
 * once, for the row. */
static void
record_unread(gir_report *r, size_t first_cell, int n, long line, const char *reason)
{
    for (int c = 0; c < n; c++)
        gir_report_add_issue(r, "warning", "cell.unread", r->tmpl->cells[first_cell + (size_t) c].key,
                             NULL, NULL, line, reason);
}


static void
emit(table *t)
{
    gir_report *r = t->r;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state == ROW_MISSING || w->state == ROW_FOUND || w->state == ROW_GLUED) {
            char reason[512];
            long line = w->state == ROW_MISSING ? 0 : t->g.toks.v[w->tok].line;
            unread_reason(t, w, reason, sizeof reason);
            gir_warn(r->source, line, "%s", reason);
            record_unread(r, w->first_cell, w->n, line, reason);
        } else if (w->state == ROW_DROPPED) {
            record_unread(r, w->first_cell, w->n, t->g.toks.v[w->tok].line,
                          t->def->foreign_reason);
        }
        char unsure[512];       /* why some cells of a read row are left empty */
        if (w->state == ROW_READ && w->column_unsure) {
            unread_reason(t, w, unsure, sizeof unsure);
            gir_warn(r->source, t->g.toks.v[w->tok].line, "%s", unsure);
        }
        for (int c = 0; c < w->n; c++) {
            if (w->state == ROW_READ && w->column_unsure >> c & 1) {
                record_unread(r, w->first_cell + (size_t) c, 1, w->line[c], unsure);
                gir_report_set_cell(r, w->first_cell + (size_t) c, "", 0);
            } else if (w->state == ROW_READ) {
                gir_report_set_cell(r, w->first_cell + (size_t) c, w->value[c], w->line[c]);
            } else {
                gir_report_set_cell(r, w->first_cell + (size_t) c, "", 0);
            }
        }
    }
}


static int
any_found(const table *t)
{
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING)
            return 1;
    return 0;
}


/* Index of the first line at or after input line LINE. */
static size_t
line_index(const gir_report *r, long line)
{
    size_t lo = 0, hi = r->nlines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r->lines[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/* Lines of section SEC up to and including the next section's heading
 * line (a page flattened to one line holds all sections). */
static int
section_lines(const gir_report *r, int sec, size_t *first, size_t *end)
{
    if (!r->sections[sec - 1].line)
        return 0;
    *first = line_index(r, r->sections[sec - 1].line);
    *end = r->nlines;
    for (int s = sec + 1; s <= 6; s++)
        if (r->sections[s - 1].line) {
            *end = line_index(r, r->sections[s - 1].line) + 1;
            break;
        }
    if (*end > r->nlines)
        *end = r->nlines;
    return 1;
}


/* The readers, one file per layout family, each a function from the
 * table's tokens to a proposed reading of one row (internal.h); the
 * verifier (verify.c) decides what is taken.  Stages run in order: the
 * row alone, then readers that copy the columns of rows accepted before
 * (row by row, so a row read here serves the rows after it), then the
 * table's pattern of accepted rows (all rows at once). */
const reader_def table_readers[] = {
    /* name                 reader                      stage       columns  a line  pieces */
    {"count",               read_by_count,              STAGE_OWN,   0, 0, 0},
    {"across_cut",          read_across_cut,            STAGE_OWN,   0, 0, 1},
    {"stacked",             read_stacked_count,         STAGE_OWN,   0, 0, 1},
    {"fields",              read_by_fields,             STAGE_ROWS,  0, 0, 0},
    {"header",              read_by_header,             STAGE_ROWS,  0, 0, 0},
    {"trailing_fields",     read_by_trailing_fields,    STAGE_ROWS,  0, 0, 0},
    {"groups",              read_groups,                STAGE_ROWS,  0, 0, 0},
    {"lines",               read_by_lines,              STAGE_ROWS,  0, 1, 0},
    {"lines_with_empties",  read_by_lines_with_empties, STAGE_ROWS,  0, 1, 0},
    {"columns",             read_by_columns,            STAGE_ROWS,  1, 0, 0},
    {"lines_like_table",    read_by_lines_like_table,   STAGE_TABLE, 0, 1, 0},
    {"pattern",             read_by_pattern,            STAGE_TABLE, 0, 0, 0},
};
const size_t n_table_readers = sizeof table_readers / sizeof table_readers[0];

/* Is row W still to be read: found, and nothing among its values that
 * makes any reading uncertain (to_read), or nothing but a piece of a
 * number that a reader may join (to_read_whole)? */
static int
to_read_whole(const row *w)
{
    return w->state == ROW_FOUND && !w->contested && !w->ordinal && !w->repair_unsure
        && !w->disagree && !w->damaged && !w->page_split;
}

static int
to_read(const row *w)
{
    return to_read_whole(w) && !w->over_stack;
}

/* The readings STAGE's readers propose for row W, into P and BY; only
 * those that join a number's pieces where the row holds one. */
static int
propose(const table *t, const row *w, reader_stage stage, proposal *p,
        const reader_def **by)
{
    int np = 0;
    for (size_t i = 0; i < n_table_readers; i++) {
        const reader_def *rd = &table_readers[i];
        if (rd->stage != stage || !reader_applies(rd, t) || (w->over_stack && !rd->whole_pieces))
            continue;
        memset(&p[np], 0, sizeof p[np]);
        if (rd->read(t, w, &p[np]))
            by[np++] = rd;
    }
    return np;
}

void
read_rows(table *t, int sec, int need_rows)
{
    index_literals(&t->g, &t->def->lits);
    find_anchors(t, heading_end(t, sec));
    if (need_rows && !enough_rows(t))
        for (size_t k = 0; k < t->nrows; k++)
            t->rows[k].state = ROW_MISSING;
    start_at_label_heads(t);
    set_ranges(t, find_foreign_row(t));
    mark_contested(t);
    proposal p[16];
    const reader_def *by[16];
    _Static_assert(sizeof table_readers / sizeof table_readers[0] <= 16, "p holds every reading");
    /* The row alone; a row with fewer values than cells, run together,
     * goes to the glued solver instead. */
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        w->nvalues = 0;
        for (size_t i = w->tok + 1; i < w->end; i++) {
            const gir_tok *tk = &t->g.toks.v[i];
            w->nvalues += is_value(tk);
            /* A cell cut away leaves no value in its place: no reading. */
            w->damaged |= is_value(tk) && tk->damaged == GIR_TOK_LINE_CUT;
        }
        w->over_stack = w->state == ROW_FOUND && row_over_stack(t, w);
        if (w->over_stack && to_read_whole(w)) {
            /* a piece of a number among its values: only a reader that
             * joins the pieces (propose) may read it */
            verify_row(t, w, p, by, propose(t, w, STAGE_OWN, p, by));
            continue;
        }
        if (!to_read(w))
            continue;
        if (!verify_row(t, w, p, by, propose(t, w, STAGE_OWN, p, by))
            && glued_runs(t, w, &w->glued, w->piece_tok))
            w->state = ROW_GLUED;
    }
    for (size_t k = 0; k < t->nrows; k++)
        if (to_read(&t->rows[k]))
            verify_row(t, &t->rows[k], p, by, propose(t, &t->rows[k], STAGE_ROWS, p, by));
    /* The table's pattern: every row proposed for before any is taken. */
    static proposal tp[MAX_ROWS][16];
    const reader_def *tby[MAX_ROWS][16];
    int tnp[MAX_ROWS];
    for (size_t k = 0; k < t->nrows; k++)
        tnp[k] = to_read(&t->rows[k]) ? propose(t, &t->rows[k], STAGE_TABLE, tp[k], tby[k]) : 0;
    for (size_t k = 0; k < t->nrows; k++)
        verify_row(t, &t->rows[k], tp[k], tby[k], tnp[k]);
    solve_glued(t);
    confirm_split_rows(t);
    confirm_stacked_rows(t);
    settle_movable(t);
    settle_columns(t);
}


/* The one table every table of every report is built in: its region's
 * buffers (tokens, label stream) keep their size from one to the next,
 * as a stream holds many reports, instead of growing from nothing three
 * times a report.  Still reachable at exit. */
static table *
kept_table(void)
{
    static table *t;
    if (!t)
        t = xcalloc(1, sizeof *t);
    return t;
}


/* GIR_TABLE_DEBUG: which reader each row was taken from, on stderr. */
static void
dump_rows(const table *t)
{
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        fprintf(stderr, "row %s.%s line %ld: %s\n", t->name, w->name,
                w->state == ROW_MISSING ? 0L : t->g.toks.v[w->tok].line,
                w->state == ROW_READ ? w->by : w->state == ROW_MISSING ? "(missing)" : "(unread)");
    }
}


static void
build_table(table *t, gir_report *r, const table_def *def)
{
    int sec = def->section;
    table_init(t, r, def);
    size_t first, end;
    int have_section = section_lines(r, sec, &first, &end);
    if (!have_section) {
        first = 0;
        end = r->nlines;
    }
    region_build(&t->g, r, def->merged_labels, first, end);
    if (have_section)
        cut_at_next_heading(t, sec);
    join_glued_signs(t);
    if (getenv("GIR_TABLE_DEBUG"))
        dump_tokens(&t->g);
    read_rows(t, sec, 1);
    if (!any_found(t) && have_section && (first > 0 || end < r->nlines)) {
        /* The heading was misplaced: look everywhere. */
        table_init(t, r, def);
        region_build(&t->g, r, def->merged_labels, 0, r->nlines);
        join_glued_signs(t);
        read_rows(t, sec, 1);
    }
    if (getenv("GIR_TABLE_DEBUG"))
        dump_rows(t);
    if (!any_found(t)) {
        char reason[256];
        snprintf(reason, sizeof reason, "table %s (%s) not found; its cells are left empty",
                 def->name, def->title);
        gir_warn(r->source, 0, "%s", reason);
        for (size_t k = 0; k < t->nrows; k++) {
            for (int c = 0; c < t->rows[k].n; c++)
                gir_report_set_cell(r, t->rows[k].first_cell + (size_t) c, "", 0);
            record_unread(r, t->rows[k].first_cell, t->rows[k].n, 0, reason);
        }
    } else {
        emit(t);
    }
}


void
gir_table_build(gir_report *r)
{
    table *t = kept_table();
    find_form_feeds(t, r);
    /* r->tmpl is the template gir-split named (report.c); its labels say
     * which tables it has and how they print. */
    size_t ntables;
    const table_def *defs = table_defs(r->tmpl, &ntables);
    for (size_t i = 0; i < ntables; i++)
        build_table(t, r, &defs[i]);
}

