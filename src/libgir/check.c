/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check.c - validation of a report's tables (SPEC §6; see check.h).
 *
 * Every comparison is exact: counts are integers, the fee is a decimal
 * compared as a scaled integer; nothing goes through a float.  An issue's
 * LINE is the line of the cell that is wrong (for an identity: its total;
 * for a narrative statement: the sentence), so a reviewer can jump to it. */
#include "config.h"
#include "check.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "norm.h"
#include "regex.h"
#include "xmalloc.h"

/* ---- the cross-year memory: organ, year and two t3 rows per report ---- */

#define T3_NCOLS 7

/* One entry per (organ, year) of the stream, kept to its end: the memory
 * gir-check needs beyond one report grows with the number of organ-years
 * it has seen (xyear.carry compares them within one stream).  So an entry
 * is small: the two t3 rows as 32-bit counts (NOT_GIVEN: blank, missing,
 * or too large to be a real count), the organ's name in the checker's
 * arena (once per entry, no malloc header), and the table holds 32-bit
 * indices into the entries.  About 72 bytes and the name per entry. */
#define NOT_GIVEN UINT32_MAX

typedef struct year_entry {
    const char *organ;
    uint32_t hash;
    int32_t year;
    uint32_t carried_over[T3_NCOLS];
    uint32_t carried_forward[T3_NCOLS];
} year_entry;

/* ---- narrative statements ---- */

typedef struct text_rule {
    const char *rule;
    const char *what;           /* what the sentence states, for the message */
    const char *pattern;        /* the statement; the number in group 1 or 2 */
    const char *forbid;         /* a clause matching this is not unambiguous */
    const char *sentence;       /* the sentence must match this (or NULL) */
    const char *cells[2];       /* the cells whose sum the number must equal */
} text_rule;

/* Words that make a clause about something else than this year's own
 * total: a part of it (其中, channels, applicant kinds), another period
 * (上年, 同比, 累计), other organs (各, 全市), an estimate (余件, 以上),
 * a plan (计划, 将). */
#define NOT_THE_TOTAL \
    "其中|上年|去年|上一年|前一年|同比|较|比上|累计|以来|各|每|平均" \
    "|全[省市县区州旗盟]|下属|所属|系统内|以上|以下|超过|约|余件|多件|不到|近" \
    "|计划|预计|拟|将|力争|目标"

static const text_rule text_rules[] = {
    {"text.t3_new", "applications received",
     "(?:收到|新收|受理|接收|接到)"
     "(?:[^0-9]*?申请[^0-9]*?([0-9]+)\\s*件|[^0-9]{0,6}?([0-9]+)\\s*件[^0-9]*?申请)",
     NOT_THE_TOTAL "|网上|网络|网站|平台|渠道|信箱|邮箱|热线|在线|线上|当面|现场|信函|邮寄|邮件|传真|电话"
     "|自然人|法人|企业|结转|办结|答复|予以|不予|部分|无法|处理|申请中|复议|诉讼",
     NULL, {"t3.new.total", NULL}},
    {"text.t4_review", "administrative reviews",
     "行政复议(?:案件|申请)?[^0-9]{0,8}?([0-9]+)\\s*(?:件|起)",
     NOT_THE_TOTAL "|诉讼|维持|纠正|撤销|确认|驳回|审结|结果|办理|审理|受理|作出|决定|收到"
     "|复议机关|代理|应诉",
     "信息公开|依申请公开", {"t4.review.total", NULL}},
    {"text.t4_suit", "administrative lawsuits",
     "行政诉讼(?:案件)?[^0-9]{0,8}?([0-9]+)\\s*(?:件|起)",
     NOT_THE_TOTAL "|复议|维持|纠正|撤销|确认|驳回|审结|结果|办理|审理|受理|作出|判决|裁定"
     "|收到|代理|应诉|出庭",
     "信息公开|依申请公开", {"t4.suit_direct.total", "t4.suit_after_review.total"}},
    {"text.t2_normative_docs", "normative documents issued",
     "(?:制发|印发|出台|制定)了?(?:(?:行政)?规范性文件(?:共|共计|合计)?([0-9]+)\\s*(?:件|个|份)"
     "|(?:共|共计|合计)?([0-9]+)\\s*(?:件|个|份)(?:行政)?规范性文件)",
     NOT_THE_TOTAL "|规章|审查|审核|备案|清理|废止|修订|修改|现行|有效|参与|配合|协助|征求|解读|代",
     NULL, {"t2.normative_docs.issued", NULL}},
    {"text.t2_regulations", "regulations issued",
     "(?:制发|印发|出台|制定)了?(?:规章(?:共|共计|合计)?([0-9]+)\\s*(?:件|个|部|份)"
     "|(?:共|共计|合计)?([0-9]+)\\s*(?:件|个|部|份)规章)",
     NOT_THE_TOTAL "|规范性文件|审查|审核|备案|清理|废止|修订|修改|现行|有效|参与|配合|协助|征求|解读|代",
     NULL, {"t2.regulations.issued", NULL}},
};
#define N_TEXT_RULES (sizeof text_rules / sizeof text_rules[0])

typedef struct compiled_rule {
    pcre2_code *pattern, *forbid, *sentence;
} compiled_rule;

/* ---- the cells the rules read, looked up once per template ---- */

enum { MAX_T3_ROWS = 32 };

/* Cell indices by the rules' own coordinates (-1: not in the template).
 * Looking a key up compares strings over all the template's cells; the
 * rules read hundreds of cells per report, so that is done once. */
typedef struct cell_indices {
    const gir_template *tmpl;   /* the template these are for; NULL: none yet */
    int t3[MAX_T3_ROWS][T3_NCOLS];          /* t3 row, the template's t3 column */
    int text[N_TEXT_RULES][2];              /* text_rules[].cells */
    int t3_carried_over, t3_carried_forward;   /* t3 rows, or -1 */
} cell_indices;

struct gir_checker {
    int strict;
    year_entry *years;          /* the entries, in the order seen */
    size_t nyears, capyears;
    uint32_t *slots;            /* hash table: 0 empty, else entry index + 1 */
    size_t nslots;              /* 0 or a power of two */
    gir_arena names;            /* the organs' names */
    compiled_rule rules[N_TEXT_RULES];
    pcre2_match_data *md;
    int errors;                 /* error issues of the report being checked */
    size_t prior_issues;        /* issues the report had before this check:
                                 * read from the stream or added by the
                                 * split and table stages run in-process */
    cell_indices ix[GIR_N_TEMPLATES];       /* by template id */
};

gir_checker *
gir_checker_new(int strict)
{
    gir_checker *c = xcalloc(1, sizeof *c);
    c->strict = strict;
    gir_arena_init(&c->names);
    for (size_t i = 0; i < N_TEXT_RULES; i++) {
        c->rules[i].pattern = gir_regex_compile(text_rules[i].pattern);
        c->rules[i].forbid = gir_regex_compile(text_rules[i].forbid);
        c->rules[i].sentence = gir_regex_compile(text_rules[i].sentence);
    }
    c->md = pcre2_match_data_create(8, NULL);
    return c;
}

void
gir_checker_free(gir_checker *c)
{
    if (!c)
        return;
    free(c->years);
    free(c->slots);
    gir_arena_free(&c->names);
    for (size_t i = 0; i < N_TEXT_RULES; i++) {
        pcre2_code_free(c->rules[i].pattern);
        pcre2_code_free(c->rules[i].forbid);
        pcre2_code_free(c->rules[i].sentence);
    }
    pcre2_match_data_free(c->md);
    free(c);
}

/* ---- issues ---- */

static int
same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

static void
issue(gir_checker *c, gir_report *r, int error, const char *rule, const char *where,
      const char *expected, const char *found, long line, const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

static void
issue(gir_checker *c, gir_report *r, int error, const char *rule, const char *where,
      const char *expected, const char *found, long line, const char *fmt, ...)
{
    if (c->strict)
        error = 1;
    if (error)
        c->errors++;
    /* Checked before (gir-check | gir-check): do not add it twice. */
    for (size_t i = 0; i < c->prior_issues; i++) {
        const gir_issue *is = &r->issues[i];
        if (same(is->rule, rule) && same(is->where, where) && is->line == line
            && same(is->expected, expected) && same(is->found, found))
            return;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    gir_report_add_issue(r, error ? "error" : "warning", rule, where, expected, found,
                         line, msg);
}

/* Did an earlier stage already record RULE at WHERE (any RULE when NULL)?
 * Each fact is said once, by the stage that finds it: gir-split records a
 * missing section, gir-table a table it did not find and each cell it
 * left empty (cell.unread), and this check does not say them again. */
static int
recorded(const gir_checker *c, const gir_report *r, const char *rule, const char *where)
{
    for (size_t i = 0; i < c->prior_issues; i++) {
        const gir_issue *is = &r->issues[i];
        if ((!rule || same(is->rule, rule)) && same(is->where, where))
            return 1;
    }
    return 0;
}

/* ---- cell values ---- */

enum { V_MISSING, V_BLANK, V_NUMBER, V_INVALID };

static int
is_count(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (s[n] < '0' || s[n] > '9')
            return 0;
    return n > 0 && n <= 15;    /* sums of 25 of them stay far inside long long */
}

static int
is_decimal(const char *s)
{
    size_t digits = 0, frac = 0;
    int point = 0;
    for (; *s; s++) {
        if (*s == '.' && !point && digits > 0)
            point = 1;
        else if (*s >= '0' && *s <= '9')
            point ? frac++ : digits++;
        else
            return 0;
    }
    return digits > 0 && digits <= 15 && (!point || frac > 0) && frac <= 6;
}

/* The value of count cell IDX: V_NUMBER with *v, or V_BLANK (*v = 0), or
 * V_MISSING (no record, or not found) / V_INVALID. */
static int
count_of(const gir_report *r, int idx, long long *v)
{
    *v = 0;
    if (idx < 0 || !r->cells || !r->cells[idx].value)
        return V_MISSING;
    const char *s = r->cells[idx].value;
    /* Empty with LINE 0 is gir-table's "not found": unknown, not blank. */
    if (!*s)
        return r->cells[idx].line > 0 ? V_BLANK : V_MISSING;
    if (!is_count(s))
        return V_INVALID;
    *v = strtoll(s, NULL, 10);
    return V_NUMBER;
}


static long
line_of(const gir_report *r, int idx)
{
    return idx >= 0 && r->cells ? r->cells[idx].line : 0;
}

/* The indices of the cells the rules read in R's template (see
 * cell_indices), computed once per template: a stream may alternate them
 * (an organ's 2020 and 2021 reports). */
static const cell_indices *
indices(gir_checker *c, const gir_report *r)
{
    const gir_template *t = r->tmpl;
    cell_indices *ix = &c->ix[t->id];
    if (ix->tmpl == t)
        return ix;
    ix->tmpl = t;
    for (size_t row = 0; row < MAX_T3_ROWS; row++)
        for (size_t k = 0; k < T3_NCOLS; k++)
            ix->t3[row][k] = row < t->n_t3_rows && k < t->n_t3_cols
                ? (int) gir_t3_cell(t, row, k) : -1;
    for (size_t i = 0; i < N_TEXT_RULES; i++)
        for (size_t k = 0; k < 2; k++)
            ix->text[i][k] = text_rules[i].cells[k]
                ? gir_template_key_index(t, text_rules[i].cells[k]) : -1;
    ix->t3_carried_over = gir_t3_row(t, "carried_over");
    ix->t3_carried_forward = gir_t3_row(t, "carried_forward");
    return ix;
}

/* ---- the identities (t3.row_sum, t3.result_sum, t3.balance, t4.sum) ---- */

/* Cell IDX as the identities see it: a count, blank, or unknown (no
 * record, not found, or not a count: cell.missing and cell.invalid say
 * so on their own). */
static gir_idv
idv_of(const gir_report *r, int idx)
{
    long long v;
    switch (count_of(r, idx, &v)) {
    case V_NUMBER:
        return (gir_idv) {v, GIR_IDV_NUMBER};
    case V_BLANK:
        return (gir_idv) {0, GIR_IDV_BLANK};
    default:
        return (gir_idv) {0, GIR_IDV_UNKNOWN};
    }
}

/* How an identity's issue reads, by rule: what WHERE is (a t3 row, a t3
 * column, a t4 row) and what fails to add up.  Where the terms have short
 * names (the balance's four rows), the message gives each term's value. */
typedef struct identity_words {
    const char *rule, *where_is, *what;
    const char *left_terms[2], *right_terms[2];
} identity_words;

static const identity_words identity_wording[] = {
    {"t3.row_sum", "t3 row", "the six applicant columns do not add up to 总计", {0}, {0}},
    {"t3.result_sum", "t3 column", "rows (一)…(六) do not add up to (七)总计", {0}, {0}},
    {"t3.balance", "t3 column", NULL, {"本年新收", "上年结转"}, {"(七)总计", "结转下年度"}},
    {"t4.sum", "t4 row", "维持 + 纠正 + 其他 + 尚未审结 do not add up to 总计", {0}, {0}},
};

/* The message of broken identity ID into BUF. */
static void
identity_message(const gir_identity *id, const gir_idv *cells, char *buf, size_t size)
{
    const identity_words *w = NULL;
    for (size_t i = 0; i < sizeof identity_wording / sizeof identity_wording[0]; i++)
        if (strcmp(identity_wording[i].rule, id->rule) == 0)
            w = &identity_wording[i];
    if (w && w->what) {
        snprintf(buf, size, "%s %s: %s", w->where_is, id->where, w->what);
    } else if (w && id->nleft == 2 && id->nright == 2) {
        snprintf(buf, size, "%s %s: %s %lld + %s %lld differ from %s %lld + %s %lld",
                 w->where_is, id->where, w->left_terms[0], cells[id->left[0]].v,
                 w->left_terms[1], cells[id->left[1]].v, w->right_terms[0],
                 cells[id->right[0]].v, w->right_terms[1], cells[id->right[1]].v);
    } else {
        /* A rule the data has and this table does not word. */
        snprintf(buf, size, "%s %s: the sum of its %u parts differs from the sum of its %u totals",
                 id->rule, id->where, (unsigned) id->nleft, (unsigned) id->nright);
    }
}

/* The line an identity's issue points at: its given cell's (the total),
 * else the first line among its other cells. */
static long
identity_line(const gir_report *r, const gir_identity *id)
{
    const struct { const unsigned short *idx; size_t n; } sides[] = {
        {id->given, id->ngiven}, {id->right, id->nright}, {id->left, id->nleft}};
    for (size_t s = 0; s < 3; s++)
        for (size_t i = 0; i < sides[s].n; i++)
            if (line_of(r, sides[s].idx[i]) > 0)
                return line_of(r, sides[s].idx[i]);
    return 0;
}

/* Every identity of the template, in its data's order, with SPEC §6's one
 * meaning (identity.h): a broken one is an error. */
static void
check_identities(gir_checker *c, gir_report *r)
{
    const gir_template *t = r->tmpl;
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS];
    for (size_t i = 0; i < t->ncells; i++)
        cells[i] = idv_of(r, (int) i);
    for (size_t i = 0; i < t->n_identities; i++) {
        const gir_identity *id = &t->identities[i];
        long long left, right;
        if (gir_identity_eval(id, cells, &left, &right) != GIR_ID_BROKEN)
            continue;
        char e[32], f[32], msg[256];
        snprintf(e, sizeof e, "%lld", left);
        snprintf(f, sizeof f, "%lld", right);
        identity_message(id, cells, msg, sizeof msg);
        issue(c, r, 1, id->rule, id->where, e, f, identity_line(r, id), "%s", msg);
    }
}

/* The template's tables, in cell order: a cell whose table differs from
 * the cell before it starts one. */
static size_t
table_names(const gir_template *t, const char **tables, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < t->ncells && n < max; i++)
        if (i == 0 || strcmp(t->cells[i].table, t->cells[i - 1].table) != 0)
            tables[n++] = t->cells[i].table;
    return n;
}

static void
check_cells(gir_checker *c, gir_report *r)
{
    const gir_template *t = r->tmpl;
    const char *tables[8];
    size_t ntables = table_names(t, tables, 8);
    for (size_t ti = 0; ti < ntables; ti++) {
        int any = 0;
        for (size_t i = 0; i < t->ncells; i++)
            if (strcmp(t->cells[i].table, tables[ti]) == 0 && r->cells[i].value)
                any |= r->cells[i].value[0] != '\0';
        if (!any) {
            if (!recorded(c, r, "table.missing", tables[ti]))
                issue(c, r, 0, "table.missing", tables[ti], NULL, NULL, 0,
                      "table %s: no value found", tables[ti]);
            continue;
        }
        for (size_t i = 0; i < t->ncells; i++) {
            const gir_cell_def *d = &t->cells[i];
            const gir_cell *cell = &r->cells[i];
            if (strcmp(d->table, tables[ti]) != 0)
                continue;
            if (!cell->value || (!cell->value[0] && cell->line == 0)) {
                /* gir-table's cell.unread already says why it is empty. */
                if (!recorded(c, r, NULL, d->key))
                    issue(c, r, 0, "cell.missing", d->key, NULL, NULL, 0,
                          "%s (%s / %s) not found", d->key, d->label_row, d->label_col);
                continue;
            }
            if (!cell->value[0])
                continue;
            /* What the kind admits: the record's EXPECTED, the message's words. */
            const char *expected = "a non-negative integer", *words = "a count";
            int ok;
            if (d->kind == GIR_KIND_DECIMAL) {
                expected = words = "a non-negative number";
                ok = is_decimal(cell->value);
            } else if (d->kind == GIR_KIND_SIGNED) {
                expected = words = "an integer";
                ok = is_count(cell->value + (cell->value[0] == '-'));
            } else {
                ok = is_count(cell->value);
            }
            if (!ok)
                issue(c, r, 1, "cell.invalid", d->key, expected, cell->value, cell->line,
                      "%s is not %s", d->key, words);
        }
    }
}

static void
check_sections(gir_checker *c, gir_report *r)
{
    static const char *const names[] = {"1", "2", "3", "4", "5", "6"};
    /* A stream of cells alone (no text) has no sections to miss. */
    if (r->nlines == 0)
        return;
    for (int n = 1; n <= 6; n++)
        if (!gir_report_section(r, n) && !recorded(c, r, "section.missing", names[n - 1]))
            issue(c, r, 0, "section.missing", names[n - 1], NULL, NULL, 0,
                  "section %d not found", n);
}

/* ---- xyear.carry ---- */

static uint32_t
hash_key(const char *organ, int year)
{
    uint32_t h = 2166136261u;           /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *) organ; *p; p++)
        h = (h ^ *p) * 16777619u;
    return (h ^ (uint32_t) year) * 16777619u;
}

static year_entry *
year_find(gir_checker *c, const char *organ, int year)
{
    if (!c->nslots)
        return NULL;
    uint32_t h = hash_key(organ, year);
    for (size_t i = h & (c->nslots - 1);; i = (i + 1) & (c->nslots - 1)) {
        uint32_t k = c->slots[i];
        if (!k)
            return NULL;
        year_entry *e = &c->years[k - 1];
        if (e->hash == h && e->year == year && strcmp(e->organ, organ) == 0)
            return e;
    }
}

static void
slot_put(uint32_t *slots, size_t nslots, uint32_t hash, uint32_t k)
{
    size_t j = hash & (nslots - 1);
    while (slots[j])
        j = (j + 1) & (nslots - 1);
    slots[j] = k;
}

static year_entry *
year_insert(gir_checker *c, const char *organ, int year)
{
    if (c->nyears >= UINT32_MAX - 1)
        return NULL;                    /* four billion organ-years: no more */
    /* At most three quarters full. */
    if (4 * (c->nyears + 1) > 3 * c->nslots) {
        size_t n = c->nslots ? 2 * c->nslots : 64;
        uint32_t *slots = xcalloc(n, sizeof *slots);
        for (size_t i = 0; i < c->nyears; i++)
            slot_put(slots, n, c->years[i].hash, (uint32_t) i + 1);
        free(c->slots);
        c->slots = slots;
        c->nslots = n;
    }
    c->years = xgrow(c->years, &c->capyears, c->nyears + 1, sizeof *c->years);
    year_entry *e = &c->years[c->nyears++];
    e->organ = gir_arena_strdup(&c->names, organ);
    e->hash = hash_key(organ, year);
    e->year = year;
    slot_put(c->slots, c->nslots, e->hash, (uint32_t) c->nyears);
    return e;
}

static int
year_of(const gir_report *r)
{
    const char *y = gir_report_meta(r, "year");
    if (!y || strlen(y) != 4 || !is_count(y))
        return 0;
    return atoi(y);
}

static void
check_xyear(gir_checker *c, gir_report *r)
{
    const char *organ = gir_report_meta(r, "organ");
    int year = year_of(r);
    if (!organ || !*organ || !year)
        return;
    const cell_indices *ix = indices(c, r);
    const gir_axis *col = r->tmpl->t3_cols;     /* a column past its n_t3_cols is never given */
    uint32_t co[T3_NCOLS], cf[T3_NCOLS];
    int ico[T3_NCOLS], icf[T3_NCOLS];
    for (size_t k = 0; k < T3_NCOLS; k++) {
        long long v;
        ico[k] = ix->t3_carried_over >= 0 ? ix->t3[ix->t3_carried_over][k] : -1;
        icf[k] = ix->t3_carried_forward >= 0 ? ix->t3[ix->t3_carried_forward][k] : -1;
        co[k] = count_of(r, ico[k], &v) == V_NUMBER && v < NOT_GIVEN ? (uint32_t) v : NOT_GIVEN;
        cf[k] = count_of(r, icf[k], &v) == V_NUMBER && v < NOT_GIVEN ? (uint32_t) v : NOT_GIVEN;
    }
    /* The year before carried forward what this year carried over. */
    const year_entry *prev = year_find(c, organ, year - 1);
    for (size_t k = 0; prev && k < T3_NCOLS; k++) {
        uint32_t was = prev->carried_forward[k];
        if (was == NOT_GIVEN || co[k] == NOT_GIVEN || was == co[k])
            continue;
        char e[32], f[32];
        snprintf(e, sizeof e, "%" PRIu32, was);
        snprintf(f, sizeof f, "%" PRIu32, co[k]);
        issue(c, r, 0, "xyear.carry", col[k].name, e, f, line_of(r, ico[k]),
              "t3 column %s: 上年结转 of %d is %" PRIu32 ", but 结转下年度继续办理 of %d was %" PRIu32,
              col[k].name, year, co[k], year - 1, was);
    }
    /* The year after (seen first) carried over what this year carries forward. */
    const year_entry *next = year_find(c, organ, year + 1);
    for (size_t k = 0; next && k < T3_NCOLS; k++) {
        uint32_t came = next->carried_over[k];
        if (came == NOT_GIVEN || cf[k] == NOT_GIVEN || came == cf[k])
            continue;
        char e[32], f[32];
        snprintf(e, sizeof e, "%" PRIu32, came);
        snprintf(f, sizeof f, "%" PRIu32, cf[k]);
        issue(c, r, 0, "xyear.carry", col[k].name, e, f, line_of(r, icf[k]),
              "t3 column %s: 结转下年度继续办理 of %d is %" PRIu32 ", but 上年结转 of %d is %" PRIu32,
              col[k].name, year, cf[k], year + 1, came);
    }
    if (!year_find(c, organ, year)) {
        year_entry *e = year_insert(c, organ, year);
        if (e) {
            memcpy(e->carried_over, co, sizeof co);
            memcpy(e->carried_forward, cf, sizeof cf);
        }
    }
}

/* ---- narrative statements (text.*) ---- */

/* How many numbers the clause S[0..N) holds, not counting dates (2022年,
 * 1月, 31日) and ordinals (第3). */
static int
count_numbers(const char *s, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < '0' || s[i] > '9') {
            i++;
            continue;
        }
        size_t start = i;
        while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
            i++;
        const char *after = s + i;
        size_t left = n - i;
        int date = left >= 3 && (memcmp(after, "年", 3) == 0 || memcmp(after, "月", 3) == 0
                                 || memcmp(after, "日", 3) == 0 || memcmp(after, "号", 3) == 0);
        int ordinal = start >= 3 && memcmp(s + start - 3, "第", 3) == 0;
        if (!date && !ordinal)
            count++;
    }
    return count;
}

static int
matches(gir_checker *c, pcre2_code *code, const char *s, size_t n)
{
    return code && pcre2_match(code, (PCRE2_SPTR) s, n, 0, 0, c->md, NULL) >= 0;
}

static void
check_clause(gir_checker *c, gir_report *r, const gir_line *ln, const char *sent,
             size_t sentlen, const char *s, size_t n)
{
    if (n == 0 || count_numbers(s, n) != 1)
        return;
    for (size_t i = 0; i < N_TEXT_RULES; i++) {
        const text_rule *tr = &text_rules[i];
        const compiled_rule *cr = &c->rules[i];
        if (pcre2_match(cr->pattern, (PCRE2_SPTR) s, n, 0, 0, c->md, NULL) < 0)
            continue;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        uint32_t groups = pcre2_get_ovector_count(c->md);
        size_t so = PCRE2_UNSET, eo = 0;
        for (uint32_t g = 1; g < groups && g <= 2; g++)
            if (ov[2 * g] != PCRE2_UNSET) {
                so = ov[2 * g];
                eo = ov[2 * g + 1];
                break;
            }
        if (so == PCRE2_UNSET || eo - so > 15)
            continue;
        long long said = 0;
        for (size_t k = so; k < eo; k++)
            said = said * 10 + (s[k] - '0');
        if (matches(c, cr->forbid, s, n))
            continue;
        if (cr->sentence && !matches(c, cr->sentence, sent, sentlen))
            continue;
        /* The table's value: the sum of the cells, all of them given. */
        long long table = 0;
        long cell_line = 0;
        int given = 1;
        for (size_t k = 0; k < 2 && tr->cells[k]; k++) {
            int idx = indices(c, r)->text[i][k];
            long long v;
            if (count_of(r, idx, &v) != V_NUMBER) {
                given = 0;
                break;
            }
            table += v;
            if (!cell_line)
                cell_line = line_of(r, idx);
        }
        if (!given || table == said)
            continue;
        char e[32], f[32];
        snprintf(e, sizeof e, "%lld", table);
        snprintf(f, sizeof f, "%lld", said);
        issue(c, r, 0, tr->rule, "", e, f, ln->line,
              "the narrative states %lld %s, the table (%s%s%s, line %ld) says %lld",
              said, tr->what, tr->cells[0], tr->cells[1] ? " + " : "",
              tr->cells[1] ? tr->cells[1] : "", cell_line, table);
    }
}

static int
is_clause_end(const char *s, size_t left, size_t *len)
{
    switch (*s) {
    case ',': case ';': case ':': case '!': case '?':
        *len = 1;
        return 1;
    }
    (void) left;
    return 0;
}

static void
check_narrative(gir_checker *c, gir_report *r)
{
    if (!r->cells)
        return;
    for (size_t li = 0; li < r->nlines; li++) {
        const gir_line *ln = &r->lines[li];
        /* Any line: narrative sentences also stand before the tables in
         * sections 二…四, and table rows hold several numbers and no 件. */
        if (!strstr(ln->text, "件"))
            continue;
        size_t nlen;
        char *norm = gir_norm_arena(&r->arena, ln->text, ln->len, 0, &nlen);
        /* Sentences end at 。; clauses at , ; : ! ? (normalised). */
        for (size_t ss = 0; ss < nlen;) {
            const char *dot = strstr(norm + ss, "。");
            size_t se = dot ? (size_t) (dot - norm) : nlen;
            size_t cs = ss;
            for (size_t i = ss; i <= se; i++) {
                size_t dl = 0;
                if (i == se || is_clause_end(norm + i, se - i, &dl)) {
                    check_clause(c, r, ln, norm + ss, se - ss, norm + cs, i - cs);
                    cs = i + (dl ? dl : 1);
                }
            }
            ss = se + (dot ? 3 : 0);
            if (!dot)
                break;
        }
    }
}

int
gir_check_report(gir_checker *c, gir_report *r)
{
    c->errors = 0;
    c->prior_issues = r->nissues;
    r->checked = 1;
    if (r->cells) {
        check_cells(c, r);
        check_identities(c, r);
    } else {
        const char *tables[8];
        size_t ntables = table_names(r->tmpl, tables, 8);
        for (size_t ti = 0; ti < ntables; ti++)
            if (!recorded(c, r, "table.missing", tables[ti]))
                issue(c, r, 0, "table.missing", tables[ti], NULL, NULL, 0,
                      "table %s: no value found", tables[ti]);
    }
    check_sections(c, r);
    if (r->cells) {
        check_xyear(c, r);
        check_narrative(c, r);
    }
    return c->errors;
}

/* ---- where an issue points ---- */

int
gir_check_issue_cell(const gir_template *t, const gir_issue *is)
{
    const char *rule = is->rule ? is->rule : "", *where = is->where ? is->where : "";
    /* An identity points at its given cell, the total its issue's LINE is. */
    const gir_identity *id = gir_identity_find(t->identities, t->n_identities, rule, where);
    if (id)
        return id->ngiven ? id->given[0] : id->right[0];
    if (strncmp(rule, "cell.", 5) == 0)
        return gir_template_key_index(t, where);
    for (size_t i = 0; i < N_TEXT_RULES; i++)
        if (strcmp(rule, text_rules[i].rule) == 0)
            return gir_template_key_index(t, text_rules[i].cells[0]);
    return -1;
}
