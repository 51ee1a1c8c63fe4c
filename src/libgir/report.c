/* SPDX-License-Identifier: GPL-3.0-or-later */
/* report.c - one report in memory; parsing and writing its records. */
#include "config.h"
#include "report.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

void
gir_report_init(gir_report *r)
{
    memset(r, 0, sizeof *r);
    gir_arena_init(&r->arena);
    r->tmpl = &gir_template_2021;
}

void
gir_report_reset(gir_report *r)
{
    /* Keep the vectors' storage (bounded by the largest report), drop
     * their contents and the arena. */
    gir_arena_reset(&r->arena);
    r->source = NULL;
    r->stream_line = 0;
    r->nrecords = r->nlines = r->nmeta = r->nissues = 0;
    r->issues_read = 0;
    memset(r->sections, 0, sizeof r->sections);
    r->have_cells = r->cells_added = r->checked = r->truncated = 0;
    r->text_deferred = 0;
    r->next_cell = 0;
    r->tmpl = &gir_template_2021;
    if (r->cells)
        memset(r->cells, 0, GIR_TEMPLATE_MAX_CELLS * sizeof *r->cells);
}

void
gir_report_free(gir_report *r)
{
    gir_arena_free(&r->arena);
    free(r->records);
    free(r->lines);
    free(r->meta);
    free(r->cells);
    free(r->issues);
    memset(r, 0, sizeof *r);
}

const char *
gir_report_meta(const gir_report *r, const char *key)
{
    /* The last value wins: a later stage may refine an earlier one. */
    for (size_t i = r->nmeta; i-- > 0;)
        if (strcmp(r->meta[i].key, key) == 0)
            return r->meta[i].value;
    return NULL;
}

const gir_section *
gir_report_section(const gir_report *r, int n)
{
    if (n < 1 || n > 6 || r->sections[n - 1].line == 0)
        return NULL;
    return &r->sections[n - 1];
}

static void
push_record(gir_report *r, gir_rec_type type, const char *raw, size_t len)
{
    r->records = xgrow(r->records, &r->caprecords, r->nrecords + 1, sizeof *r->records);
    r->records[r->nrecords++] = (gir_record) {type, raw, len};
}

static void
push_line(gir_report *r, long line, const char *text, size_t len)
{
    r->lines = xgrow(r->lines, &r->caplines, r->nlines + 1, sizeof *r->lines);
    r->lines[r->nlines++] = (gir_line) {line, text, len};
}

static void
push_meta(gir_report *r, const char *key, const char *value)
{
    r->meta = xgrow(r->meta, &r->capmeta, r->nmeta + 1, sizeof *r->meta);
    r->meta[r->nmeta++] = (gir_meta) {key, value};
    /* Cells are keyed by the template gir-split named; once cells exist
     * their numbering must not change under them. */
    if (strcmp(key, "template") == 0 && !r->have_cells && !r->cells_added)
        r->tmpl = gir_template_of_meta(value);
}

static gir_cell *
cells_of(gir_report *r)
{
    if (!r->cells)
        r->cells = xcalloc(GIR_TEMPLATE_MAX_CELLS, sizeof *r->cells);
    return r->cells;
}

/* Escape fields into one raw record line in the arena. */
static const char *
escape_record(gir_report *r, const char *type, int n, const char *const *fields,
              const size_t *lens, size_t *outlen)
{
    size_t need = strlen(type);
    for (int i = 0; i < n; i++)
        need += 1 + 2 * lens[i];
    char *buf = gir_arena_alloc(&r->arena, need + 1), *w = buf;
    size_t tl = strlen(type);
    memcpy(w, type, tl);
    w += tl;
    for (int i = 0; i < n; i++) {
        *w++ = '\t';
        w += gir_escape(w, fields[i], lens[i]);
    }
    *w = '\0';
    *outlen = (size_t) (w - buf);
    return buf;
}

static void
add_built(gir_report *r, gir_rec_type type, const char *word, int n,
          const char *const *fields)
{
    size_t lens[8];
    for (int i = 0; i < n; i++)
        lens[i] = strlen(fields[i]);
    size_t len;
    const char *raw = escape_record(r, word, n, fields, lens, &len);
    push_record(r, type, raw, len);
}

void
gir_report_begin(gir_report *r, const char *source)
{
    r->source = gir_arena_strdup(&r->arena, source);
    const char *f[] = {source};
    add_built(r, GIR_REC_REPORT, "report", 1, f);
}

void
gir_report_add_meta(gir_report *r, const char *key, const char *value)
{
    const char *f[] = {key, value};
    add_built(r, GIR_REC_META, "meta", 2, f);
    push_meta(r, gir_arena_strdup(&r->arena, key), gir_arena_strdup(&r->arena, value));
}

void
gir_report_add_section(gir_report *r, int n, long line, const char *heading)
{
    char num[24], ln[24];
    gir_fmt_long(num, n);
    gir_fmt_long(ln, line);
    const char *f[] = {num, ln, heading};
    add_built(r, GIR_REC_SECTION, "section", 3, f);
    if (n >= 1 && n <= 6) {
        r->sections[n - 1].line = line;
        r->sections[n - 1].heading = gir_arena_strdup(&r->arena, heading);
    }
}

void
gir_report_add_text(gir_report *r, long line, const char *text, size_t len)
{
    char ln[24];
    size_t ll = gir_fmt_long(ln, line);
    const char *f[] = {ln, text};
    size_t lens[] = {ll, len};
    size_t rawlen;
    const char *raw = escape_record(r, "text", 2, f, lens, &rawlen);
    push_record(r, GIR_REC_TEXT, raw, rawlen);
    /* Nothing was escaped: the record ends with the text itself (and a
     * NUL), so the view shares it instead of a second copy. */
    size_t at = sizeof "text\t" - 1 + ll + 1;
    if (rawlen == at + len)
        push_line(r, line, raw + at, len);
    else
        push_line(r, line, gir_arena_memdup0(&r->arena, text, len), len);
}

/* A LINE or N field: what strtol accepts (leading space, a sign), and not
 * negative.  Plain digits, the only form gir writes, are read directly. */
/* The number of leading digits of S[0..LEN), at most 18 so that their
 * value, in *V, cannot overflow. */
static size_t
leading_digits(const char *s, size_t len, long *v)
{
    size_t i = 0;
    long x = 0;
    while (i < len && i < 18 && s[i] >= '0' && s[i] <= '9')
        x = x * 10 + (s[i++] - '0');
    *v = x;
    return i;
}

static int
parse_long(const char *s, long *v)
{
    long x;
    size_t i = leading_digits(s, SIZE_MAX, &x);    /* stops at the NUL */
    if (i > 0 && s[i] == '\0') {
        *v = x;
        return 0;
    }
    char *end;
    if (!*s)
        return -1;
    x = strtol(s, &end, 10);
    if (*end || x < 0)
        return -1;
    *v = x;
    return 0;
}

/* The length of BODY's LINE field when it is plain digits followed by a
 * TAB (the value in *LN), else 0. */
static size_t
plain_line_number(const char *body, size_t len, long *ln)
{
    long v;
    size_t i = leading_digits(body, len, &v);
    if (i == 0 || i == len || body[i] != '\t')
        return 0;
    *ln = v;
    return i;
}

/* A text record whose fields need no unescaping, LINE TAB TEXT with LINE
 * plain digits: its view points into the copy of the raw line (which is
 * NUL-terminated), with no second copy.  0 if the record is not like that. */
static int
add_plain_text(gir_report *r, const char *body, size_t len)
{
    long ln;
    size_t i = plain_line_number(body, len, &ln);
    if (!i)
        return 0;
    const char *text = body + i + 1;
    size_t tlen = len - i - 1;
    if (gir_escape_span(text, tlen) != tlen)
        return 0;
    push_line(r, ln, text, tlen);
    return 1;
}

static gir_rec_type
type_of(const char *word, size_t n)
{
#define IS(w) (n == sizeof(w) - 1 && memcmp(word, w, n) == 0)
    if (IS("text")) return GIR_REC_TEXT;
    if (IS("cell")) return GIR_REC_CELL;
    if (IS("meta")) return GIR_REC_META;
    if (IS("section")) return GIR_REC_SECTION;
    if (IS("issue")) return GIR_REC_ISSUE;
    if (IS("report")) return GIR_REC_REPORT;
    if (IS("end")) return GIR_REC_END;
#undef IS
    return GIR_REC_OTHER;
}

/* "cell TABLE ROW COL " (TAB-separated, escaped) of a template cell: the
 * same for every report, so made once rather than escaped per record. */
typedef struct cell_prefix {
    char *text;
    size_t len;
} cell_prefix;

static const cell_prefix *
cell_prefixes(const gir_template *t)
{
    /* Per template: a stream may alternate them.  Kept to the end. */
    static cell_prefix *made[GIR_N_TEMPLATES];
    if (made[t->id])
        return made[t->id];
    cell_prefix *pre = xcalloc(t->ncells ? t->ncells : 1, sizeof *pre);
    for (size_t i = 0; i < t->ncells; i++) {
        const gir_cell_def *d = &t->cells[i];
        const char *f[] = {d->table, d->row, d->col};
        size_t lens[] = {strlen(d->table), strlen(d->row), strlen(d->col)};
        size_t need = 4 + 2 * (lens[0] + lens[1] + lens[2]) + 4 + 1, w = 0;
        char *buf = xmalloc(need);
        memcpy(buf, "cell", 4);
        w = 4;
        for (int k = 0; k < 3; k++) {
            buf[w++] = '\t';
            w += gir_escape(buf + w, f[k], lens[k]);
        }
        buf[w++] = '\t';
        buf[w] = '\0';
        pre[i] = (cell_prefix) {buf, w};
    }
    made[t->id] = pre;
    return pre;
}

/* A cell record for the cell after the last one read (records come in
 * template order), recognised by its constant prefix: only VALUE and LINE
 * are split.  0 if the record is not that cell's (or is malformed); the
 * general path then reads it. */
static int
add_cell_at_hint(gir_report *r, const char *copy, size_t len)
{
    int hint = r->next_cell;
    if (hint < 0 || (size_t) hint >= r->tmpl->ncells)
        return 0;
    const cell_prefix *pre = &cell_prefixes(r->tmpl)[hint];
    if (len < pre->len || memcmp(copy, pre->text, pre->len) != 0)
        return 0;
    char *rest = gir_arena_memdup0(&r->arena, copy + pre->len, len - pre->len);
    char *fields[6];
    long ln;
    int n = gir_split_fields(rest, len - pre->len, fields, NULL, 6);
    if (n < 2 || parse_long(fields[1], &ln))
        return 0;
    cells_of(r)[hint] = (gir_cell) {fields[0], ln};
    r->next_cell = hint + 1;
    r->have_cells = 1;
    return 1;
}

int
gir_report_add_raw(gir_report *r, const char *raw, size_t len)
{
    /* The type word is short: its TAB is found without a memchr call
     * (which costs more than the few bytes it would scan). */
    size_t wlen = 0;
    while (wlen < len && wlen < 8 && raw[wlen] != '\t')
        wlen++;
    const char *tab = NULL;
    if (wlen < len)
        tab = raw[wlen] == '\t' ? raw + wlen : memchr(raw + wlen, '\t', len - wlen);
    wlen = tab ? (size_t) (tab - raw) : len;
    gir_rec_type type = type_of(raw, wlen);
    char *copy = gir_arena_memdup0(&r->arena, raw, len);
    if (type == GIR_REC_END)
        return GIR_REC_END;          /* written by gir_report_write */
    /* Most records are text: the fast ways when they give the same view. */
    if (type == GIR_REC_TEXT && tab) {
        long ln;
        const char *body = copy + wlen + 1;
        size_t blen = len - wlen - 1;
        if (r->defer_text && plain_line_number(body, blen, &ln)) {
            r->text_deferred = 1;          /* valid: its view can wait */
            push_record(r, GIR_REC_TEXT, copy, len);
            return GIR_REC_TEXT;
        }
        if (add_plain_text(r, body, blen)) {
            push_record(r, GIR_REC_TEXT, copy, len);
            return GIR_REC_TEXT;
        }
    }
    if (type == GIR_REC_CELL && add_cell_at_hint(r, copy, len)) {
        push_record(r, GIR_REC_CELL, copy, len);
        return GIR_REC_CELL;
    }

    /* The parsed view gets its own unescaped copy; the raw line stays. */
    char *fields[9];
    size_t lens[9];
    int n = 0;
    if (tab) {
        char *body = gir_arena_memdup0(&r->arena, tab + 1, len - wlen - 1);
        n = gir_split_fields(body, len - wlen - 1, fields, lens, 9);
    }
    long ln = 0;
    int ok = 1;
    switch (type) {
    case GIR_REC_REPORT:
        if (n < 1) { ok = 0; break; }
        r->source = fields[0];
        break;
    case GIR_REC_META:
        if (n < 2) { ok = 0; break; }
        push_meta(r, fields[0], fields[1]);
        break;
    case GIR_REC_SECTION: {
        long sn;
        if (n < 3 || parse_long(fields[0], &sn) || parse_long(fields[1], &ln)) { ok = 0; break; }
        if (sn >= 1 && sn <= 6) {
            r->sections[sn - 1].line = ln;
            r->sections[sn - 1].heading = fields[2];
        }
        break;
    }
    case GIR_REC_TEXT:
        if (n < 2 || parse_long(fields[0], &ln)) { ok = 0; break; }
        push_line(r, ln, fields[1], lens[1]);
        break;
    case GIR_REC_CELL: {
        if (n < 5 || parse_long(fields[4], &ln)) { ok = 0; break; }
        /* Records come in template order: try the cell after the last one. */
        int idx = gir_template_index(r->tmpl, fields[0], fields[1], fields[2], r->next_cell);
        if (idx >= 0) {
            cells_of(r)[idx] = (gir_cell) {fields[3], ln};
            r->next_cell = idx + 1;
        }
        r->have_cells = 1;
        break;
    }
    case GIR_REC_ISSUE:
        if (n < 7 || parse_long(fields[5], &ln)) { ok = 0; break; }
        r->issues = xgrow(r->issues, &r->capissues, r->nissues + 1, sizeof *r->issues);
        r->issues[r->nissues++] = (gir_issue) {fields[0], fields[1], fields[2], fields[3],
                                               fields[4], ln, fields[6]};
        r->issues_read = r->nissues;
        r->checked = 1;
        break;
    default:
        break;
    }
    push_record(r, ok ? type : GIR_REC_OTHER, copy, len);
    return ok ? (int) type : -1;
}

void
gir_report_text(gir_report *r)
{
    if (!r->text_deferred)
        return;
    /* All views again, in record order: deferred and eager ones mix. */
    r->nlines = 0;
    for (size_t i = 0; i < r->nrecords; i++) {
        const gir_record *rec = &r->records[i];
        if (rec->type != GIR_REC_TEXT)
            continue;
        const char *body = rec->raw + sizeof "text\t" - 1;
        size_t blen = rec->len - (sizeof "text\t" - 1);
        if (add_plain_text(r, body, blen))
            continue;
        char *fields[9];
        size_t lens[9];
        long ln;
        char *copy = gir_arena_memdup0(&r->arena, body, blen);
        int n = gir_split_fields(copy, blen, fields, lens, 9);
        if (n >= 2 && parse_long(fields[0], &ln) == 0)   /* checked when read */
            push_line(r, ln, fields[1], lens[1]);
    }
    r->text_deferred = 0;
}

void
gir_report_set_cell(gir_report *r, size_t index, const char *value, long line)
{
    if (index >= r->tmpl->ncells)
        return;
    cells_of(r)[index] = (gir_cell) {gir_arena_strdup(&r->arena, value ? value : ""), line};
    r->cells_added = 1;
}

void
gir_report_add_issue(gir_report *r, const char *severity, const char *rule,
                     const char *where, const char *expected, const char *found,
                     long line, const char *message)
{
    gir_arena *a = &r->arena;
    r->issues = xgrow(r->issues, &r->capissues, r->nissues + 1, sizeof *r->issues);
    r->issues[r->nissues++] = (gir_issue) {
        gir_arena_strdup(a, severity), gir_arena_strdup(a, rule),
        gir_arena_strdup(a, where ? where : ""), gir_arena_strdup(a, expected ? expected : ""),
        gir_arena_strdup(a, found ? found : ""), line, gir_arena_strdup(a, message ? message : "")};
    r->checked = 1;
}

int
gir_report_is_report(const gir_report *r)
{
    for (size_t i = 0; i < r->nissues; i++)
        if (strcmp(r->issues[i].rule, GIR_RULE_NO_REPORT) == 0
            || strcmp(r->issues[i].rule, GIR_RULE_PRE_2019) == 0)
            return 0;
    return 1;
}

void
gir_report_write(gir_out *o, const gir_report *r)
{
    for (size_t i = 0; i < r->nrecords; i++) {
        gir_out_write(o, r->records[i].raw, r->records[i].len);
        gir_out_putc(o, '\n');
    }
    if (r->cells_added) {
        const gir_template *t = r->tmpl;
        const cell_prefix *pre = cell_prefixes(t);
        for (size_t i = 0; i < t->ncells; i++) {
            const gir_cell *c = &r->cells[i];
            const char *v = c->value ? c->value : "";
            gir_out_write(o, pre[i].text, pre[i].len);
            gir_out_escaped(o, v, strlen(v));
            gir_out_putc(o, '\t');
            gir_out_long(o, c->line);
            gir_out_putc(o, '\n');
        }
    }
    for (size_t i = r->issues_read; i < r->nissues; i++) {
        const gir_issue *is = &r->issues[i];
        char ln[24];
        gir_fmt_long(ln, is->line);
        const char *f[] = {is->severity, is->rule, is->where, is->expected, is->found, ln,
                           is->message};
        gir_out_record(o, "issue", 7, f);
    }
    const char *f[] = {r->source ? r->source : "-"};
    gir_out_record(o, "end", 1, f);
}

/* The line where the section after section N starts (strictly after
 * section N's own line), or LONG_MAX. */
static long
section_end(const gir_report *r, int n)
{
    long start = r->sections[n - 1].line, end = -1;
    for (int m = 1; m <= 6; m++) {
        long l = r->sections[m - 1].line;
        if (m != n && l > start && (end < 0 || l < end))
            end = l;
    }
    return end < 0 ? (long) (~0UL >> 1) : end;
}

int
gir_report_section_of(const gir_report *r, long line)
{
    int best = 0;
    long best_line = 0;
    for (int n = 1; n <= 6; n++) {
        long l = r->sections[n - 1].line;
        if (l && l <= line && l >= best_line) {
            best = n;
            best_line = l;
        }
    }
    return best;
}

void
gir_report_write_plain(gir_out *o, const gir_report *r, unsigned sections)
{
    long start[7] = {0}, end[7] = {0};
    if (sections)
        for (int n = 1; n <= 6; n++)
            if ((sections & (1u << n)) && r->sections[n - 1].line) {
                start[n] = r->sections[n - 1].line;
                end[n] = section_end(r, n);
            }
    const char *fn = gir_report_meta(r, "final_newline");
    int last_without_lf = fn && strcmp(fn, "no") == 0;
    for (size_t i = 0; i < r->nlines; i++) {
        const gir_line *l = &r->lines[i];
        if (sections) {
            int keep = 0;
            for (int n = 1; n <= 6 && !keep; n++)
                keep = start[n] && l->line >= start[n] && l->line < end[n];
            if (!keep)
                continue;
        }
        gir_out_write(o, l->text, l->len);
        if (!(last_without_lf && i + 1 == r->nlines))
            gir_out_putc(o, '\n');
    }
}
