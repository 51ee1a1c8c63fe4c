/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table_tok.c - table regions to tokens (see table_tok.h).
 *
 * A line is first cut into fields: on TABs, on | and box-drawing bars, as
 * CSV (libcsv) when it reads as a row of numbers, or else on runs of two
 * or more spaces (pdftotext -layout).  Each field is then cut into words
 * on single spaces, and each word into labels and numbers, because a
 * scraped page that lost its cell borders glues them together:
 * `申请数量640020470`, `00000003.危及…` (a row's digits, then the next
 * label's numbering 3.). */
#include "config.h"
#include "table_tok.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "norm.h"
#include "number.h"

typedef struct span {
    size_t so, eo;      /* bytes of the raw line */
    int x;              /* display column of so */
    int c;              /* character column of so */
} span;

typedef struct spans {
    span *v;
    size_t n, cap;
} spans;

static void
push_span(spans *s, size_t so, size_t eo, int x, int c)
{
    s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
    s->v[s->n++] = (span) {so, eo, x, c};
}

/* The character at S[I] (its length in *N); gir_utf8_decode takes ASCII
 * and CJK inline. */
static unsigned
cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    unsigned cp;
    *n = gir_utf8_decode((const unsigned char *) s + i, len - i, &cp);
    return cp;
}

static int
is_space_cp(unsigned cp)
{
    /* \v \f \r are 11, 12, 13: one range test */
    return cp == ' ' || (cp >= '\v' && cp <= '\r') || cp == 0xA0 || cp == 0x3000;
}

static int
is_bar_cp(unsigned cp)
{
    return cp == '|' || cp == 0x2502 || cp == 0x2503 || cp == 0x2551 || cp == 0xFF5C;
}

/* Does the normalised copy of S start with - or 第, as a page number
 * does?  Characters normalise one by one, so the first one that does not
 * vanish decides, and most lines need no more than that. */
static int
may_start_page_number(const char *s, size_t len)
{
    size_t n;
    for (size_t i = 0; i < len; i += n) {
        char out[32];
        cp_at(s, len, i, &n);
        size_t m = gir_norm(s + i, n, out, GIR_NORM_STRIP_SPACE, NULL);
        if (m)
            return out[0] == '-' || (m >= 3 && memcmp(out, "第", 3) == 0);
    }
    return 0;
}

/* A grid rule: +----+, ├──┼──┤, |---|:--|. */
static int
is_rule_line(const char *s, size_t len)
{
    size_t rule = 0, other = 0, n, run = 0, longest = 0, i = 0;
    while (i < len && s[i] == ' ')
        i++;                    /* most lines are indented text: skip the indent fast */
    for (; i < len; i += n) {
        unsigned cp = cp_at(s, len, i, &n);
        int is_rule = cp == '-' || cp == '+' || cp == '=' || cp == ':' || cp == '|' || cp == '_'
            || (cp >= 0x2500 && cp <= 0x257F);
        run = is_rule ? run + 1 : 0;
        longest = run > longest ? run : longest;
        if (is_space_cp(cp) || cp == '\t')
            continue;
        if (!is_rule) {
            other++;
            break;              /* text: not a rule, whatever follows */
        }
        rule++;
    }
    /* A rule draws lines (---, ├──┼); `| - | - |` is a row of blanks. */
    return other == 0 && rule >= 3 && longest >= 3;
}

/* A grid rule (+----+, ├──┼──┤, |---|:--|) or a page number (- 3 -,
 * 第3页): no cells on it. */
static int
is_noise_line(const char *s, size_t len, int rule)
{
    if (rule)
        return 1;
    /* Page numbers, on the normalised copy: -3-, - 3 -, 第3页, 第3页共5页. */
    while (len && (*s == ' ' || *s == '\f' || *s == '\t'))
        s++, len--;
    if (len > 60 || !may_start_page_number(s, len))
        return 0;
    char norm[256];
    size_t m = gir_norm(s, len, norm, GIR_NORM_STRIP_SPACE, NULL);
    size_t i = 0, d = 0;
    while (i < m && norm[i] == '-')
        i++;
    size_t lead = i;
    while (i < m && norm[i] >= '0' && norm[i] <= '9')
        i++, d++;
    size_t trail = 0;
    while (i < m && norm[i] == '-')
        i++, trail++;
    /* One dash each side of a page's number, set a space apart at most:
     * `-  -  -  -  -   0 -` is a row of blank cells around a 0 (no page
     * is numbered 0), whatever it normalises to. */
    size_t end = len;           /* spaces ending the line are no gap */
    while (end && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r'))
        end--;
    if (i == m && d >= 1 && d <= 3 && lead == 1 && trail == 1 && norm[lead] != '0'
        && !memmem(s, end, "  ", 2))
        return 1;
    if (m > 6 && memcmp(norm, "第", 3) == 0 && strstr(norm, "页")
        && strspn(norm + 3, "0123456789") > 0) {
        const char *p = norm + 3 + strspn(norm + 3, "0123456789");
        if (strcmp(p, "页") == 0 || (strncmp(p, "页共", 6) == 0))
            return 1;
    }
    return 0;
}

/* ---- cutting a line into fields ---- */

static void
split_on_tabs(const char *s, size_t len, spans *out)
{
    size_t so = 0;
    for (size_t i = 0; i <= len; i++)
        if (i == len || s[i] == '\t') {
            push_span(out, so, i, (int) out->n, (int) out->n);
            so = i + 1;
        }
}

/* Any of is_bar_cp's characters.  '|' is the common one; the others
 * begin with E2 or EF, bytes that never continue a character, so only
 * those need decoding. */
static int
has_bar(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *) s;
    size_t n, i = 0;
    for (; i + 8 <= len; i += 8) {  /* eight at a time to the first candidate byte */
        uint64_t w = gir_word_at(u + i);
        if (gir_word_has_byte(w, '|') | gir_word_has_byte(w, 0xE2) | gir_word_has_byte(w, 0xEF))
            break;
    }
    for (; i < len; i++) {
        if (u[i] == '|')
            return 1;
        if ((u[i] == 0xE2 || u[i] == 0xEF) && is_bar_cp(cp_at(s, len, i, &n)))
            return 1;
    }
    return 0;
}

static int
is_blank_span(const char *s, size_t so, size_t eo)
{
    size_t n;
    for (size_t i = so; i < eo; i += n)
        if (!is_space_cp(cp_at(s, eo, i, &n)))
            return 0;
    return 1;
}

/* A markdown table's delimiter row, `|---|:--|` (1) or `---|---` (2:
 * its writer draws no outer bars, so a line of the table starting with
 * one has an empty first cell); 0 for any other line. */
static int
is_delimiter_row(const char *s, size_t len)
{
    size_t i = 0, dashes = 0, bars = 0;
    while (i < len && s[i] == ' ')
        i++;
    int outer = i < len && s[i] == '|';
    for (; i < len; i++) {
        if (s[i] == '-')
            dashes++;
        else if (s[i] == '|')
            bars++;
        else if (s[i] != ':' && s[i] != ' ')
            return 0;
    }
    if (dashes < 3 || bars == 0 || bars == (size_t) outer)
        return 0;
    return outer ? 1 : 2;
}

/* Fields between bars; the outer border of `| a | b |` is not a field,
 * except in a table that draws no border (BORDERLESS): there a bar at
 * either end of a line is a cell's edge, `| 3| 18` an empty first cell. */
static void
split_on_bars(const char *s, size_t len, int borderless, spans *out)
{
    size_t so = 0, n;
    for (size_t i = 0; i <= len; i += n) {
        n = 1;
        unsigned cp = i < len ? cp_at(s, len, i, &n) : 0;
        if (i == len || is_bar_cp(cp)) {
            push_span(out, so, i, (int) out->n, (int) out->n);
            so = i + n;
        }
    }
    /* html2text draws a row's bottom border by padding the cells of its
     * last line with _ (10895__, _______): the padding is no text. */
    for (size_t k = 0; k < out->n; k++)
        while (out->v[k].eo > out->v[k].so && s[out->v[k].eo - 1] == '_')
            out->v[k].eo--;
    if (borderless)
        return;
    /* A bar ending a line is a border only on a line that starts with
     * one: after text (html2md's 行政事业性收费| 1|  ) it closes a cell,
     * and an empty last cell follows it. */
    int left_border = out->n > 1 && is_blank_span(s, out->v[0].so, out->v[0].eo);
    if (left_border) {
        memmove(out->v, out->v + 1, (out->n - 1) * sizeof *out->v);
        out->n--;
    }
    if (left_border && out->n > 1 && is_blank_span(s, out->v[out->n - 1].so, out->v[out->n - 1].eo))
        out->n--;
    for (size_t k = 0; k < out->n; k++)
        out->v[k].x = (int) k;
}

typedef struct csv_row {
    size_t nfields, numeric;
} csv_row;

static void
csv_field(void *data, size_t n, void *ctx)
{
    csv_row *c = ctx;
    char value[64];
    gir_value_kind k = gir_parse_value(data ? data : "", data ? n : 0, value, sizeof value);
    c->numeric += k != GIR_VALUE_TEXT;
    c->nfields++;
}

/* A CSV row: at least three fields, two of them numbers or placeholders.
 * Narrative with ASCII commas has no such fields.  A spreadsheet writes
 * no padding: two spaces in a row outside quotes are a space-aligned
 * table whose numbers have thousands separators (51,574   8   5), not
 * CSV. */
static int
looks_like_csv(const char *s, size_t len)
{
    if (!memchr(s, ',', len))
        return 0;
    int quoted = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (!quoted && s[i] == ' ' && s[i + 1] == ' ')
            return 0;
    }
    struct csv_parser p;
    if (csv_init(&p, CSV_APPEND_NULL) != 0)
        return 0;
    csv_row c = {0, 0};
    csv_parse(&p, s, len, csv_field, NULL, &c);
    csv_fini(&p, csv_field, NULL, &c);
    csv_free(&p);
    return c.nfields >= 3 && c.numeric >= 2;
}

/* CSV fields are unquoted into the arena: they no longer point into the
 * line, so they are kept as words directly (see tokenise_line). */
typedef struct csv_collect {
    gir_arena *a;
    const char **text;
    size_t *len;
    size_t n, cap_text, cap_len;
} csv_collect;

static void
csv_collect_field(void *data, size_t n, void *ctx)
{
    csv_collect *c = ctx;
    c->text = xgrow(c->text, &c->cap_text, c->n + 1, sizeof *c->text);
    c->len = xgrow(c->len, &c->cap_len, c->n + 1, sizeof *c->len);
    c->text[c->n] = gir_arena_memdup0(c->a, data ? data : "", data ? n : 0);
    c->len[c->n] = data ? n : 0;
    c->n++;
}

/* pdftotext -layout: cells are separated by two or more columns of space. */
static void
split_on_spaces(const char *s, size_t len, spans *out)
{
    size_t n, so = 0, eo = 0;
    int x = 0, xs = 0, c = 0, cs = 0, gap = 0, in = 0;
    for (size_t i = 0; i < len; i += n) {
        unsigned cp = cp_at(s, len, i, &n);
        if (is_space_cp(cp) || cp == '\t') {
            gap += cp == 0x3000 ? 2 : 1;
            x += cp == 0x3000 ? 2 : 1;
            c += cp != '\f';
            continue;
        }
        if (in && gap >= 2) {
            push_span(out, so, eo, xs, cs);
            in = 0;
        }
        if (!in) {
            so = i;
            xs = x;
            cs = c;
            in = 1;
        }
        eo = i + n;
        gap = 0;
        x += gir_char_width(cp);
        c++;
    }
    if (in)
        push_span(out, so, eo, xs, cs);
}

/* ---- cutting a field into labels and numbers ---- */

/* A number glued to one of these is part of the text: 2021年, 27件. */
static int
is_unit_at(const char *s, size_t len)
{
    static const char *const units[] = {
        "年", "月", "日", "件", "个", "项", "次", "条", "人", "万", "元", "%", "家", "名",
        "份", "期", "篇", "批", "余", "多", "号", "天", "亿", "位", "户", "场", "类", "页",
        "届", "周", "倍", "小时", "分", "秒", "岁", "km", "m", "G", "K", "M"};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t ul = strlen(units[k]);
        if (len >= ul && memcmp(s, units[k], ul) == 0)
            return 1;
    }
    return 0;
}

static int
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int
is_wide_digit(unsigned cp)
{
    return cp >= 0xFF10 && cp <= 0xFF19;
}

static int
is_digit_cp(unsigned cp)
{
    return (cp >= '0' && cp <= '9') || is_wide_digit(cp);
}

/* The first byte of the UTF-8 character holding byte I of S, not before
 * LO. */
static size_t
char_start(const char *s, size_t lo, size_t i)
{
    while (i > lo && ((unsigned char) s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static int
is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

typedef struct builder {
    gir_toks *out;
    gir_arena *a;
    gir_tok proto;      /* line and field of the tokens being built */
    char *label;        /* pending label text */
    size_t llen, lcap;
    int lx0, lx1, lc0, lc1;
    int wc0, wc1;       /* character columns of the word being cut */
} builder;

static void
flush_label(builder *b)
{
    if (b->llen == 0)
        return;
    gir_tok t = b->proto;
    t.kind = GIR_TOK_LABEL;
    t.text = gir_arena_memdup0(b->a, b->label, b->llen);
    t.x0 = b->lx0;
    t.x1 = b->lx1;
    t.c0 = b->lc0;
    t.c1 = b->lc1;
    b->out->v = xgrow(b->out->v, &b->out->cap, b->out->n + 1, sizeof *b->out->v);
    b->out->v[b->out->n++] = t;
    b->llen = 0;
}

static void
add_label(builder *b, const char *s, size_t n, int x0, int x1)
{
    if (n == 0)
        return;
    if (b->llen == 0) {
        b->lx0 = x0;
        b->lc0 = b->wc0;
    }
    b->lx1 = x1;
    b->lc1 = b->wc1;
    b->label = xgrow(b->label, &b->lcap, b->llen + n + 1, 1);
    memcpy(b->label + b->llen, s, n);
    b->llen += n;
}

static void
add_value(builder *b, gir_tok_kind kind, const char *value, const char *s, size_t n,
          int x0, int x1)
{
    flush_label(b);
    b->out->v = xgrow(b->out->v, &b->out->cap, b->out->n + 1, sizeof *b->out->v);
    gir_tok *t = &b->out->v[b->out->n++];      /* built in place: tokens are large */
    *t = b->proto;
    t->kind = kind;
    t->text = gir_arena_memdup0(b->a, s, n);
    t->x0 = x0;
    t->x1 = x1;
    t->c0 = b->wc0;
    t->c1 = b->wc1;
    if (kind == GIR_TOK_NUM) {
        size_t vn = strlen(value);     /* gir_parse_value's form fits */
        if (vn >= sizeof t->value)
            vn = sizeof t->value - 1;
        memcpy(t->value, value, vn);
        t->value[vn] = '\0';
        /* Only text that lost its borders glues cells: a delimited
         * field is one cell whatever its length. */
        t->run = t->mode == GIR_LINE_LAYOUT && n >= 2 && gir_is_digit_run(t->text);
    }
}

/* One normalised word with no spaces: labels and glued numbers. */
static void
split_word(builder *b, const char *w, size_t n, int x0, int x1)
{
    size_t i = 0, text_from = 0;
    /* A delimited field is one cell: digits glued to its text (数据1,
     * a column named by number) are part of the text, not a value. */
    if (b->proto.mode == GIR_LINE_DELIMITED) {
        add_label(b, w, n, x0, x1);
        return;
    }
    while (i < n) {
        if (!is_digit(w[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && (is_digit(w[j])
                         || ((w[j] == '.' || w[j] == ',') && j + 1 < n && is_digit(w[j + 1]))))
            j++;
        size_t num_end = j;
        /* Label numbering: the digit before `.` or `、` belongs to the label. */
        if (j < n && (w[j] == '.' || (n - j >= 3 && memcmp(w + j, "、", 3) == 0)))
            num_end = j - 1;
        int text = (i > 0 && (is_alpha(w[i - 1]) || (i >= 3 && memcmp(w + i - 3, "第", 3) == 0)))
            || (j < n && (is_alpha(w[j]) || is_unit_at(w + j, n - j)))
            || memchr(w + i, ',', num_end - i) != NULL   /* 1,234 glued to text: unsure */
            /* 7, : a number a narrow cell cut after its comma (7,334
             * over two lines), or a sentence's: no cell's whole value */
            || (j < n && w[j] == ',')
            || num_end == i;
        if (text) {
            i = j;
            continue;
        }
        char value[48];
        if (gir_parse_value(w + i, num_end - i, value, sizeof value) != GIR_VALUE_NUMBER) {
            i = j;
            continue;
        }
        add_label(b, w + text_from, i - text_from, x0, x1);
        add_value(b, GIR_TOK_NUM, value, w + i, num_end - i, x0, x1);
        text_from = num_end;
        i = j;
    }
    add_label(b, w + text_from, n - text_from, x0, x1);
}

/* Markdown writers (pandoc) escape punctuation that would start a list
 * or a rule: a blank cell's `-` is printed `\-`.  The word without its
 * backslash escapes (a backslash before ASCII punctuation, as CommonMark
 * reads it) into OUT; 0 when the word has none. */
static size_t
markdown_unescape(const char *s, size_t n, char *out, size_t outsz)
{
    if (!memchr(s, '\\', n) || n >= outsz)
        return 0;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n && s[i + 1] > ' ' && s[i + 1] < 127
            && !is_digit(s[i + 1]) && !is_alpha(s[i + 1]))
            i++;
        out[m++] = s[i];
    }
    return m < n ? m : 0;
}

/* The placeholder character at S[I] (— – 无 /): its byte length, else 0. */
static size_t
placeholder_at(const char *s, size_t len, size_t i)
{
    size_t n;
    unsigned cp = cp_at(s, len, i, &n);
    return cp == 0x2014 || cp == 0x2013 || cp == 0x65E0 || cp == '/' ? n : 0;
}

/* Word [WS, WE) of S, at display column WX: a placeholder glued before
 * or after a number (see tokenise_field)?  Then its two tokens are
 * added and 1 returned. */
static int
glued_placeholder(builder *b, const char *s, size_t ws, size_t we, int wx)
{
    /* Their first bytes: — – (E2), 无 (E6), /; their last: 94, 93, A0, /. */
    unsigned char first = (unsigned char) s[ws], last = (unsigned char) s[we - 1];
    if (first != 0xE2 && first != 0xE6 && first != '/' && last != 0x94 && last != 0x93
        && last != 0xA0 && last != '/')
        return 0;
    size_t n, pn = placeholder_at(s, we, ws), num_from = ws + pn, num_to = we;
    size_t ph_from = ws;
    if (!pn) {
        /* after the number: the word's last character */
        size_t k = char_start(s, ws, we - 1);
        if (!(pn = placeholder_at(s, we, k)) || k + pn != we)
            return 0;
        ph_from = k, num_from = ws, num_to = k;
    }
    if (num_from >= num_to || num_to - num_from > GIR_VALUE_MAX_LEN)
        return 0;
    unsigned d0 = cp_at(s, num_to, num_from, &n);
    unsigned d1 = cp_at(s, num_to, char_start(s, num_from, num_to - 1), &n);
    char dv[48];
    if (!is_digit_cp(d0) || !is_digit_cp(d1)
        || gir_parse_value(s + num_from, num_to - num_from, dv, sizeof dv) != GIR_VALUE_NUMBER)
        return 0;
    int ph_w = gir_char_width(cp_at(s, we, ph_from, &n)), num_w = 0;
    for (size_t k = num_from; k < num_to; k += n)
        num_w += gir_char_width(cp_at(s, num_to, k, &n));
    int wc0 = b->wc0, wc1 = b->wc1;
    char dn[2 * GIR_VALUE_MAX_LEN + 2];
    size_t dm = gir_norm(s + num_from, num_to - num_from, dn, GIR_NORM_STRIP_SPACE, NULL);
    if (ph_from == ws) {
        b->wc1 = wc0 + 1;
        add_value(b, GIR_TOK_BLANK, "", "-", 1, wx, wx + ph_w);
        b->wc0 = wc0 + 1, b->wc1 = wc1;
        add_value(b, GIR_TOK_NUM, dv, dn, dm, wx + ph_w, wx + ph_w + num_w);
    } else {
        b->wc1 = wc1 - 1;
        add_value(b, GIR_TOK_NUM, dv, dn, dm, wx, wx + num_w);
        b->wc0 = wc1 - 1, b->wc1 = wc1;
        add_value(b, GIR_TOK_BLANK, "", "-", 1, wx + num_w, wx + num_w + ph_w);
    }
    return 1;
}

/* A field: words on single spaces; a word that is a whole number or a
 * placeholder is a value, unless a unit follows it (2022 年). */
static void
tokenise_field(builder *b, const char *s, size_t so, size_t eo, int x, int c)
{
    size_t n, i = so;
    int col = x, ccol = c;
    while (i < eo) {
        unsigned cp = cp_at(s, eo, i, &n);
        if (is_space_cp(cp) || cp == '\t') {
            col += cp == 0x3000 ? 2 : 1;
            ccol += cp != '\f';
            i += n;
            continue;
        }
        size_t ws = i;
        int wx = col;
        /* Space-aligned text: each word is a token of its own, as a
         * terminal rendering (lynx) sets header cells one space apart
         * (自然人 商业企业 科研机构 ...) and each must keep its column.
         * The label stream is the same either way. */
        if (b->proto.mode == GIR_LINE_LAYOUT)
            flush_label(b);
        b->wc0 = ccol;
        while (i < eo) {
            cp = cp_at(s, eo, i, &n);
            if (is_space_cp(cp) || cp == '\t')
                break;
            col += gir_char_width(cp);
            ccol++;
            i += n;
        }
        b->wc1 = ccol;
        /* A placeholder (— – 无 /) glued to a number, before or after it,
         * is a blank cell beside a number's cell (a narrow PDF column: —0
         * is — and 0, 无0 is 无 and 0), never a sign: a minus is printed -
         * or －.  Each keeps its own display columns, which place it. */
        if (glued_placeholder(b, s, ws, i, wx))
            continue;
        /* Digits that change form inside a word (５5: full-width, then
         * ASCII) are two cells glued, each printed its own way: a number
         * keeps one form.  Each run of one form is a value of its own. */
        size_t cut[8];
        int ncut = 0, digits_only = 1, prev_fw = -1;
        for (size_t k = ws; k < i && digits_only; k += n) {
            unsigned d = cp_at(s, eo, k, &n);
            int fw = is_wide_digit(d);
            digits_only = is_digit_cp(d);
            if (digits_only && prev_fw >= 0 && fw != prev_fw && ncut < 8)
                cut[ncut++] = k;
            prev_fw = fw;
        }
        if (digits_only && ncut > 0) {
            size_t from = ws;
            int fx = wx, fc = b->wc0;
            for (int part = 0; part <= ncut; part++) {
                size_t to = part < ncut ? cut[part] : i;
                int tx = fx, tc = fc;
                for (size_t k = from; k < to; k += n)
                    tx += gir_char_width(cp_at(s, eo, k, &n)), tc++;
                char pv[48], pn[2 * GIR_VALUE_MAX_LEN + 2];
                b->wc0 = fc;
                b->wc1 = tc;
                if (to - from <= GIR_VALUE_MAX_LEN
                    && gir_parse_value(s + from, to - from, pv, sizeof pv) == GIR_VALUE_NUMBER) {
                    size_t pm = gir_norm(s + from, to - from, pn, GIR_NORM_STRIP_SPACE, NULL);
                    add_value(b, GIR_TOK_NUM, pv, pn, pm, fx, tx);
                }
                from = to, fx = tx, fc = tc;
            }
            continue;
        }
        char small[512];
        if (i - ws > (sizeof small - 1) / 2) {
            char *big = xmalloc(2 * (i - ws) + 1);
            size_t m = gir_norm(s + ws, i - ws, big, GIR_NORM_STRIP_SPACE, NULL);
            split_word(b, big, m, wx, col);
            free(big);
            continue;
        }
        size_t m = gir_norm(s + ws, i - ws, small, GIR_NORM_STRIP_SPACE, NULL);
        char value[48], plain[64];
        size_t np = markdown_unescape(s + ws, i - ws, plain, sizeof plain);
        gir_value_kind k = np ? gir_parse_value(plain, np, value, sizeof value)
            : i - ws <= GIR_VALUE_MAX_LEN ? gir_parse_norm_value(small, m, value, sizeof value)
            : GIR_VALUE_TEXT;
        /* Peek at the next word: a unit makes this number text. */
        if (k == GIR_VALUE_NUMBER) {
            size_t p = i;
            while (p < eo && (is_space_cp(cp_at(s, eo, p, &n)) || s[p] == '\t'))
                p += n;
            char next[16];
            size_t nm = p < eo ? gir_norm(s + p, eo - p < 6 ? eo - p : 6, next, 0, NULL) : 0;
            if (nm && is_unit_at(next, nm))
                k = GIR_VALUE_TEXT;
        }
        if (k == GIR_VALUE_NUMBER)
            add_value(b, GIR_TOK_NUM, value, small, m, wx, col);
        else if (k == GIR_VALUE_BLANK)
            add_value(b, GIR_TOK_BLANK, "", small, m, wx, col);
        else
            split_word(b, small, m, wx, col);
    }
    flush_label(b);
}

/* gir_tok.damaged of a token that wide_fills, until mark_damaged knows
 * whether the table was cut at all. */
enum { DAMAGED_IF_CUT = 3 };

/* Does field [SO, EO) of S hold a number with full-width digits that
 * fills it to its bars, no space either side?  A table that cuts each
 * cell at a width in bytes (Debian's html2text) does that to a number
 * whose digits went on: ２５ is what a cell six bytes wide keeps of ２５７.
 * Where the table shows it was cut (mark_damaged), such a number may
 * have lost digits. */
static int
wide_fills(const char *s, size_t so, size_t eo)
{
    if (so >= eo || s[so] == ' ' || s[eo - 1] == ' ')
        return 0;
    size_t n;
    for (size_t i = so; i < eo; i += n)
        if (is_wide_digit(cp_at(s, eo, i, &n)))
            return 1;
    return 0;
}

/* The buffers of one region's lines, kept from line to line. */
typedef struct line_scratch {
    spans sp;
    char *label;                /* builder.label */
    size_t lcap;
    csv_collect cc;
    int joined;                 /* the line is a grid row's lines joined (join_grid_row) */
    int prev_line;              /* the last line's number */
    int borderless;             /* this table's delimiter row is `---|---`: no outer bars */
} line_scratch;

static void
tokenise_line(const gir_line *l, size_t li, int rule, gir_arena *a, gir_toks *out,
              line_scratch *ls)
{
    const char *s = l->text;
    size_t len = l->len;
    if (l->line != ls->prev_line + 1)
        ls->borderless = 0;     /* an empty line ends the table */
    ls->prev_line = l->line;
    int delimiter_row = is_delimiter_row(s, len);
    if (delimiter_row)
        ls->borderless = delimiter_row == 2;
    if (len == 0 || is_noise_line(s, len, rule))
        return;
    /* Field by field: a whole-struct initialiser compiles to a rep stos,
     * whose start-up took a fifth of this function's time. */
    static const gir_tok no_tok;
    builder b;
    b.out = out;
    b.a = a;
    b.proto = no_tok;
    b.label = ls->label;
    b.llen = 0;
    b.lcap = ls->lcap;
    b.lx0 = b.lx1 = b.lc0 = b.lc1 = b.wc0 = b.wc1 = 0;
    b.proto.li = li;
    b.proto.line = l->line;
    spans *sp = &ls->sp;
    sp->n = 0;
    csv_collect *cc = &ls->cc;
    cc->a = a;
    cc->n = 0;
    int ascii_bars = 0;
    if (memchr(s, '\t', len)) {
        split_on_tabs(s, len, sp);
        b.proto.mode = GIR_LINE_DELIMITED;
    } else if (has_bar(s, len)) {
        ascii_bars = memchr(s, '|', len) != NULL;
        split_on_bars(s, len, ascii_bars && !ls->joined && ls->borderless, sp);
        b.proto.mode = GIR_LINE_DELIMITED;
    } else if (looks_like_csv(s, len)) {
        struct csv_parser p;
        csv_init(&p, CSV_APPEND_NULL);
        csv_parse(&p, s, len, csv_collect_field, NULL, cc);
        csv_fini(&p, csv_collect_field, NULL, cc);
        csv_free(&p);
        for (size_t k = 0; k < cc->n; k++)
            push_span(sp, 0, cc->len[k], (int) k, (int) k);
        b.proto.mode = GIR_LINE_DELIMITED;
    } else {
        split_on_spaces(s, len, sp);
        b.proto.mode = GIR_LINE_LAYOUT;
    }
    for (size_t k = 0; k < sp->n; k++) {
        const char *base = cc->n ? cc->text[k] : s;
        b.proto.field = (int) k;
        b.proto.nfields = (int) sp->n;
        if (b.proto.mode == GIR_LINE_DELIMITED && is_blank_span(base, sp->v[k].so, sp->v[k].eo)) {
            b.proto.x0 = b.proto.x1 = (int) k;
            b.wc0 = b.wc1 = (int) k;
            add_value(&b, GIR_TOK_EMPTY, "", "", 0, (int) k, (int) k);
            continue;
        }
        int layout = b.proto.mode == GIR_LINE_LAYOUT;
        size_t before = out->n;
        tokenise_field(&b, base, sp->v[k].so, sp->v[k].eo, layout ? sp->v[k].x : (int) k,
                       layout ? sp->v[k].c : (int) k);
        if (ascii_bars && !ls->joined && out->n == before + 1 && out->v[before].kind == GIR_TOK_NUM
            && wide_fills(base, sp->v[k].so, sp->v[k].eo))
            out->v[before].damaged = DAMAGED_IF_CUT;
    }
    ls->label = b.label;
    ls->lcap = b.lcap;
}

/* ---- numbers wrapped inside a grid cell ---- */

/* A box grid drawn by a browser (w3m) or a writer (pandoc's grid tables)
 * wraps a cell's text inside the cell: a total of ２７ in a column one
 * character wide prints ２ on the row's first line and ７ on the next.
 * Between two rules, the lines of a grid row whose bars stand at the
 * same columns hold one cell per column, so a number that fills its
 * cell to the bar (no padding: the text went on) and digits right under
 * it, alone in the same cell, are one number.  Pipe tables (a line a
 * row, no rule between rows) are never joined: the lines must lie
 * between two rules. */
#define MAX_BARS 64
#define MAX_ROW_LINES 12

/* Display columns of the bars of a grid line that starts with a bar
 * (after spaces), and the byte offsets of the bars; -1 if it is not one. */
static int
grid_bars(const char *s, size_t len, int *col, size_t *off)
{
    int nb = 0, x = 0, seen_text = 0;
    size_t n;
    for (size_t i = 0; i < len; i += n) {
        unsigned cp = cp_at(s, len, i, &n);
        if (cp == '\t')
            return -1;
        if (is_bar_cp(cp)) {
            if (nb == MAX_BARS || (nb == 0 && seen_text))
                return -1;
            col[nb] = x;
            off[nb++] = i;
        } else if (!is_space_cp(cp)) {
            seen_text = 1;
        }
        x += cp == 0x3000 ? 2 : gir_char_width(cp);
    }
    return nb >= 2 ? nb : -1;
}

/* The character index of each of the N bars at byte offsets OFF of S. */
static void
bar_chars(const char *s, const size_t *off, int n, int *chars)
{
    int c = 0;
    size_t i = 0;
    for (int k = 0; k < n; k++) {
        for (; i < off[k]; i++)
            c += ((unsigned char) s[i] & 0xC0) != 0x80;
        chars[k] = c;
    }
}

/* The bars of one line (grid_bars), kept while the numbers of that line
 * ask about its fields one after the other, or other lines are compared
 * with it. */
typedef struct line_bars {
    size_t li;                  /* (size_t) -1: none yet */
    int nb;
    int col[MAX_BARS];
    size_t off[MAX_BARS];
} line_bars;

static const line_bars *
bars_of(line_bars *b, const gir_line *lines, size_t li)
{
    if (b->li != li) {
        b->nb = grid_bars(lines[li].text, lines[li].len, b->col, b->off);
        b->li = li;
    }
    return b;
}

/* Has a line, whose bars are BB, as many bars as one whose bars are BA? */
static int
same_bars(const line_bars *ba, const line_bars *bb)
{
    return ba->nb > 0 && ba->nb == bb->nb;
}

/* Has line B, whose bars are BB, its bars where line A, whose bars are
 * BA, has them? */
static int
same_grid(const line_bars *ba, const gir_line *a, const line_bars *bb, const gir_line *b)
{
    int ca[MAX_BARS], cb[MAX_BARS];
    int na = ba->nb, nb = bb->nb;
    if (na <= 0 || na != nb)
        return 0;
    if (memcmp(ba->col, bb->col, (size_t) na * sizeof ba->col[0]) == 0)
        return 1;
    /* links pads cells counting characters, not display columns: its
     * bars stand at the same character, a wide label moving them right. */
    bar_chars(a->text, ba->off, na, ca);
    bar_chars(b->text, bb->off, nb, cb);
    return memcmp(ca, cb, (size_t) na * sizeof ca[0]) == 0;
}

/* Field F of grid line L, whose bars are B, is filled to its bars: text,
 * no space; or text ending in a wide character and one space, where the
 * next wide character (the ７ of ２７) could not go. */
static int
field_full(const gir_line *l, const line_bars *b, int f)
{
    size_t n;
    if (b->nb < 0 || f + 1 >= b->nb)
        return 0;
    size_t so = b->off[f], eo = b->off[f + 1];
    cp_at(l->text, l->len, so, &n);
    so += n;
    if (so >= eo)
        return 0;
    int last_width = 0, space_width = 0;
    for (size_t i = so; i < eo; i += n) {
        unsigned cp = cp_at(l->text, eo, i, &n);
        if (is_space_cp(cp))
            space_width += cp == 0x3000 ? 2 : 1;
        else if (space_width)
            return 0;           /* padding before or inside the text */
        else
            last_width = gir_char_width(cp);
    }
    return last_width && (space_width == 0 || (space_width == 1 && last_width == 2));
}

/* Are lines [A, B] of one grid row: same bars, a rule just above and
 * just below the row's lines? */
static int
one_grid_row(const gir_line *lines, size_t first, size_t end, size_t a, size_t b)
{
    /* Each line's bars found once: line i's were line i - 1's next. */
    line_bars bars[2] = {{.li = (size_t) -1}, {.li = (size_t) -1}};
    line_bars *cur = &bars[0], *next = &bars[1], *swap;
    bars_of(cur, lines, a);
    for (size_t i = a; i < b; i++) {
        if (!same_grid(cur, &lines[i], bars_of(next, lines, i + 1), &lines[i + 1]))
            return 0;
        swap = cur, cur = next, next = swap;
    }
    /* A grid row is a few lines tall: a longer run of lines with the
     * same bars is no one row (and is not scanned further). */
    size_t top = a, bot = b;
    const line_bars *ba = bars_of(&bars[0], lines, a);
    line_bars *other = &bars[1];
    while (top > first && b - top < MAX_ROW_LINES
           && same_grid(ba, &lines[a], bars_of(other, lines, top - 1), &lines[top - 1]))
        top--;
    while (bot + 1 < end && bot - top < MAX_ROW_LINES
           && same_grid(ba, &lines[a], bars_of(other, lines, bot + 1), &lines[bot + 1]))
        bot++;
    return bot - top < MAX_ROW_LINES && top > first && bot + 1 < end
           && is_rule_line(lines[top - 1].text, lines[top - 1].len)
           && is_rule_line(lines[bot + 1].text, lines[bot + 1].len);
}

/* The only token of field F on line LI, from token index I (the line's
 * first); NULL if none or several. */
static gir_tok *
only_in_field(gir_toks *t, size_t i, size_t li, int f)
{
    gir_tok *found = NULL;
    for (; i < t->n && t->v[i].li == li; i++)
        if (t->v[i].field == f) {
            if (found)
                return NULL;
            found = &t->v[i];
        }
    return found;
}

static void
join_wrapped_numbers(const gir_line *lines, size_t first, size_t end, gir_arena *a,
                     gir_toks *out, size_t from)
{
    if (out->rule_lines < 2)
        return;                 /* no grid row between two rules (one_grid_row) */
    size_t next_line = from;    /* first token of the line after the current one */
    size_t line_start = from;   /* first token of the current one */
    line_bars bars;
    bars.li = (size_t) -1;
    for (size_t i = from; i < out->n; i++) {
        gir_tok *t = &out->v[i];
        if (t->kind != GIR_TOK_NUM || t->mode != GIR_LINE_DELIMITED || t->li + 1 >= end)
            continue;
        if (next_line <= i) {
            for (next_line = i; next_line < out->n && out->v[next_line].li == t->li;)
                next_line++;
            for (line_start = i; line_start > from && out->v[line_start - 1].li == t->li;)
                line_start--;
        }
        /* Pieces stand on the next line, or nowhere. */
        if (next_line == out->n || out->v[next_line].li != t->li + 1
            || only_in_field(out, line_start, t->li, t->field) != t)
            continue;
        /* The pieces under it, each alone in the field, digits only. */
        char buf[48];
        size_t blen = strlen(t->text), li = t->li, j = next_line;
        if (blen >= sizeof buf)
            continue;
        memcpy(buf, t->text, blen + 1);
        gir_tok *piece[8];
        int np = 0;
        while (np < 8 && j < out->n && out->v[j].li == li + 1
               && field_full(&lines[li], bars_of(&bars, lines, li), t->field)) {
            gir_tok *u = only_in_field(out, j, li + 1, t->field);
            size_t ul = u ? strlen(u->text) : 0;
            if (!u || u->kind != GIR_TOK_NUM || !gir_is_digit_run(u->text)
                || blen + ul >= sizeof buf || !one_grid_row(lines, first, end, t->li, li + 1))
                break;
            memcpy(buf + blen, u->text, ul + 1);
            blen += ul;
            piece[np++] = u;
            li++;
            while (j < out->n && out->v[j].li == li)
                j++;
        }
        char value[48];
        if (np == 0 || gir_parse_value(buf, blen, value, sizeof value) != GIR_VALUE_NUMBER)
            continue;
        t->text = gir_arena_memdup0(a, buf, blen);
        snprintf(t->value, sizeof t->value, "%s", value);
        t->repaired = 1;
        for (int k = 0; k < np; k++)
            piece[k]->kind = GIR_TOK_EMPTY;     /* its field on that line is now empty */
    }
}

/* ---- digits stacked in a narrow PDF column ---- */

/* pdftotext of a narrow table column prints a two-digit number one digit
 * a line, centred on the row: ２ on the line above the row's values, ７
 * on the line below, in the same character column, with nothing of the
 * row in that column.  Such a pair is one number (27), read top down,
 * and it stands on the row's line.  Only a lone pair: no other lone value
 * in that column on the lines just outside it (taller stacks, or a
 * neighbour's stack reaching in, are not certain).  The upper piece may
 * end in the comma its cell was cut after (１７，over ８８７: 17,887),
 * which alone is text, no value. */
static int
overlaps(const gir_tok *a, const gir_tok *b)
{
    return a->c0 < b->c1 && b->c0 < a->c1;
}

int
gir_toks_line(const gir_toks *t, size_t from, size_t li, size_t *lo, size_t *hi)
{
    size_t l = from, h = t->n;
    while (l < h) {             /* first token with li >= LI */
        size_t m = (l + h) / 2;
        if (t->v[m].li < li)
            l = m + 1;
        else
            h = m;
    }
    *lo = l;
    while (l < t->n && t->v[l].li == li)
        l++;
    *hi = l;
    return *hi > *lo;
}

/* The only value of line LI (a layout line), or -1. */
static long
lone_value_of(const gir_toks *t, size_t from, size_t li)
{
    size_t lo, hi;
    long found = -1;
    if (!gir_toks_line(t, from, li, &lo, &hi))
        return -1;
    for (size_t i = lo; i < hi; i++) {
        if (t->v[i].kind != GIR_TOK_NUM && t->v[i].kind != GIR_TOK_BLANK)
            continue;
        if (found >= 0 || t->v[i].mode != GIR_LINE_LAYOUT)
            return -1;
        found = (long) i;
    }
    return found;
}

int
gir_toks_lone_value(const gir_toks *t, size_t from, size_t i)
{
    size_t li = t->v[i].li;
    for (size_t k = i; k-- > from && t->v[k].li == li;)
        if (t->v[k].kind == GIR_TOK_NUM || t->v[k].kind == GIR_TOK_BLANK)
            return 0;
    for (size_t k = i + 1; k < t->n && t->v[k].li == li; k++)
        if (t->v[k].kind == GIR_TOK_NUM || t->v[k].kind == GIR_TOK_BLANK)
            return 0;
    return 1;
}

static void
join_stacked_digits(const gir_line *lines, size_t first, size_t end, gir_arena *a,
                    gir_toks *out, size_t from)
{
    size_t *moved = NULL, nmoved = 0, cap = 0;   /* pairs: upper, lower */
    for (size_t i = from; i < out->n; i++) {
        gir_tok *up = &out->v[i];
        size_t li = up->li;
        int cut_head = up->kind == GIR_TOK_LABEL && gir_is_comma_cut_head(up->text);
        if ((up->kind != GIR_TOK_NUM && !cut_head) || up->mode != GIR_LINE_LAYOUT
            || (!cut_head && !gir_is_digit_run(up->text))
            || li + 2 >= end || !gir_toks_lone_value(out, from, i))
            continue;
        long j = lone_value_of(out, from, li + 2);
        if (j < 0)
            continue;
        gir_tok *down = &out->v[j];
        if (down->kind != GIR_TOK_NUM || !gir_is_digit_run(down->text) || !overlaps(up, down))
            continue;
        /* The row's line: values, none in the pair's column. */
        size_t lo, hi;
        int values = 0, clash = 0;
        if (!gir_toks_line(out, from, li + 1, &lo, &hi))
            continue;
        for (size_t k = lo; k < hi; k++) {
            const gir_tok *v = &out->v[k];
            if (v->kind != GIR_TOK_NUM && v->kind != GIR_TOK_BLANK)
                continue;
            values++;
            clash |= v->mode != GIR_LINE_LAYOUT || overlaps(v, up) || overlaps(v, down);
        }
        if (!values || clash)
            continue;
        /* Nothing stacked just outside the pair. */
        long above = li > first ? lone_value_of(out, from, li - 1) : -1;
        long below = li + 3 < end ? lone_value_of(out, from, li + 3) : -1;
        if ((above >= 0 && (overlaps(&out->v[above], up) || overlaps(&out->v[above], down)))
            || (below >= 0 && (overlaps(&out->v[below], up) || overlaps(&out->v[below], down))))
            continue;
        char buf[48], value[48];
        size_t ul = strlen(up->text), dl = strlen(down->text);
        if (ul + dl >= sizeof buf)
            continue;
        memcpy(buf, up->text, ul);
        memcpy(buf + ul, down->text, dl + 1);
        if (gir_parse_value(buf, ul + dl, value, sizeof value) != GIR_VALUE_NUMBER)
            continue;
        up->text = gir_arena_memdup0(a, buf, ul + dl);
        snprintf(up->value, sizeof up->value, "%s", value);
        up->kind = GIR_TOK_NUM;
        up->stacked = 1;        /* moved to line li + 1 below */
        up->repaired = 1;
        up->run = 0;
        up->field = out->v[lo].field;
        up->nfields = out->v[lo].nfields;
        down->kind = GIR_TOK_EMPTY;     /* dropped below */
        moved = xgrow(moved, &cap, nmoved + 2, sizeof *moved);
        moved[nmoved++] = i;
        moved[nmoved++] = (size_t) j;
    }
    for (size_t k = 0; k < nmoved; k += 2) {
        gir_tok *m = &out->v[moved[k]];
        m->li++;
        m->line = lines[m->li].line;
    }
    if (!nmoved) {
        free(moved);
        return;
    }
    /* Rebuild: the lower pieces go, the joined numbers take their place
     * on the row's line by character column.  The pairs come in token
     * order, so their rows' lines do too: one pass. */
    unsigned char *skip = xcalloc(out->n - from, 1);
    for (size_t k = 0; k < nmoved; k++)
        skip[moved[k] - from] = 1;
    gir_tok *v = xmalloc((out->n - from) * sizeof *v);
    size_t n = 0, p = 0;
    for (size_t i = from; i < out->n; i++) {
        if (skip[i - from])
            continue;
        const gir_tok *t = &out->v[i];
        /* Joined numbers of this line that stand left of T, or of lines
         * before it (none: a row's line has values). */
        while (p < nmoved && (out->v[moved[p]].li < t->li
                              || (out->v[moved[p]].li == t->li
                                  && out->v[moved[p]].c0 < t->c0))) {
            v[n++] = out->v[moved[p]];
            p += 2;
        }
        v[n++] = *t;
        /* At the end of its line, those right of everything. */
        if (i + 1 == out->n || out->v[i + 1].li != t->li)
            while (p < nmoved && out->v[moved[p]].li == t->li) {
                v[n++] = out->v[moved[p]];
                p += 2;
            }
    }
    while (p < nmoved) {
        v[n++] = out->v[moved[p]];
        p += 2;
    }
    memcpy(out->v + from, v, n * sizeof *v);
    out->n = from + n;
    free(v);
    free(skip);
    free(moved);
}

/* ---- grid rows: the lines of one row between two rules ---- */

/* A grid with a rule between its rows (pandoc's grid tables, rst, w3m's
 * boxes) wraps a cell's text over the row's lines: 一 over 、本年新收…, a
 * fee 6 over 529.91859.  The cell is the field's text on all of the
 * row's lines, read top down, so such a row is read as one line whose
 * fields are those texts.  A run of lines between two rules is one row
 * only when its grid has more parts between rules than the run has lines:
 * a grid ruled only under its header and at its end (a body of many
 * rows between two rules) has fewer, and its lines stay rows. */
#define MAX_GRID_ROW_LINES 64
/* A grid of this many parts between rules rules its body's rows apart
 * (a box ruled only around its header has two), so each part is a row
 * however many lines it takes: a label wrapped a character a line in a
 * narrow column runs to more lines than the table has rows. */
#define RULED_ROWS 8

static int
is_grid_line(const gir_line *l)
{
    int col[MAX_BARS];
    size_t off[MAX_BARS];
    size_t i = 0;
    while (i < l->len && (l->text[i] == ' ' || l->text[i] == '\f'))
        i++;
    if (i == l->len || !(l->text[i] == '|' || (unsigned char) l->text[i] == 0xE2
                         || (unsigned char) l->text[i] == 0xEF))
        return 0;
    return grid_bars(l->text, l->len, col, off) > 0;
}

/* A grid rule under a cell that spans rows: w3m draws
 * │果   │   ├────┼────┤, the merged cell's text (三、本年度办理结果 wraps
 * to 果) on the line that rules the cells to its right.  It is a rule
 * for those cells: a line that starts with a bar and whose part from a
 * rule's junction (├, ┼, +) on is a rule.  The spanning cell may be the
 * only one left of the rule (│年├──┼──┤): one bar is enough. */
static int
is_partial_rule(const gir_line *l)
{
    size_t i = 0, n;
    while (i < l->len && (l->text[i] == ' ' || l->text[i] == '\f'))
        i++;
    if (i == l->len || !is_bar_cp(cp_at(l->text, l->len, i, &n)))
        return 0;
    for (; i < l->len; i += n) {
        unsigned cp = cp_at(l->text, l->len, i, &n);
        if ((cp == 0x251C || cp == 0x253C || cp == '+') && is_rule_line(l->text + i, l->len - i))
            return 1;
    }
    return 0;
}

/* For each line of [FIRST, END): 0, or the index past the last line of
 * the grid row it starts when that row has several lines.  KIND has a
 * slot a line too: each line is classified once (rule, grid line or
 * other). */
enum { LINE_OTHER, LINE_RULE, LINE_GRID };

static void
find_grid_rows(const gir_line *lines, size_t first, size_t end, const unsigned char *rule,
               unsigned char *kind, size_t *row_end)
{
    size_t n = end - first;
    for (size_t i = 0; i < n; i++)
        kind[i] = rule[i] || is_partial_rule(&lines[first + i]) ? LINE_RULE
            : is_grid_line(&lines[first + i]) ? LINE_GRID : LINE_OTHER;
    size_t i = 0;
    while (i < n) {
        if (kind[i] == LINE_OTHER) {
            i++;
            continue;
        }
        /* A block: rules and grid lines, no other line between them. */
        size_t b0 = i, b1 = i, parts = 0;
        for (; b1 < n && kind[b1] != LINE_OTHER; b1++)
            if (kind[b1] == LINE_GRID && (b1 == b0 || kind[b1 - 1] == LINE_RULE))
                parts++;
        for (size_t k = b0 + 1; k < b1; k++) {
            if (kind[k] != LINE_GRID || kind[k - 1] != LINE_RULE)
                continue;
            size_t j = k + 1;
            /* In a grid that rules its rows apart, the lines between two
             * rules are one row whenever they have its bars (pandoc's rst
             * pads a cell holding a wide character one column short, so
             * its bars stand off in both measures). */
            int ruled = parts >= RULED_ROWS;
            line_bars bk = {.li = (size_t) -1}, bj = {.li = (size_t) -1};
            bars_of(&bk, lines, first + k);
            while (j < b1 && kind[j] == LINE_GRID
                   && (ruled ? same_bars(&bk, bars_of(&bj, lines, first + j))
                       : same_grid(&bk, &lines[first + k], bars_of(&bj, lines, first + j),
                                   &lines[first + j])))
                j++;
            if (j < b1 && j - k > 1 && j - k <= MAX_GRID_ROW_LINES && (parts > j - k || parts >= RULED_ROWS)
                && kind[j] == LINE_RULE)
                row_end[k] = first + j;
        }
        i = b1;
    }
}

/* ---- AsciiDoc rows ---- */

/* AsciiDoc writes a table as a stream of cells between two |=== lines:
 * each | starts a cell, and a row ends when it has as many cells as the
 * table has columns (its cols attribute, else the cells of its first
 * line), wherever the lines break.  pandoc wraps long rows (| |（六）其他
 * 处理 / |1.申请人… |0 |0 / | | | |/ |0), and a bar ending a line starts an
 * empty cell (|0 |: 0, then a blank total), not a border.  Text before a
 * line's first bar goes on with the cell above (after ` +`, AsciiDoc's
 * hard break).  So a row is found by counting cells, and is given to
 * the tokeniser as one bordered line | c1 | … | cN |. */
static int
is_asciidoc_fence(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\r'))
        len--;
    if (len < 4 || s[0] != '|')
        return 0;
    for (size_t i = 1; i < len; i++)
        if (s[i] != '=')
            return 0;
    return 1;
}

/* The number of columns an attribute line [cols="…"] gives (entries
 * between commas; N*spec stands for N), or 0. */
static int
asciidoc_cols(const char *s, size_t len)
{
    if (len < 2 || s[0] != '[')
        return 0;
    const char *c = strstr(s, "cols=");     /* lines end in a NUL */
    if (!c)
        return 0;
    const char *p = c + 5, *e = s + len;
    char close = ']';
    if (p < e && (*p == '"' || *p == '\''))
        close = *p++;
    int n = 0;
    long mult = 0;
    for (; p < e && *p != close; p++) {
        if (close == ']' && *p == ',')
            break;              /* an unquoted value ends at a comma */
        if (*p >= '0' && *p <= '9' && mult >= 0)
            mult = mult * 10 + (*p - '0') > 1000 ? -1 : mult * 10 + (*p - '0');
        else if (*p == '*' && mult > 0) {
            n += (int) mult - 1;
            mult = -1;
        } else if (*p == ',') {
            n++;
            mult = 0;
        } else
            mult = -1;
    }
    return p < e && n < MAX_BARS ? n + 1 : 0;
}

/* Cells starting on line L: its bars (text before the first is no
 * cell). */
static int
bars_on(const gir_line *l)
{
    int n = 0;
    for (size_t i = 0; i < l->len; i++)
        n += l->text[i] == '|';
    return n;
}

/* Mark the rows of the AsciiDoc tables in [FIRST, END): ROW_END as in
 * find_grid_rows (past the row's last line, for every row, one line or
 * more), ADOC on each row's first line.  A row must end at a line's end:
 * once one does not (a cols attribute the rows do not fit), the cells
 * never add up to a row again, and the lines left are read one a time. */
static void
find_asciidoc_rows(const gir_line *lines, size_t first, size_t end, size_t *row_end,
                   unsigned char *adoc)
{
    for (size_t i = first; i < end; i++) {
        if (!is_asciidoc_fence(lines[i].text, lines[i].len))
            continue;
        int ncols = i > first ? asciidoc_cols(lines[i - 1].text, lines[i - 1].len) : 0;
        size_t row = 0;         /* the open row's first line; 0: none */
        int cells = 0;
        for (i++; i < end && !is_asciidoc_fence(lines[i].text, lines[i].len); i++) {
            int n = bars_on(&lines[i]);
            if (n == 0)
                continue;       /* an empty line, or a cell going on */
            if (!ncols)
                ncols = n;
            if (!row)
                row = i;
            cells += n;
            if (cells == ncols) {
                row_end[row - first] = i + 1;
                adoc[row - first] = 1;
                row = 0, cells = 0;
            }
        }
    }
}

/* The AsciiDoc row on lines [A, B) as one bordered line. */
static gir_line
join_asciidoc_row(const gir_line *lines, size_t a, size_t b, gir_arena *ar)
{
    gir_buf out = {0};
    for (size_t i = a; i < b; i++) {
        const char *s = lines[i].text;
        size_t len = lines[i].len;
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\r'))
            len--;
        if (len >= 2 && s[len - 1] == '+' && s[len - 2] == ' ')
            len -= 2;           /* a hard break: the cell goes on below */
        if (i > a)
            gir_buf_put(&out, " ", 1);
        gir_buf_put(&out, s, len);
    }
    gir_buf_put(&out, "|", 1);  /* closes the last cell: now a border */
    gir_line l = {lines[a].line, gir_arena_memdup0(ar, out.p ? out.p : "", out.len), out.len};
    free(out.p);
    return l;
}

/* The row of grid lines [A, B) as one line: each field's text on every
 * line, trimmed, joined top down. */
static gir_line
join_grid_row(const gir_line *lines, size_t a, size_t b, gir_arena *ar)
{
    int col[MAX_BARS];
    size_t off[MAX_BARS][MAX_GRID_ROW_LINES];
    int nb = 0;
    for (size_t i = a; i < b; i++) {
        size_t o[MAX_BARS];
        nb = grid_bars(lines[i].text, lines[i].len, col, o);
        for (int f = 0; f < nb; f++)
            off[f][i - a] = o[f];
    }
    gir_buf out = {0};
    gir_buf_put(&out, "|", 1);
    for (int f = 0; f + 1 < nb; f++) {
        for (size_t i = a; i < b; i++) {
            const char *s = lines[i].text;
            size_t so = off[f][i - a], eo = off[f + 1][i - a], n;
            cp_at(s, lines[i].len, so, &n);
            so += n;
            while (so < eo && is_space_cp(cp_at(s, eo, so, &n)))
                so += n;
            size_t e = eo;
            while (e > so) {
                size_t k = char_start(s, so, e - 1);
                if (!is_space_cp(cp_at(s, e, k, &n)))
                    break;
                e = k;
            }
            gir_buf_put(&out, s + so, e - so);
        }
        gir_buf_put(&out, "|", 1);
    }
    gir_line l = {lines[a].line, gir_arena_memdup0(ar, out.p ? out.p : "", out.len), out.len};
    free(out.p);
    return l;
}


/* ---- lines that lost bytes among their values ---- */

/* A broken character (U+FFFD, what decoding made of a cut sequence)
 * after a value on the same line means bytes were cut there: Debian's
 * html2text cuts each cell at a width in bytes, so １５ in a cell three
 * bytes wide prints １ and the next cell a broken half of ５.  Which of
 * the line's numbers lost digits is not known, so all of them are
 * marked.  Broken characters left of every value (a cut label) are
 * harmless.  A full-width number that fills its | cell (wide_fills) is
 * marked where the table shows any broken character: its cells were cut
 * at widths in bytes. */
static int
is_broken_label(const gir_tok *t)
{
    return t->kind == GIR_TOK_LABEL && strstr(t->text, "\xEF\xBF\xBD") != NULL;   /* U+FFFD */
}

/* Does a broken token's TEXT, cut at CUT (its first U+FFFD), start as a
 * number (９\xEF\xBF\xBD, 1,\xEF\xBF\xBD)?  That is a cell whose digits were cut,
 * wherever it stands on the line. */
static int
is_cut_number(const char *text, const char *cut)
{
    size_t n;
    for (size_t i = 0; text + i < cut; i += n) {
        unsigned cp = cp_at(text, (size_t) (cut - text), i, &n);
        if (!is_digit_cp(cp) && (i == 0 || (cp != ',' && cp != '.')))
            return 0;
    }
    return cut > text;
}

static void
mark_damaged(gir_toks *out, size_t from)
{
    int cut = 0;
    for (size_t i = from; i < out->n && !cut; i++)
        cut = is_broken_label(&out->v[i]);
    for (size_t i = from; i < out->n; i++)
        if (out->v[i].damaged == DAMAGED_IF_CUT)
            out->v[i].damaged = cut ? GIR_TOK_MAY_BE_CUT : 0;
    if (!cut)
        return;                 /* no broken character: no line lost bytes */
    for (size_t i = from, j; i < out->n; i = j) {
        int seen_value = 0, broken = 0;
        for (j = i; j < out->n && out->v[j].li == out->v[i].li; j++) {
            const gir_tok *t = &out->v[j];
            if (t->kind == GIR_TOK_NUM || t->kind == GIR_TOK_BLANK)
                seen_value = 1;
            else if (t->kind == GIR_TOK_LABEL) {
                const char *fffd = strstr(t->text, "\xEF\xBF\xBD");   /* U+FFFD */
                broken |= fffd && (seen_value || is_cut_number(t->text, fffd));
            }
        }
        for (size_t k = i; k < j && broken; k++)
            if (out->v[k].kind == GIR_TOK_NUM || out->v[k].kind == GIR_TOK_BLANK)
                out->v[k].damaged = GIR_TOK_LINE_CUT;
    }
}

/* ---- rules of dash runs: the columns' extents ---- */

/* Is line LI a rule of two or more runs of - or = set apart by spaces?
 * Then its runs go to OUT's rules. */
static void
add_column_rule(const gir_line *l, size_t li, gir_toks *out)
{
    const char *s = l->text;
    size_t len = l->len, first = out->nruns;
    for (size_t i = 0; i < len;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && s[j] == s[i])
            j++;
        if ((s[i] != '-' && s[i] != '=') || j - i < 2) {
            out->nruns = first;     /* text, or a lone dash: no rule */
            return;
        }
        out->runs = xgrow(out->runs, &out->capruns, out->nruns + 1, sizeof *out->runs);
        out->runs[out->nruns++] = (gir_run) {(int) i, (int) j};
        i = j;
    }
    if (out->nruns - first < 2) {
        out->nruns = first;
        return;
    }
    out->rules = xgrow(out->rules, &out->caprules, out->nrules + 1, sizeof *out->rules);
    out->rules[out->nrules++] = (gir_col_rule) {li, first, out->nruns - first};
}

void
gir_tokenise(const gir_line *lines, size_t first, size_t end, gir_arena *a, gir_toks *out)
{
    line_scratch ls = {{0}, NULL, 0, {a, NULL, NULL, 0, 0, 0}, 0, 0, 0};
    size_t *row_end = end > first ? xcalloc(end - first, sizeof *row_end) : NULL;
    unsigned char *adoc = end > first ? xcalloc(end - first, 1) : NULL;
    unsigned char *rule = end > first ? xmalloc(end - first) : NULL;    /* is_rule_line, once a line */
    out->rule_lines = 0;
    for (size_t i = first; i < end; i++) {
        rule[i - first] = (unsigned char) is_rule_line(lines[i].text, lines[i].len);
        out->rule_lines += rule[i - first];
    }
    if (row_end) {
        unsigned char *kind = xmalloc(end - first);
        find_grid_rows(lines, first, end, rule, kind, row_end);
        free(kind);
        find_asciidoc_rows(lines, first, end, row_end, adoc);
    }
    for (size_t i = first; i < end; i++) {
        if (row_end && row_end[i - first]) {
            gir_line joined = adoc[i - first] ? join_asciidoc_row(lines, i, row_end[i - first], a)
                : join_grid_row(lines, i, row_end[i - first], a);
            ls.joined = 1;
            tokenise_line(&joined, i, is_rule_line(joined.text, joined.len), a, out, &ls);
            ls.joined = 0;
            i = row_end[i - first] - 1;
            continue;
        }
        add_column_rule(&lines[i], i, out);
        tokenise_line(&lines[i], i, rule[i - first], a, out, &ls);
    }
    free(rule);
    free(row_end);
    free(adoc);
    free(ls.sp.v);
    free(ls.label);
    free(ls.cc.text);
    free(ls.cc.len);
}

void
gir_toks_repair(const gir_line *lines, size_t first, size_t end, gir_arena *a, gir_toks *out,
                size_t from)
{
    join_wrapped_numbers(lines, first, end, a, out, from);
    join_stacked_digits(lines, first, end, a, out, from);
    mark_damaged(out, from);
}

void
gir_toks_free(gir_toks *t)
{
    free(t->v);
    t->v = NULL;
    free(t->rules);
    free(t->runs);
    t->rules = NULL;
    t->runs = NULL;
    t->nrules = t->nruns = t->caprules = t->capruns = 0;
    t->n = t->cap = 0;
}
