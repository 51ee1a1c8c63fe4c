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

#include "xmalloc.h"

static const char *const meta_keys[4] = {"source", "organ", "year", "template"};
static const char *const meta_zh[4] = {"来源", "机关", "年度", "模板"};

static const char *const long_keys[5] = {"source", "table", "row", "col", "value"};
static const char *const long_zh[5] = {"来源", "表", "行", "列", "数值"};

static const char *const issue_keys[8] = {
    "source", "severity", "rule", "where", "expected", "found", "line", "message"};
static const char *const issue_zh[8] = {
    "来源", "级别", "规则", "位置", "应为", "实为", "行号", "说明"};

/* The tables the grid shape prints: short name, title as in the report,
 * and the corner label above the row labels. */
static const struct grid_table {
    const char *table, *zh, *title, *corner;
} grid_tables[] = {
    {"t2", "表二", "二、主动公开政府信息情况", "信息内容"},
    {"t3", "表三", "三、收到和处理政府信息公开申请情况", "项目"},
    {"t4", "表四", "四、政府信息公开行政复议、行政诉讼情况", "项目"},
};

static const struct grid_table *
find_grid_table(const char *name)
{
    for (size_t i = 0; i < sizeof grid_tables / sizeof grid_tables[0]; i++)
        if (name && strcmp(grid_tables[i].table, name) == 0)
            return &grid_tables[i];
    return NULL;
}

int
gir_csv_grid_table_ok(const char *name)
{
    return find_grid_table(name) != NULL;
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

/* The bytes of text field S as written: guarded, then quoted. */
static const char *
text_field(gir_csv_writer *w, const char *s, size_t *len)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    if (!formula_start(s[0]))
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

/* -?DIGITS(.DIGITS)? : what gir writes for a value, and what every
 * spreadsheet reads as a number. */
static int
is_number(const char *s)
{
    if (*s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

void
gir_csv_number(gir_csv_writer *w, const char *s)
{
    if (s && is_number(s))
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
        snprintf(buf, size, "%s", meta_zh[i]);
        return;
    }
    const gir_cell_def *d = &t->cells[i - 4];
    const struct grid_table *g = find_grid_table(d->table);
    snprintf(buf, size, "%s %s %s", g ? g->zh : d->table, d->label_row, d->label_col);
}

/* ---- the wide columns ---- */

/* One header for every template, so that a stream mixing 2021 and 2019
 * reports (or shards of it) has one fixed set of columns: the 2021 keys in
 * keys-2021.tsv order, then the keys only the 2019 template has, in
 * keys-2019.tsv order.  A key both templates have (t3.granted.natural,
 * t2.licensing.decisions, t4.*) means the same thing in both and is one
 * column; a report fills its own template's columns, the others stay
 * empty. */
typedef struct wide_column {
    const gir_template *owner;  /* the template whose labels name it */
    size_t cell;                /* its cell in that template */
} wide_column;

#define MAX_WIDE (2 * GIR_TEMPLATE_MAX_CELLS)

static wide_column wide_cols[MAX_WIDE];
static size_t n_wide;
/* wide_cell[t][c]: template t's cell in column c, or -1. */
static int wide_cell[GIR_N_TEMPLATES][MAX_WIDE];

static void
wide_columns_init(void)
{
    if (n_wide)
        return;
    for (size_t t = 0; t < GIR_N_TEMPLATES; t++) {
        const gir_template *tm = gir_templates[t];
        for (size_t i = 0; i < tm->ncells; i++) {
            size_t c = 0;
            while (c < n_wide
                   && strcmp(wide_cols[c].owner->cells[wide_cols[c].cell].key, tm->cells[i].key) != 0)
                c++;
            if (c == n_wide && n_wide < MAX_WIDE)
                wide_cols[n_wide++] = (wide_column) {tm, i};
        }
    }
    for (size_t t = 0; t < GIR_N_TEMPLATES; t++)
        for (size_t c = 0; c < n_wide; c++)
            wide_cell[t][c] = gir_template_key_index(
                gir_templates[t], wide_cols[c].owner->cells[wide_cols[c].cell].key);
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
        wide_columns_init();
        for (size_t i = 0; i < 4 + n_wide; i++) {
            const wide_column *col = i < 4 ? NULL : &wide_cols[i - 4];
            if (w->opts.labels_zh) {
                char buf[512];
                gir_csv_zh_label(col ? col->owner : &gir_template_2021, col ? 4 + col->cell : i,
                                 buf, sizeof buf);
                gir_csv_text(w, buf);
            } else {
                gir_csv_text(w, col ? col->owner->cells[col->cell].key : meta_keys[i]);
            }
        }
        gir_csv_end_record(w);
        break;
    case GIR_CSV_LONG:
        header_row(w, long_keys, long_zh, 5);
        break;
    case GIR_CSV_ISSUES:
        header_row(w, issue_keys, issue_zh, 8);
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
    size_t ti = t->id;
    wide_columns_init();
    gir_csv_text(w, r->source);
    gir_csv_text(w, gir_report_meta(r, "organ"));
    gir_csv_number(w, gir_report_meta(r, "year"));
    gir_csv_number(w, gir_report_meta(r, "template"));
    for (size_t c = 0; c < n_wide; c++) {
        int i = wide_cell[ti][c];
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
    const struct grid_table *g = find_grid_table(w->opts.grid_table);
    if (!g)
        return;
    size_t first = t->ncells, last = 0;
    for (size_t i = 0; i < t->ncells; i++)
        if (strcmp(t->cells[i].table, g->table) == 0) {
            if (first == t->ncells)
                first = i;
            last = i + 1;
        }
    if (first == t->ncells)
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
