/* report.c - one report in memory; parsing and writing its records. */
#include "config.h"
#include "report.h"

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
        for (size_t j = 0; j < lens[i]; j++) {
            char c = fields[i][j];
            switch (c) {
            case '\t': *w++ = '\\'; *w++ = 't'; break;
            case '\n': *w++ = '\\'; *w++ = 'n'; break;
            case '\r': *w++ = '\\'; *w++ = 'r'; break;
            case '\\': *w++ = '\\'; *w++ = '\\'; break;
            default: *w++ = c;
            }
        }
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
    char num[8], ln[24];
    snprintf(num, sizeof num, "%d", n);
    snprintf(ln, sizeof ln, "%ld", line);
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
    int ll = snprintf(ln, sizeof ln, "%ld", line);
    const char *f[] = {ln, text};
    size_t lens[] = {(size_t) ll, len};
    size_t rawlen;
    const char *raw = escape_record(r, "text", 2, f, lens, &rawlen);
    push_record(r, GIR_REC_TEXT, raw, rawlen);
    push_line(r, line, gir_arena_memdup0(&r->arena, text, len), len);
}

static int
parse_long(const char *s, long *v)
{
    char *end;
    if (!*s)
        return -1;
    long x = strtol(s, &end, 10);
    if (*end || x < 0)
        return -1;
    *v = x;
    return 0;
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

int
gir_report_add_raw(gir_report *r, const char *raw, size_t len)
{
    const char *tab = memchr(raw, '\t', len);
    size_t wlen = tab ? (size_t) (tab - raw) : len;
    gir_rec_type type = type_of(raw, wlen);
    char *copy = gir_arena_memdup0(&r->arena, raw, len);
    if (type == GIR_REC_END)
        return GIR_REC_END;          /* written by gir_report_write */

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

void
gir_report_write(gir_out *o, const gir_report *r)
{
    for (size_t i = 0; i < r->nrecords; i++) {
        gir_out_write(o, r->records[i].raw, r->records[i].len);
        gir_out_putc(o, '\n');
    }
    if (r->cells_added) {
        const gir_template *t = r->tmpl;
        for (size_t i = 0; i < t->ncells; i++) {
            const gir_cell_def *d = &t->cells[i];
            const gir_cell *c = &r->cells[i];
            char ln[24];
            snprintf(ln, sizeof ln, "%ld", c->line);
            const char *f[] = {d->table, d->row, d->col, c->value ? c->value : "", ln};
            gir_out_record(o, "cell", 5, f);
        }
    }
    for (size_t i = r->issues_read; i < r->nissues; i++) {
        const gir_issue *is = &r->issues[i];
        char ln[24];
        snprintf(ln, sizeof ln, "%ld", is->line);
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
