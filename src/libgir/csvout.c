/* SPDX-License-Identifier: GPL-3.0-or-later */
/* csvout.c - CSV output of reports (see csvout.h and man/gir-csv.1).
 *
 * Every field that needs quoting (it holds a comma, a double quote, CR or
 * LF) is quoted by libcsv's csv_write(); other fields are written bare, so
 * numbers stay numbers for every reader.  Bytes inside a field are never
 * changed: a CRLF in an organ name or a message stays a CRLF inside the
 * quotes, whatever --crlf says about record ends. */
#include "config.h"
#include "csvout.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "number.h"
#include "xmalloc.h"

static const char *const long_keys[5] = {"source", "table", "row", "col", "value"};
static const char *const long_zh[5] = {"来源", "表", "行", "列", "数值"};

int
gir_csv_grid_table_ok(const char *name)
{
    return gir_table_title_of(name) != NULL;
}

void
gir_csv_init(gir_csv_writer *w, gir_out *out, const gir_csv_opts *opts)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->opts = *opts;
}

/* ---- fields ---- */

static int
needs_quotes(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
            return 1;
    return 0;
}

/* The bytes of field S as written: quoted by libcsv when needed.  Points
 * to S itself or to the writer's buffer (valid until the next call). */
static const char *
quote_field(gir_csv_writer *w, const char *s, size_t n, size_t *len)
{
    if (!needs_quotes(s, n)) {
        *len = n;
        return s;
    }
    size_t need = csv_write(w->quoted, w->cap_quoted, s, n);
    if (need > w->cap_quoted) {
        w->quoted = xgrow(w->quoted, &w->cap_quoted, need, 1);
        need = csv_write(w->quoted, w->cap_quoted, s, n);
    }
    *len = need;
    return w->quoted;
}

static void
put_field(gir_csv_writer *w, const char *s, size_t n)
{
    if (w->nfields++)
        gir_out_putc(w->out, ',');
    size_t len;
    const char *q = quote_field(w, s, n, &len);
    gir_out_write(w->out, q, len);
}

/* A spreadsheet runs a cell starting with one of these as a formula. */
static int
formula_start(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* The bytes of text field S as written: guarded, then quoted.  A number
 * (-5) and a lone "-" (standard input's SOURCE) are no formula in any
 * spreadsheet, and stay as they are. */
static const char *
text_field(gir_csv_writer *w, const char *s, size_t *len)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    if (!formula_start(s[0]) || strcmp(s, "-") == 0 || gir_number_is_plain(s))
        return quote_field(w, s, n, len);
    w->scratch = xgrow(w->scratch, &w->cap_scratch, n + 1, 1);
    w->scratch[0] = '\'';
    memcpy(w->scratch + 1, s, n);
    return quote_field(w, w->scratch, n + 1, len);
}

void
gir_csv_text(gir_csv_writer *w, const char *s)
{
    if (w->nfields++)
        gir_out_putc(w->out, ',');
    size_t len;
    const char *q = text_field(w, s, &len);
    gir_out_write(w->out, q, len);
}

void
gir_csv_number(gir_csv_writer *w, const char *s)
{
    if (s && gir_number_is_plain(s))
        put_field(w, s, strlen(s));
    else
        gir_csv_text(w, s);
}

static void
put_long(gir_csv_writer *w, long v)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%ld", v);
    put_field(w, buf, (size_t) n);
}

void
gir_csv_end_record(gir_csv_writer *w)
{
    if (w->opts.crlf)
        gir_out_write(w->out, "\r\n", 2);
    else
        gir_out_putc(w->out, '\n');
    w->nfields = 0;
}

static void
empty_fields(gir_csv_writer *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        put_field(w, "", 0);
}

/* ---- labels ---- */

void
gir_csv_zh_label(const gir_template *t, size_t i, char *buf, size_t size)
{
    if (i < 4) {
        snprintf(buf, size, "%s", gir_meta_zh[i]);
        return;
    }
    const gir_cell_def *d = &t->cells[i - 4];
    const gir_table_title *g = gir_table_title_of(d->table);
    snprintf(buf, size, "%s %s %s", g ? g->zh : d->table, d->label_row, d->label_col);
}

/* ---- header ---- */

static void
header_row(gir_csv_writer *w, const char *const *keys, const char *const *zh, size_t n)
{
    for (size_t i = 0; i < n; i++)
        gir_csv_text(w, w->opts.labels_zh ? zh[i] : keys[i]);
    gir_csv_end_record(w);
}

static void
start(gir_csv_writer *w)
{
    if (w->started)
        return;
    w->started = 1;
    if (w->opts.no_header)
        return;
    if (w->opts.bom)
        gir_out_write(w->out, "\xEF\xBB\xBF", 3);
    switch (w->opts.shape) {
    case GIR_CSV_WIDE:
        for (size_t i = 0; i < GIR_N_META + gir_wide_ncols(); i++) {
            int meta = i < GIR_N_META;
            size_t c = meta ? 0 : i - GIR_N_META;
            if (w->opts.labels_zh) {
                char buf[512];
                const gir_template *owner = meta ? &gir_template_2021 : gir_wide_owner(c);
                gir_csv_zh_label(owner, meta ? i : GIR_N_META + (size_t) (gir_wide_def(c) - owner->cells),
                                 buf, sizeof buf);
                gir_csv_text(w, buf);
            } else {
                gir_csv_text(w, meta ? gir_meta_keys[i] : gir_wide_def(c)->key);
            }
        }
        gir_csv_end_record(w);
        break;
    case GIR_CSV_LONG:
        header_row(w, long_keys, long_zh, 5);
        break;
    case GIR_CSV_ISSUES:
        header_row(w, gir_issue_keys, gir_issue_zh, GIR_N_ISSUE_COLS);
        break;
    case GIR_CSV_GRID:
        break;              /* each block has its own header rows */
    }
}

/* ---- shapes ---- */

static const gir_template *
template_of(const gir_report *r)
{
    return r->tmpl ? r->tmpl : &gir_template_2021;
}

static const char *
cell_value(const gir_report *r, size_t i)
{
    if (!r->cells || i >= template_of(r)->ncells || !r->cells[i].value)
        return "";
    return r->cells[i].value;
}

static void
write_wide(gir_csv_writer *w, const gir_report *r)
{
    const gir_template *t = template_of(r);
    gir_csv_text(w, r->source);
    gir_csv_text(w, gir_report_meta(r, "organ"));
    gir_csv_number(w, gir_report_meta(r, "year"));
    gir_csv_number(w, gir_report_meta(r, "template"));
    for (size_t c = 0; c < gir_wide_ncols(); c++) {
        int i = gir_wide_cell(t, c);
        if (i >= 0)
            gir_csv_number(w, cell_value(r, (size_t) i));
        else
            put_field(w, "", 0);
    }
    gir_csv_end_record(w);
}

/* 200 rows per report: the source field is guarded and quoted once, and
 * the keys (plain identifiers) are written as they are. */
static void
write_long(gir_csv_writer *w, const gir_report *r)
{
    const gir_template *t = template_of(r);
    size_t slen;
    const char *src = text_field(w, r->source, &slen);
    w->prefix = xgrow(w->prefix, &w->cap_prefix, slen + 1, 1);
    memcpy(w->prefix, src, slen);
    for (size_t i = 0; i < t->ncells; i++) {
        const gir_cell_def *d = &t->cells[i];
        gir_out_write(w->out, w->prefix, slen);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, d->table);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, d->row);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, d->col);
        w->nfields = 4;
        gir_csv_number(w, cell_value(r, i));
        gir_csv_end_record(w);
    }
}

static void
write_issues(gir_csv_writer *w, const gir_report *r)
{
    for (size_t i = 0; i < r->nissues; i++) {
        const gir_issue *is = &r->issues[i];
        gir_csv_text(w, r->source);
        gir_csv_text(w, is->severity);
        gir_csv_text(w, is->rule);
        gir_csv_text(w, is->where);
        gir_csv_number(w, is->expected);
        gir_csv_number(w, is->found);
        put_long(w, is->line);
        gir_csv_text(w, is->message);
        gir_csv_end_record(w);
    }
}

/* The grid of one table: the template's cells of that table are row-major,
 * so consecutive cells with the same row label form a printed row.  A
 * header row (corner label, column labels) is printed before the first
 * row and again whenever the columns change (t2 has four small tables).
 * Every record of a block has the same number of fields: 1 + the widest
 * row.  A block is: a title record (source, organ, year, title), the
 * grid, and one empty record that separates it from the next block. */
static void
write_grid(gir_csv_writer *w, const gir_report *r)
{
    const gir_template *t = template_of(r);
    const gir_table_title *g = gir_table_title_of(w->opts.grid_table);
    size_t first, last;
    if (!g || !gir_table_cells(t, g->table, &first, &last))
        return;
    /* Width: the longest run of one row label. */
    size_t width = 0;
    for (size_t i = first; i < last;) {
        size_t j = i;
        while (j < last && strcmp(t->cells[j].label_row, t->cells[i].label_row) == 0)
            j++;
        if (j - i > width)
            width = j - i;
        i = j;
    }
    size_t nf = 1 + width;
    if (nf < 4)
        nf = 4;

    gir_csv_text(w, r->source);
    gir_csv_text(w, gir_report_meta(r, "organ"));
    gir_csv_number(w, gir_report_meta(r, "year"));
    char title[256];
    snprintf(title, sizeof title, "%s %s", g->zh, g->title);
    gir_csv_text(w, title);
    empty_fields(w, nf - 4);
    gir_csv_end_record(w);

    size_t prev_i = 0, prev_n = 0;
    for (size_t i = first; i < last;) {
        size_t j = i;
        while (j < last && strcmp(t->cells[j].label_row, t->cells[i].label_row) == 0)
            j++;
        int same_cols = prev_n == j - i;
        for (size_t k = 0; same_cols && k < prev_n; k++)
            if (strcmp(t->cells[prev_i + k].label_col, t->cells[i + k].label_col) != 0)
                same_cols = 0;
        if (!same_cols) {
            gir_csv_text(w, g->corner);
            for (size_t k = i; k < j; k++)
                gir_csv_text(w, t->cells[k].label_col);
            empty_fields(w, nf - 1 - (j - i));
            gir_csv_end_record(w);
        }
        gir_csv_text(w, t->cells[i].label_row);
        for (size_t k = i; k < j; k++)
            gir_csv_number(w, cell_value(r, k));
        empty_fields(w, nf - 1 - (j - i));
        gir_csv_end_record(w);
        prev_i = i;
        prev_n = j - i;
        i = j;
    }
    empty_fields(w, nf);
    gir_csv_end_record(w);
}

void
gir_csv_report(gir_csv_writer *w, const gir_report *r)
{
    start(w);
    /* An input with no report in it (or one older than the 2019
     * template) has its one issue record, and no row of cells. */
    if (w->opts.shape != GIR_CSV_ISSUES && !gir_report_is_report(r))
        return;
    switch (w->opts.shape) {
    case GIR_CSV_WIDE:
        write_wide(w, r);
        break;
    case GIR_CSV_LONG:
        write_long(w, r);
        break;
    case GIR_CSV_GRID:
        write_grid(w, r);
        break;
    case GIR_CSV_ISSUES:
        write_issues(w, r);
        break;
    }
}

void
gir_csv_finish(gir_csv_writer *w)
{
    start(w);
    free(w->scratch);
    free(w->quoted);
    free(w->prefix);
    w->scratch = w->quoted = w->prefix = NULL;
    w->cap_scratch = w->cap_quoted = w->cap_prefix = 0;
}
