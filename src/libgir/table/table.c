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


/* Why row W was left unread, into BUF. */
static void
unread_reason(const table *t, const row *w, char *buf, size_t size)
{
    if (w->state == ROW_MISSING) {
        snprintf(buf, size, "%s row %s (%s) not found; its %d cell%s left empty",
                 t->name, w->name, w->label, w->n, w->n == 1 ? " is" : "s are");
    } else if (w->state == ROW_GLUED) {
        char runs[256] = "";
        size_t used = 0;
        for (size_t p = 0; p < w->glued.npieces && used < sizeof runs - 32; p++)
            used += (size_t) snprintf(runs + used, sizeof runs - used, "%s%s", p ? " " : "",
                                      *w->glued.piece[p] ? w->glued.piece[p] : "-");
        snprintf(buf, size,
                 "%s row %s (%s): '%s' holds its %d cells run together, as a page that lost "
                 "its cell borders prints them; the table's identities do not admit exactly "
                 "one split, so they are left empty",
                 t->name, w->name, w->label, runs, w->n);
    } else if (w->count_unsure) {
        snprintf(buf, size,
                 "%s row %s (%s): its %d values stand on several lines and do not make the "
                 "row's sum; which cells they are is not certain, cells left empty",
                 t->name, w->name, w->label, w->nvalues);
    } else if (w->stack_unsure) {
        snprintf(buf, size,
                 "%s row %s (%s): digits stacked in a narrow column read as one number do "
                 "not make the row's sum; which cells they are is not certain, cells left empty",
                 t->name, w->name, w->label);
    } else if (w->ordinal) {
        snprintf(buf, size,
                 "%s row %s (%s): the row number '%s' lies among its values; which values "
                 "are whose is not certain, cells left empty",
                 t->name, w->name, w->label, w->ordinal);
    } else if (w->contested) {
        snprintf(buf, size,
                 "%s row %s (%s): the label '%s' of a row not found lies among its values; "
                 "which values are whose is not certain, cells left empty",
                 t->name, w->name, w->label, w->contested);
    } else {
        snprintf(buf, size,
                 "%s row %s (%s): %d value%s for its %d cell%s and no column to place "
                 "them by; cells left empty", t->name, w->name, w->label, w->nvalues,
                 w->nvalues == 1 ? "" : "s", w->n, w->n == 1 ? "" : "s");
    }
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
        for (int c = 0; c < w->n; c++) {
            if (w->state == ROW_READ)
                gir_report_set_cell(r, w->first_cell + (size_t) c, w->value[c], w->line[c]);
            else
                gir_report_set_cell(r, w->first_cell + (size_t) c, "", 0);
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


static void
read_rows(table *t, int sec)
{
    size_t boundary = (size_t) -1;
    index_literals(&t->g, &t->def->lits);
    find_anchors(t, heading_end(t, sec));
    if (!enough_rows(t))
        for (size_t k = 0; k < t->nrows; k++)
            t->rows[k].state = ROW_MISSING;
    boundary = find_foreign_row(t);
    set_ranges(t, boundary);
    mark_contested(t);
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state == ROW_FOUND && !t->rows[k].contested && !t->rows[k].ordinal)
            read_by_count(t, &t->rows[k]);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state == ROW_FOUND && !w->contested && !w->ordinal)
            (void) (read_by_fields(t, w) || read_by_header(t, w)
                    || read_by_trailing_fields(t, w) || read_groups(t, w) || read_by_lines(t, w)
                    || read_by_lines_with_empties(t, w) || read_by_columns(t, w));
    }
    read_by_pattern(t);
    check_stacks(t);
    solve_glued(t);
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
    read_rows(t, sec);
    if (!any_found(t) && have_section && (first > 0 || end < r->nlines)) {
        /* The heading was misplaced: look everywhere. */
        table_init(t, r, def);
        region_build(&t->g, r, def->merged_labels, 0, r->nlines);
        join_glued_signs(t);
        read_rows(t, sec);
    }
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

