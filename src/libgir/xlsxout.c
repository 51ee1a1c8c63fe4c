/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xlsxout.c - the reviewer's workbook (see xlsxout.h and man/gir-xlsx.1).
 *
 * constant_memory mode writes a row when the next one starts and ignores
 * a write to a row already written, so every sheet of the batch is written
 * top to bottom: the headers first, then one row per report in 报告 and
 * its issues' rows in 问题, both as each report comes.  A merge over two
 * header rows is recorded when its last row is written (the text of its
 * first row written before, as a plain cell). */
#include "config.h"
#include "xlsxout.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "check.h"
#include "columns.h"
#include "decode.h"
#include "diag.h"
#include "number.h"
#include "xmalloc.h"

#define REPORTS_SHEET "报告"
#define ISSUES_SHEET "问题"
/* Header rows of 报告: table and row label, column label, key. */
#define REPORT_HEADER_ROWS 3
/* Header rows of 问题: Chinese label, key. */
#define ISSUE_HEADER_ROWS 2
/* 报告's frozen columns: source and organ stay in view. */
#define FROZEN_COLS 2

/* The issues columns (the cell's key and label where gir-check --report
 * has one "where"). */
enum { IC_SEVERITY, IC_RULE, IC_WHERE, IC_LABEL, IC_EXPECTED, IC_FOUND, IC_SOURCE, IC_LINE,
       IC_MESSAGE, N_IC };
static const char *const issue_col_keys[N_IC] = {
    "severity", "rule", "where", "label", "expected", "found", "source", "line", "message"};
static const char *const issue_col_zh[N_IC] = {
    "级别", "规则", "位置", "名称", "应为", "实为", "来源", "行号", "说明"};
static const double issue_col_width[N_IC] = {8, 14, 30, 40, 10, 10, 24, 7, 80};

/* How an issue marks its cell, lowest first: a cell with several issues
 * shows the strongest. */
enum mark { MARK_NONE, MARK_WARNING, MARK_UNREAD, MARK_ERROR };

struct gir_xlsx_writer {
    gir_xlsx_opts opts;
    char path[4096];            /* the temporary workbook */
    lxw_workbook *wb;
    lxw_worksheet *reports, *issues;
    lxw_format *header, *key, *mark[4], *link, *grid_title;
    lxw_row_t report_row, issue_row;    /* next row to write */
    size_t nreports;
    size_t nlinks, ncomments;
    int said_comments;
    lxw_error err;              /* first libxlsxwriter error */
    /* per report, reused */
    int *issue_cell;            /* the cell each issue points at, or -1 */
    size_t cap_issue_cell;
    unsigned char cell_mark[GIR_TEMPLATE_MAX_CELLS];
    char comment[4096];         /* a cell's comment, cut at this length */
};

/* ---- the temporary file: never left behind ---- */

/* The path a signal handler removes; one workbook is built at a time. */
static char live_path[4096];
static volatile sig_atomic_t live;

static void
remove_on_signal(int sig)
{
    if (live)
        unlink(live_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Any exit() on the way (xmalloc's out of memory) removes it too. */
static void
remove_at_exit(void)
{
    if (live)
        unlink(live_path);
    live = 0;
}

static void
guard_temp(const char *path)
{
    static const int sigs[] = {SIGHUP, SIGINT, SIGPIPE, SIGTERM};
    static int at_exit;
    snprintf(live_path, sizeof live_path, "%s", path);
    live = 1;
    if (!at_exit++)
        atexit(remove_at_exit);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        sigaction(sigs[i], NULL, &sa);
        if (sa.sa_handler == SIG_IGN)   /* nohup: stays ignored */
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = remove_on_signal;
        sigaction(sigs[i], &sa, NULL);
    }
}

static void
drop_temp(gir_xlsx_writer *w)
{
    if (w->path[0])
        unlink(w->path);
    w->path[0] = '\0';
    live = 0;
}

/* ---- small helpers ---- */

/* Remember the first error; later calls on a broken workbook do nothing
 * useful, and the caller stops at the report's end. */
static void
check(gir_xlsx_writer *w, lxw_error e)
{
    if (e && !w->err)
        w->err = e;
}

/* Excel's most characters in a cell; libxlsxwriter refuses more. */
#define MAX_CELL_CHARS 32767

/* S as UTF-8: a workbook holds UTF-8 only, and Excel refuses a file with
 * a bad byte, so text that is not UTF-8 (a file name from a GBK system,
 * in SOURCE) is decoded as gir decodes a report, into D (free it with
 * gir_decoded_free when D->data is set). */
static const char *
utf8_text(const char *s, gir_decoded *d)
{
    memset(d, 0, sizeof *d);
    size_t n = strlen(s);
    if (gir_utf8_valid(s, n) || gir_decode(s, n, NULL, d) < 0)
        return s;
    return d->data;
}

/* Write text S as a string cell, valid UTF-8, cut to what a cell takes. */
static void
put_text(gir_xlsx_writer *w, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
         lxw_format *f)
{
    if (!s || !*s) {
        if (f)
            check(w, worksheet_write_blank(ws, row, col, f));
        return;
    }
    gir_decoded d;
    s = utf8_text(s, &d);
    size_t n = strlen(s);
    size_t chars = 0, cut = 0;
    while (cut < n && !(((unsigned char) s[cut] & 0xC0) != 0x80 && ++chars > MAX_CELL_CHARS))
        cut++;
    char *copy = cut < n ? xmemdup0(s, cut) : NULL;
    check(w, worksheet_write_string(ws, row, col, copy ? copy : s, f));
    free(copy);
    if (d.data)
        gir_decoded_free(&d);
}

static void
put_value(gir_xlsx_writer *w, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
          lxw_format *f)
{
    if (s && gir_number_is_plain(s))
        check(w, worksheet_write_number(ws, row, col, strtod(s, NULL), f));
    else
        put_text(w, ws, row, col, s, f);
}

static const gir_template *
template_of(const gir_report *r)
{
    return r->tmpl ? r->tmpl : &gir_template_2021;
}

/* "表三 （一）予以公开 自然人": the table, row and column labels of D. */
static void
cell_label(const gir_cell_def *d, char *buf, size_t size)
{
    const gir_table_title *g = gir_table_title_of(d->table);
    snprintf(buf, size, "%s %s %s", g ? g->zh : d->table, d->label_row, d->label_col);
}

/* ---- opening ---- */

static lxw_format *
new_format(lxw_workbook *wb, int border)
{
    lxw_format *f = workbook_add_format(wb);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    return f;
}

static void
make_formats(gir_xlsx_writer *w)
{
    w->header = new_format(w->wb, 1);
    format_set_bold(w->header);
    format_set_text_wrap(w->header);
    format_set_align(w->header, LXW_ALIGN_CENTER);
    format_set_align(w->header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(w->header, 0xDDEBF7);
    w->key = new_format(w->wb, 1);
    format_set_font_size(w->key, 8);
    format_set_font_color(w->key, 0x595959);
    format_set_bg_color(w->key, 0xDDEBF7);
    w->mark[MARK_NONE] = NULL;
    /* Excel's own "bad", grey and "neutral" fills. */
    w->mark[MARK_ERROR] = new_format(w->wb, 0);
    format_set_bg_color(w->mark[MARK_ERROR], 0xFFC7CE);
    format_set_font_color(w->mark[MARK_ERROR], 0x9C0006);
    w->mark[MARK_UNREAD] = new_format(w->wb, 0);
    format_set_bg_color(w->mark[MARK_UNREAD], 0xD9D9D9);
    w->mark[MARK_WARNING] = new_format(w->wb, 0);
    format_set_bg_color(w->mark[MARK_WARNING], 0xFFEB9C);
    w->link = new_format(w->wb, 0);
    format_set_font_color(w->link, LXW_COLOR_BLUE);
    format_set_underline(w->link, LXW_UNDERLINE_SINGLE);
    w->grid_title = new_format(w->wb, 0);
    format_set_bold(w->grid_title);
}

/* Row 0: the meta labels (merged down over row 1) and, over each run of
 * columns with the same table and row label, that label; row 1: the
 * column labels; row 2: the keys. */
static void
reports_header(gir_xlsx_writer *w)
{
    lxw_worksheet *ws = w->reports;
    size_t n = gir_wide_ncols();
    char label[512];
    check(w, worksheet_set_row(ws, 0, 48, NULL));
    for (lxw_col_t c = 0; c < GIR_N_META; c++)
        put_text(w, ws, 0, c, gir_meta_zh[c], w->header);
    for (size_t c = 0; c < n;) {
        const gir_cell_def *d = gir_wide_def(c);
        size_t e = c + 1;
        while (e < n && gir_wide_owner(e) == gir_wide_owner(c)
               && strcmp(gir_wide_def(e)->table, d->table) == 0
               && strcmp(gir_wide_def(e)->label_row, d->label_row) == 0)
            e++;
        const gir_table_title *g = gir_table_title_of(d->table);
        snprintf(label, sizeof label, "%s %s", g ? g->zh : d->table, d->label_row);
        lxw_col_t first = (lxw_col_t) (GIR_N_META + c), last = (lxw_col_t) (GIR_N_META + e - 1);
        if (last > first)
            check(w, worksheet_merge_range(ws, 0, first, 0, last, label, w->header));
        else
            put_text(w, ws, 0, first, label, w->header);
        c = e;
    }
    check(w, worksheet_set_row(ws, 1, 60, NULL));
    for (lxw_col_t c = 0; c < GIR_N_META; c++)
        /* Row 0 is written: only the merge and row 1's blank are recorded. */
        worksheet_merge_range(ws, 0, c, 1, c, gir_meta_zh[c], w->header);
    for (size_t c = 0; c < n; c++)
        put_text(w, ws, 1, (lxw_col_t) (GIR_N_META + c), gir_wide_def(c)->label_col, w->header);
    for (lxw_col_t c = 0; c < GIR_N_META; c++)
        put_text(w, ws, 2, c, gir_meta_keys[c], w->key);
    for (size_t c = 0; c < n; c++)
        put_text(w, ws, 2, (lxw_col_t) (GIR_N_META + c), gir_wide_def(c)->key, w->key);
    check(w, worksheet_set_column(ws, 0, 0, 28, NULL));
    check(w, worksheet_set_column(ws, 1, 1, 24, NULL));
    check(w, worksheet_set_column(ws, 2, 3, 7, NULL));
    check(w, worksheet_set_column(ws, GIR_N_META, (lxw_col_t) (GIR_N_META + n - 1), 11, NULL));
    worksheet_freeze_panes(ws, REPORT_HEADER_ROWS, FROZEN_COLS);
    w->report_row = REPORT_HEADER_ROWS;
}

static void
issues_header(gir_xlsx_writer *w)
{
    lxw_worksheet *ws = w->issues;
    for (lxw_col_t c = 0; c < N_IC; c++) {
        put_text(w, ws, 0, c, issue_col_zh[c], w->header);
        check(w, worksheet_set_column(ws, c, c, issue_col_width[c], NULL));
    }
    for (lxw_col_t c = 0; c < N_IC; c++)
        put_text(w, ws, 1, c, issue_col_keys[c], w->key);
    worksheet_freeze_panes(ws, ISSUE_HEADER_ROWS, 0);
    w->issue_row = ISSUE_HEADER_ROWS;
}

gir_xlsx_writer *
gir_xlsx_open(const gir_xlsx_opts *opts)
{
    gir_xlsx_writer *w = xcalloc(1, sizeof *w);
    w->opts = *opts;
    const char *tmpdir = getenv("TMPDIR");
    if (!tmpdir || !*tmpdir)
        tmpdir = "/tmp";
    snprintf(w->path, sizeof w->path, "%s/gir-xlsx.XXXXXX", tmpdir);
    int fd = mkstemp(w->path);
    if (fd < 0) {
        gir_error_set("cannot make a temporary file in %s: %s", tmpdir, strerror(errno));
        free(w);
        return NULL;
    }
    close(fd);
    guard_temp(w->path);
    lxw_workbook_options wo = {0};
    wo.constant_memory = LXW_TRUE;
    /* libxlsxwriter's own row files go where TMPDIR says, as ours does
     * (tmpfile() would ignore TMPDIR). */
    wo.tmpdir = (char *) tmpdir;
    wo.use_zip64 = LXW_TRUE;    /* a batch's workbook may pass 4 GB unzipped */
    w->wb = workbook_new_opt(w->path, &wo);
    if (w->wb) {
        w->reports = workbook_add_worksheet(w->wb, REPORTS_SHEET);
        w->issues = workbook_add_worksheet(w->wb, ISSUES_SHEET);
    }
    if (!w->wb || !w->reports || !w->issues) {
        gir_error_set("cannot start the workbook (out of memory?)");
        gir_xlsx_discard(w);
        return NULL;
    }
    make_formats(w);
    reports_header(w);
    issues_header(w);
    return w;
}

/* ---- marks: the cells an issue points at ---- */

static enum mark
mark_of(const gir_issue *is)
{
    if (is->severity && strcmp(is->severity, "error") == 0)
        return MARK_ERROR;
    if (is->rule && (strcmp(is->rule, "cell.missing") == 0 || strcmp(is->rule, "cell.unread") == 0))
        return MARK_UNREAD;
    return MARK_WARNING;
}

static void
mark_cells(gir_xlsx_writer *w, const gir_report *r)
{
    const gir_template *t = template_of(r);
    w->issue_cell = xgrow(w->issue_cell, &w->cap_issue_cell, r->nissues + 1, sizeof *w->issue_cell);
    memset(w->cell_mark, MARK_NONE, sizeof w->cell_mark);
    for (size_t i = 0; i < r->nissues; i++) {
        int c = gir_check_issue_cell(t, &r->issues[i]);
        w->issue_cell[i] = c;
        if (c >= 0) {
            enum mark m = mark_of(&r->issues[i]);
            if (m > w->cell_mark[c])
                w->cell_mark[c] = (unsigned char) m;
        }
    }
}

/* A comment on CELL (a cell of R's template at ROW, COL of WS) naming the
 * rules of the issues that point at it. */
static void
comment_cell(gir_xlsx_writer *w, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
             const gir_report *r, int cell)
{
    if (w->ncomments >= GIR_XLSX_MAX_COMMENTS) {
        if (!w->said_comments++)
            gir_warn(NULL, 0, "more than %d marked cells: the rest are filled without a comment",
                     GIR_XLSX_MAX_COMMENTS);
        return;
    }
    size_t len = 0, size = sizeof w->comment;
    w->comment[0] = '\0';
    for (size_t i = 0; i < r->nissues && len < size; i++) {
        const gir_issue *is = &r->issues[i];
        if (w->issue_cell[i] != cell)
            continue;
        int n = snprintf(w->comment + len, size - len, "%s%s (%s): %s", len ? "\n" : "",
                         is->rule, is->severity, is->message);
        len += n > 0 ? (size_t) n : 0;
        if (len < size && *is->expected && *is->found) {
            n = snprintf(w->comment + len, size - len, " (expected %s, found %s)", is->expected,
                         is->found);
            len += n > 0 ? (size_t) n : 0;
        }
    }
    if (len >= size) {          /* cut: end on a whole UTF-8 character */
        len = size - 1;
        while (len > 0 && ((unsigned char) w->comment[len] & 0xC0) == 0x80)
            len--;
        w->comment[len] = '\0';
    }
    lxw_comment_options co = {0};
    co.author = (char *) "gir-check";
    co.x_scale = 2.5;
    co.y_scale = 1.5;
    gir_decoded d;              /* a message from another tool's stream */
    check(w, worksheet_write_comment_opt(ws, row, col, utf8_text(w->comment, &d), &co));
    if (d.data)
        gir_decoded_free(&d);
    w->ncomments++;
}

/* ---- 报告 ---- */

static void
report_row(gir_xlsx_writer *w, const gir_report *r, lxw_row_t row)
{
    lxw_worksheet *ws = w->reports;
    const gir_template *t = template_of(r);
    put_text(w, ws, row, 0, r->source, NULL);
    put_text(w, ws, row, 1, gir_report_meta(r, "organ"), NULL);
    put_value(w, ws, row, 2, gir_report_meta(r, "year"), NULL);
    put_value(w, ws, row, 3, gir_report_meta(r, "template"), NULL);
    for (size_t c = 0; c < gir_wide_ncols(); c++) {
        int i = gir_wide_cell(t, c);
        if (i < 0)
            continue;
        lxw_col_t col = (lxw_col_t) (GIR_N_META + c);
        const char *v = r->cells && r->cells[i].value ? r->cells[i].value : "";
        enum mark m = w->cell_mark[i];
        put_value(w, ws, row, col, v, w->mark[m]);
        if (m != MARK_NONE)
            comment_cell(w, ws, row, col, r, i);
    }
}

/* The column of template T's cell I in 报告. */
static lxw_col_t
wide_col_of(const gir_template *t, int i)
{
    for (size_t c = 0; c < gir_wide_ncols(); c++)
        if (gir_wide_cell(t, c) == i)
            return (lxw_col_t) (GIR_N_META + c);
    return 0;
}

/* ---- 问题 ---- */

static void
issue_rows(gir_xlsx_writer *w, const gir_report *r, lxw_row_t report_at)
{
    lxw_worksheet *ws = w->issues;
    const gir_template *t = template_of(r);
    for (size_t i = 0; i < r->nissues && !w->err; i++) {
        const gir_issue *is = &r->issues[i];
        lxw_row_t row = w->issue_row++;
        int cell = w->issue_cell[i];
        put_text(w, ws, row, IC_SEVERITY, is->severity, is->severity && strcmp(is->severity, "error") == 0
                 ? w->mark[MARK_ERROR] : NULL);
        put_text(w, ws, row, IC_RULE, is->rule, NULL);
        /* The cell's key and label when the issue has a cell, else its
         * where as it is; either links to the report's row in 报告. */
        const char *where = cell >= 0 ? t->cells[cell].key : is->where;
        lxw_col_t target = cell >= 0 ? wide_col_of(t, cell) : 0;
        char ref[32], url[64];
        lxw_rowcol_to_cell(ref, report_at, target);
        gir_decoded d = {0};
        const char *shown = ref;
        if (where && *where)
            shown = utf8_text(where, &d);
        if (w->nlinks < GIR_XLSX_MAX_LINKS) {
            snprintf(url, sizeof url, "internal:'" REPORTS_SHEET "'!%s", ref);
            check(w, worksheet_write_url_opt(ws, row, IC_WHERE, url, w->link, shown, NULL));
            w->nlinks++;
        } else {
            /* A HYPERLINK formula is written with its row and costs no
             * memory; a real link is kept to the end (xlsxout.h).  A
             * where from another tool's stream may hold a quote. */
            char formula[512], text[256];
            size_t k = 0;
            for (const char *p = shown; *p && k < sizeof text - 2; p++) {
                if (*p == '"')
                    text[k++] = '"';
                text[k++] = *p;
            }
            text[k] = '\0';
            snprintf(formula, sizeof formula, "=HYPERLINK(\"#'" REPORTS_SHEET "'!%s\",\"%s\")", ref,
                     text);
            check(w, worksheet_write_formula_str(ws, row, IC_WHERE, formula, w->link, shown));
        }
        if (d.data)
            gir_decoded_free(&d);
        if (cell >= 0) {
            char label[512];
            cell_label(&t->cells[cell], label, sizeof label);
            put_text(w, ws, row, IC_LABEL, label, NULL);
        }
        put_value(w, ws, row, IC_EXPECTED, is->expected, NULL);
        put_value(w, ws, row, IC_FOUND, is->found, NULL);
        put_text(w, ws, row, IC_SOURCE, r->source, NULL);
        if (is->line > 0)
            check(w, worksheet_write_number(ws, row, IC_LINE, (double) is->line, NULL));
        put_text(w, ws, row, IC_MESSAGE, is->message, NULL);
    }
}

/* ---- grid sheets ---- */

/* A label's levels: the words of a template label ("（三）不予公开
 * 1.属于国家秘密"), after PARENT when there is one. */
#define MAX_LEVELS 4
typedef struct levels {
    const char *lv[MAX_LEVELS];
    size_t len[MAX_LEVELS];
    int n;
} levels;

static void
split_levels(const char *label, const char *parent, levels *p)
{
    p->n = 0;
    if (parent) {
        p->lv[0] = parent;
        p->len[0] = strlen(parent);
        p->n = 1;
    }
    const char *s = label;
    while (*s && p->n < MAX_LEVELS) {
        const char *sp = strchr(s, ' ');
        /* The last level takes the rest, spaces and all. */
        if (!sp || p->n == MAX_LEVELS - 1)
            sp = s + strlen(s);
        p->lv[p->n] = s;
        p->len[p->n] = (size_t) (sp - s);
        p->n++;
        s = *sp ? sp + 1 : sp;
    }
}

static int
same_prefix(const levels *a, const levels *b, int upto)
{
    for (int h = 0; h <= upto; h++)
        if (h >= a->n || h >= b->n || a->len[h] != b->len[h]
            || memcmp(a->lv[h], b->lv[h], a->len[h]) != 0)
            return 0;
    return 1;
}

/* Lay out the labels P[0..N) of a table's rows (or columns) as the
 * template prints them: a label of fewer levels than DEPTH stretches its
 * last level over the levels it lacks, and a group level shared by
 * consecutive labels is one merged cell over them.  Each cell is given
 * to PUT as (position range, depth range, text). */
typedef void put_span(gir_xlsx_writer *w, void *ctx, size_t pos0, size_t pos1, int d0, int d1,
                      const char *text, size_t len);

static void
lay_out_labels(gir_xlsx_writer *w, const levels *p, size_t n, int depth, put_span *put,
               void *ctx)
{
    for (size_t i = 0; i < n; i++)
        for (int h = 0; h < p[i].n; h++) {
            if (h == p[i].n - 1) {
                put(w, ctx, i, i, h, depth - 1, p[i].lv[h], p[i].len[h]);
                continue;
            }
            if (i > 0 && p[i - 1].n > h + 1 && same_prefix(&p[i - 1], &p[i], h))
                continue;       /* inside a group begun above */
            size_t e = i + 1;
            while (e < n && p[e].n > h + 1 && same_prefix(&p[e], &p[i], h))
                e++;
            put(w, ctx, i, e - 1, h, h, p[i].lv[h], p[i].len[h]);
        }
}

typedef struct grid_ctx {
    lxw_worksheet *ws;
    lxw_row_t row0;             /* first row of the labels */
    lxw_col_t col0;             /* first column of the labels */
    int rows_are_positions;     /* row labels: position = row, depth = column */
} grid_ctx;

static void
put_grid_span(gir_xlsx_writer *w, void *vctx, size_t pos0, size_t pos1, int d0, int d1,
              const char *text, size_t len)
{
    grid_ctx *g = vctx;
    char buf[512];
    snprintf(buf, sizeof buf, "%.*s", (int) len, text);
    lxw_row_t r0, r1;
    lxw_col_t c0, c1;
    if (g->rows_are_positions) {
        r0 = g->row0 + (lxw_row_t) pos0, r1 = g->row0 + (lxw_row_t) pos1;
        c0 = g->col0 + (lxw_col_t) d0, c1 = g->col0 + (lxw_col_t) d1;
    } else {
        r0 = g->row0 + (lxw_row_t) d0, r1 = g->row0 + (lxw_row_t) d1;
        c0 = g->col0 + (lxw_col_t) pos0, c1 = g->col0 + (lxw_col_t) pos1;
    }
    if (r0 == r1 && c0 == c1)
        put_text(w, g->ws, r0, c0, buf, w->header);
    else
        check(w, worksheet_merge_range(g->ws, r0, c0, r1, c1, buf, w->header));
}

/* The label printed down the left of a row of table G: its item_parent
 * for a row whose label is an item （一）…（七）. */
static const char *
row_parent(const gir_table_title *g, const char *label_row)
{
    if (g->item_parent && strncmp(label_row, "（", strlen("（")) == 0)
        return g->item_parent;
    return NULL;
}

/* Table TABLE of report R from ROW on; returns the row after it.  Like
 * gir-csv --grid: a printed row per row label, a header whenever the
 * columns change (table 二 prints four small tables). */
static lxw_row_t
grid_table(gir_xlsx_writer *w, lxw_worksheet *ws, const gir_report *r, const char *table,
           lxw_row_t row)
{
    const gir_template *t = template_of(r);
    const gir_table_title *g = gir_table_title_of(table);
    size_t first, last;
    if (!g || !gir_table_cells(t, table, &first, &last))
        return row;
    char title[256];
    snprintf(title, sizeof title, "%s %s", g->zh, g->title);
    put_text(w, ws, row++, 0, title, w->grid_title);

    /* The row labels' depth, over the whole table so that its blocks line up. */
    int depth = 1;
    levels lv;
    for (size_t i = first; i < last; i++) {
        split_levels(t->cells[i].label_row, row_parent(g, t->cells[i].label_row), &lv);
        if (lv.n > depth)
            depth = lv.n;
    }
    for (size_t i = first; i < last && !w->err;) {
        /* A block: consecutive rows with the same column labels. */
        size_t width = 0;
        while (i + width < last && strcmp(t->cells[i + width].label_row, t->cells[i].label_row) == 0)
            width++;
        size_t nrows = 0, j = i;
        for (;;) {
            size_t k = 0;
            while (j + k < last && k < width
                   && strcmp(t->cells[j + k].label_row, t->cells[j].label_row) == 0
                   && strcmp(t->cells[j + k].label_col, t->cells[i + k].label_col) == 0)
                k++;
            if (k != width || (j + k < last && strcmp(t->cells[j + k].label_row, t->cells[j].label_row) == 0))
                break;
            nrows++;
            j += width;
            if (j >= last)
                break;
        }
        if (nrows == 0) {       /* a row unlike the others: alone */
            nrows = 1;
            j = i + width;
        }
        /* Header: the corner over the label columns, the column labels
         * (with the table's caption above them) over the values. */
        levels cols[16];        /* the widest table, t3, has 7 columns */
        int hdepth = 1;
        size_t ncols = width < 16 ? width : 16;
        for (size_t k = 0; k < ncols; k++) {
            split_levels(t->cells[i + k].label_col, g->col_caption, &cols[k]);
            if (cols[k].n > hdepth)
                hdepth = cols[k].n;
        }
        if (depth > 1 || hdepth > 1)
            check(w, worksheet_merge_range(ws, row, 0, row + (lxw_row_t) hdepth - 1,
                                           (lxw_col_t) depth - 1, g->corner, w->header));
        else
            put_text(w, ws, row, 0, g->corner, w->header);
        grid_ctx hc = {ws, row, (lxw_col_t) depth, 0};
        lay_out_labels(w, cols, ncols, hdepth, put_grid_span, &hc);
        row += (lxw_row_t) hdepth;
        /* Rows: their labels, then their values, marked as in 报告. */
        levels *rl = xcalloc(nrows, sizeof *rl);
        for (size_t k = 0; k < nrows; k++) {
            const char *lr = t->cells[i + k * width].label_row;
            split_levels(lr, row_parent(g, lr), &rl[k]);
        }
        grid_ctx rc = {ws, row, 0, 1};
        lay_out_labels(w, rl, nrows, depth, put_grid_span, &rc);
        free(rl);
        for (size_t k = 0; k < nrows; k++, row++)
            for (size_t c = 0; c < ncols; c++) {
                size_t cell = i + k * width + c;
                const char *v = r->cells && r->cells[cell].value ? r->cells[cell].value : "";
                enum mark m = w->cell_mark[cell];
                lxw_col_t col = (lxw_col_t) (depth + (int) c);
                put_value(w, ws, row, col, v, w->mark[m]);
                if (m != MARK_NONE)
                    comment_cell(w, ws, row, col, r, (int) cell);
            }
        i = j;
    }
    return row + 1;
}

/* A sheet name Excel accepts: at most 31 characters, none of []:*?/\,
 * not starting or ending with ', unique (the report's number first). */
static void
grid_sheet_name(size_t number, const char *source, char *buf, size_t size)
{
    const char *base = strrchr(source, '/');
    base = base && base[1] ? base + 1 : source;
    gir_decoded d;
    int n = snprintf(buf, size, "%zu %s", number, utf8_text(base, &d));
    if (n < 0)
        buf[0] = '\0';
    if (d.data)
        gir_decoded_free(&d);
    /* Cut at 31 characters (UTF-8 lead bytes counted), then clean. */
    size_t chars = 0, i = 0;
    for (; buf[i]; i++)
        if (((unsigned char) buf[i] & 0xC0) != 0x80 && ++chars > 31)
            break;
    buf[i] = '\0';
    for (char *p = buf; *p; p++)
        if (strchr("[]:*?/\\", *p))
            *p = '_';
    size_t len = strlen(buf);
    if (len && buf[len - 1] == '\'')
        buf[len - 1] = '_';
}

static void
grid_sheet(gir_xlsx_writer *w, const gir_report *r)
{
    char name[128];
    grid_sheet_name(w->nreports, r->source ? r->source : "-", name, sizeof name);
    /* Grid sheets merge cells up and down, which constant_memory's
     * row-at-a-time writing does not allow: they are kept in memory. */
    w->wb->options.constant_memory = LXW_FALSE;
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, name);
    w->wb->options.constant_memory = LXW_TRUE;
    if (!ws) {
        check(w, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    char title[1024];
    const char *organ = gir_report_meta(r, "organ"), *year = gir_report_meta(r, "year");
    snprintf(title, sizeof title, "%s  %s %s", r->source ? r->source : "-", organ ? organ : "",
             year ? year : "");
    put_text(w, ws, 0, 0, title, w->grid_title);
    check(w, worksheet_set_column(ws, 0, 0, 22, NULL));
    check(w, worksheet_set_column(ws, 1, 1, 24, NULL));
    check(w, worksheet_set_column(ws, 2, 2, 40, NULL));
    check(w, worksheet_set_column(ws, 3, 12, 11, NULL));
    lxw_row_t row = 2;
    const gir_table_title *g;
    for (size_t i = 0; (g = gir_table_title_at(i)); i++)
        row = grid_table(w, ws, r, g->table, row);
}

/* ---- reports ---- */

int
gir_xlsx_report(gir_xlsx_writer *w, const gir_report *r)
{
    if (w->err) {
        gir_error_set("%s", lxw_strerror(w->err));
        return -1;
    }
    if (w->report_row >= LXW_ROW_MAX || w->issue_row + r->nissues > LXW_ROW_MAX) {
        gir_error_set("more reports or issues than a sheet has rows (%d): split the batch",
                      LXW_ROW_MAX);
        return -1;
    }
    w->nreports++;
    mark_cells(w, r);
    lxw_row_t row = w->report_row++;
    report_row(w, r, row);
    issue_rows(w, r, row);
    if (w->opts.grid)
        grid_sheet(w, r);
    if (w->err) {
        gir_error_set("%s", lxw_strerror(w->err));
        return -1;
    }
    return 0;
}

/* ---- closing ---- */

static int
copy_file(const char *path, gir_out *out)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        gir_error_set("cannot read the workbook back from %s: %s", path, strerror(errno));
        return -1;
    }
    char buf[64 * 1024];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            gir_error_set("cannot read the workbook back from %s: %s", path, strerror(errno));
            close(fd);
            return -1;
        }
        if (n == 0 || out->err)
            break;
        gir_out_write(out, buf, (size_t) n);
    }
    close(fd);
    return 0;
}

static void
free_writer(gir_xlsx_writer *w)
{
    free(w->issue_cell);
    free(w);
}

int
gir_xlsx_close(gir_xlsx_writer *w, gir_out *out)
{
    int rc = 0;
    lxw_row_t last = w->report_row > REPORT_HEADER_ROWS ? w->report_row - 1 : REPORT_HEADER_ROWS - 1;
    check(w, worksheet_autofilter(w->reports, REPORT_HEADER_ROWS - 1, 0, last,
                                  (lxw_col_t) (GIR_N_META + gir_wide_ncols() - 1)));
    last = w->issue_row > ISSUE_HEADER_ROWS ? w->issue_row - 1 : ISSUE_HEADER_ROWS - 1;
    check(w, worksheet_autofilter(w->issues, ISSUE_HEADER_ROWS - 1, 0, last, N_IC - 1));
    lxw_error e = workbook_close(w->wb);
    w->wb = NULL;
    if (w->err || e) {
        gir_error_set("cannot write the workbook: %s", lxw_strerror(w->err ? w->err : e));
        rc = -1;
    } else {
        rc = copy_file(w->path, out);
    }
    drop_temp(w);
    free_writer(w);
    return rc;
}

void
gir_xlsx_discard(gir_xlsx_writer *w)
{
    if (!w)
        return;
    if (w->wb) {
        /* workbook_close is the only way to free a workbook; what it
         * writes goes to the temporary file, removed next. */
        workbook_close(w->wb);
        w->wb = NULL;
    }
    drop_temp(w);
    free_writer(w);
}
