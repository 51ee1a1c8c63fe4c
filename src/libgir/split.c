/* SPDX-License-Identifier: GPL-3.0-or-later */
/* split.c - raw report to report records; heading and meta recognition.
 *
 * Headings are recognised on the normalised copy of each line with PCRE2:
 * a numeral prefix (一、 1. 第一部分), then one of the six section names in
 * any of the variants reports use.  Candidates are scored (numbered with
 * the right numeral and standing alone on the line beats unnumbered beats
 * mid-line), and a small dynamic programme picks the best-scoring set of
 * headings in increasing order.  That ordering is what defeats the traps:
 * the preface sentence naming all six sections, sub-headings of section
 * 一 that copy later names, and t3 row labels such as 一、本年新收. */
#include "config.h"
#include "split.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "diag.h"
#include "binary.h"
#include "html.h"
#include "literals.h"
#include "norm.h"
#include "regex.h"

/* ---- compiled patterns ---- */

typedef struct pattern {
    const char *src;
    pcre2_code *code;
} pattern;

#define KEYWORDS \
    "(?:(?<s1>总体情况|概述|总体概况)" \
    "|(?<s2>(?:行政机关)?主动公开政府信息(?:的)?(?:情况|工作情况))" \
    "|(?<s3>(?:行政机关)?收到(?:和|及|与|、)?处理政府信息公开申请(?:的)?情况)" \
    "|(?<s4>(?:因)?政府信息公开(?:工作)?[^,。]{0,8}?复议[^,。]{0,6}?诉讼(?:的)?(?:情况|案件情况))" \
    "|(?<s5>(?:政府信息公开(?:工作)?)?存在的?(?:主要)?(?:问题|不足)[^,。]{0,12}?(?:改进|计划|整改|措施|打算|方向)(?:情况|措施|方向)?)" \
    "|(?<s6>其他需要报告的事项))"

/* At the start of a line: an optional numeral, then a section name. */
static pattern heading_at_start = {
    "^(?<paren>\\()?第?(?<num>[一二三四五六]|[1-6])?(?:部分)?\\)?[、.,:]?" KEYWORDS, NULL};
/* Inside a line (a page flattened to one line): a numbered name only. */
static pattern heading_inline = {
    "(?<num>[一二三四五六])[、.]" KEYWORDS, NULL};
/* Title: ORGAN YEAR 年(度) ... 信息公开 ... 报告 */
static pattern title = {
    "^(?<organ>.*?)(?<year>(?:19|20)\\d\\d)年度?(?:本机关|本单位)?(?:政府)?(?:信息公开|政务公开|政府信息公开)", NULL};
/* Or YEAR 年(度) ORGAN (政府)信息公开 ...: 2025年上海市人民政府办公厅政府信息公开 */
static pattern title_year_first = {
    "^(?<year>(?:19|20)\\d\\d)年度?(?<organ>[^0-9]{2,40}?)(?:政府)?(?:信息公开|政务公开)", NULL};
/* The date under the closing signature: 2023年1月20日 */
static pattern signature_date = {
    "^(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日$", NULL};
/* How an organ's name ends: a government, an office, a bureau ... */
static pattern organ_name = {
    "(?:政府|办公室|办公厅|委员会|管委会|局|委|厅|署|办|部|院|处|中心|区|县|市|旗|州|盟|镇|乡|街道|公司|所|站|馆|队|会)$", NULL};
/* The statistics period of the preface: 统计期限自2022年1月1日起至... */
static pattern period = {
    "(?<year>(?:19|20)\\d\\d)年1月1日(?:起)?(?:至|到|-|~)", NULL};

static pcre2_match_data *match_data;

static pcre2_code *
compiled(pattern *p)
{
    if (!p->code) {
        p->code = gir_regex_compile(p->src);
        if (!match_data)
            match_data = pcre2_match_data_create(32, NULL);
    }
    return p->code;
}

static int
match_at(pattern *p, const char *s, size_t len, size_t start)
{
    /* compiled() creates match_data on first use: call it first. */
    pcre2_code *code = compiled(p);
    return pcre2_match(code, (PCRE2_SPTR) s, len, start, 0, match_data, NULL);
}

/* Start and end of named group NAME in the last match; -1 if unset. */
static int
group(pattern *p, const char *name, size_t *so, size_t *eo)
{
    int n = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR) name);
    if (n < 0)
        return -1;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match_data);
    if (ov[2 * n] == PCRE2_UNSET)
        return -1;
    *so = ov[2 * n];
    *eo = ov[2 * n + 1];
    return 0;
}

/* ---- normalised lines ---- */

/* Drop the markup converters put around a heading: markdown #, **, >,
 * table borders |, box-drawing characters, brackets. */
static void
strip_markup(const char **s, size_t *len)
{
    const unsigned char *p = (const unsigned char *) *s, *e = p + *len;
    for (;;) {
        if (p < e && strchr("#*|>+=_[- \t", *p) && *p)
            p++;
        else if (e - p >= 3 && p[0] == 0xE2 && (p[1] == 0x94 || p[1] == 0x95))
            p += 3;                               /* U+2500..U+257F */
        else if (e - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x96))
            p += 3;                               /* 【 〖 */
        else if (e - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
            p += 3;                               /* ideographic space */
        else
            break;
    }
    for (;;) {
        if (e > p && strchr("*|]:# \t", e[-1]) && e[-1])
            e--;
        else if (e - p >= 3 && e[-3] == 0xE2 && (e[-2] == 0x94 || e[-2] == 0x95))
            e -= 3;
        else if (e - p >= 3 && e[-3] == 0xE3 && e[-2] == 0x80 && (e[-1] == 0x91 || e[-1] == 0x97))
            e -= 3;                               /* 】 〗 */
        else
            break;
    }
    *s = (const char *) p;
    *len = (size_t) (e - p);
}

static int
numeral_value(const char *s, size_t n)
{
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六"};
    if (n == 1 && s[0] >= '1' && s[0] <= '6')
        return s[0] - '0';
    for (int i = 0; i < 6; i++)
        if (n == strlen(cn[i]) && memcmp(s, cn[i], n) == 0)
            return i + 1;
    return 0;
}

static int
which_section(pattern *p)
{
    static const char *const names[] = {"s1", "s2", "s3", "s4", "s5", "s6"};
    size_t so, eo;
    for (int i = 0; i < 6; i++)
        if (group(p, names[i], &so, &eo) == 0)
            return i + 1;
    return 0;
}

/* ---- what one pass over a line finds ---- */

/* Prefilters look for fixed strings in every line: the characters every
 * heading ends in, and the table labels only one template has.  One
 * memmem per string made a dozen passes over each line; line_marks makes
 * one (literals.h), each string's id the bit it sets. */
enum {
    MARK_HEADING_END = 0,           /* bit 0: 况 项 题 述 施 or 划 */
    MARK_2021_SHIFT = 8,            /* bit 8 + k: only2021[k] */
    MARK_2019_SHIFT = 16            /* bit 16 + k: only2019[k] */
};

/* Every heading ends in 况, 项, 题, 述, 况 or 施 (情况, 事项, 问题, 概述,
 * 措施) or 划 (计划).  Single characters, because labels may have spaces
 * inside. */
static const char *const heading_ends[] = {"况", "项", "题", "述", "施", "划"};
/* The template, from labels only one of the two templates has. */
static const char *const only2021[] = {"本年制发件数", "现行有效件数", "本年处理决定数量",
                                       "三安全一稳定", "逾期不补正", "本年收费金额"};
static const char *const only2019[] = {"本年新制作数量", "本年新公开数量", "对外公开总数量",
                                       "上一年项目数量", "本年增/减", "采购总金额"};
#define N_LABELS (sizeof only2021 / sizeof only2021[0])

static gir_literals needles;
static int needles_ready;

static void
needles_init(void)
{
    for (size_t k = 0; k < sizeof heading_ends / sizeof heading_ends[0]; k++)
        gir_literals_add(&needles, heading_ends[k], strlen(heading_ends[k]), MARK_HEADING_END);
    for (size_t k = 0; k < N_LABELS; k++) {
        gir_literals_add(&needles, only2021[k], strlen(only2021[k]),
                         (unsigned) (MARK_2021_SHIFT + k));
        gir_literals_add(&needles, only2019[k], strlen(only2019[k]),
                         (unsigned) (MARK_2019_SHIFT + k));
    }
    gir_literals_finish(&needles);
    needles_ready = 1;
}

static void
mark(void *ctx, size_t pos, unsigned bit)
{
    (void) pos;
    *(unsigned *) ctx |= 1u << bit;
}

static unsigned
line_marks(const char *text, size_t len)
{
    if (!needles_ready)
        needles_init();
    unsigned marks = 0;
    gir_literals_scan(&needles, text, len, mark, &marks);
    return marks;
}

/* The marks of every line, in a malloc'd array. */
static unsigned *
all_marks(const gir_line *lines, size_t n)
{
    unsigned *marks = xmalloc((n ? n : 1) * sizeof *marks);
    for (size_t i = 0; i < n; i++)
        marks[i] = line_marks(lines[i].text, lines[i].len);
    return marks;
}

static int
popcount(unsigned x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

/* ---- heading candidates and the choice among them ---- */

enum { MAX_CANDIDATES = 16, SHORT_REST = 18 };

typedef struct candidate {
    long line;
    size_t order;            /* position in reading order, for ties */
    int score;
    const char *heading;
} candidate;

typedef struct candidates {
    candidate c[6][MAX_CANDIDATES];
    int n[6];
    size_t order;
} candidates;

static void
add_candidate(candidates *cs, int sec, long line, int score, const char *heading)
{
    if (score <= 0)
        return;
    candidate *list = cs->c[sec - 1];
    int *n = &cs->n[sec - 1];
    candidate c = {line, cs->order++, score, heading};
    if (*n < MAX_CANDIDATES) {
        list[(*n)++] = c;
        return;
    }
    int worst = 0;
    for (int i = 1; i < *n; i++)
        if (list[i].score < list[worst].score)
            worst = i;
    if (list[worst].score < score) {
        /* Keep reading order: shift out the worst, append the new one. */
        memmove(&list[worst], &list[worst + 1], (size_t) (*n - worst - 1) * sizeof c);
        list[*n - 1] = c;
    }
}

static const char *
trimmed_copy(gir_arena *a, const char *s, size_t len)
{
    strip_markup(&s, &len);
    if (len > 300)
        len = 300;
    /* Do not cut a UTF-8 character in two. */
    while (len && ((unsigned char) s[len] & 0xC0) == 0x80)
        len--;
    return gir_arena_memdup0(a, s, len);
}

/* A heading at the start of line L (normalised NORM): a candidate, and 1. */
static int
scan_line_start(candidates *cs, const gir_line *l, const char *norm, size_t nlen, gir_arena *a)
{
    const char *h = norm;
    size_t hlen = nlen;
    strip_markup(&h, &hlen);
    if (match_at(&heading_at_start, h, hlen, 0) > 0) {
        int sec = which_section(&heading_at_start);
        size_t so, eo, mso, meo;
        int paren = group(&heading_at_start, "paren", &so, &eo) == 0;
        int num = group(&heading_at_start, "num", &so, &eo) == 0 ? numeral_value(h + so, eo - so) : 0;
        group(&heading_at_start, sec == 1 ? "s1" : sec == 2 ? "s2" : sec == 3 ? "s3"
              : sec == 4 ? "s4" : sec == 5 ? "s5" : "s6", &mso, &meo);
        int alone = hlen - meo <= SHORT_REST;
        int score;
        if (paren)
            score = 0;                    /* （二）…: a sub-heading */
        else if (num == sec)
            score = alone ? 8 : 3;
        else
            score = alone ? 4 : (num ? 1 : 0);
        add_candidate(cs, sec, l->line, score, trimmed_copy(a, l->text, l->len));
        return 1;
    }
    return 0;
}

static void
scan_line(candidates *cs, const gir_line *l, const char *norm, size_t nlen, gir_arena *a)
{
    if (scan_line_start(cs, l, norm, nlen, a))
        return;
    /* A heading inside a long line (a page flattened to one line). */
    size_t start = 0;
    while (start < nlen && match_at(&heading_inline, norm, nlen, start) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match_data);
        int sec = which_section(&heading_inline);
        size_t so, eo;
        int num = group(&heading_inline, "num", &so, &eo) == 0 ? numeral_value(norm + so, eo - so) : 0;
        if (num == sec)
            add_candidate(cs, sec, l->line, 2,
                          gir_arena_memdup0(a, norm + ov[0], ov[1] - ov[0]));
        start = ov[1] > start ? ov[1] : start + 1;
    }
}

/* Best total score for sections SEC..6 when the last chosen candidate is
 * at reading position AFTER (SIZE_MAX: none yet). */
typedef struct choice_memo {
    long best[7][6 * MAX_CANDIDATES + 1];
    int pick[7][6 * MAX_CANDIDATES + 1];
    int done[7][6 * MAX_CANDIDATES + 1];
    size_t pos_of[6][MAX_CANDIDATES];   /* rank of each candidate in reading order */
} choice_memo;

static long
best_from(const candidates *cs, choice_memo *m, int sec, size_t after_rank)
{
    if (sec > 6)
        return 0;
    if (m->done[sec][after_rank])
        return m->best[sec][after_rank];
    /* Skipping a section scores nothing. */
    long best = best_from(cs, m, sec + 1, after_rank);
    int pick = -1;
    for (int i = 0; i < cs->n[sec - 1]; i++) {
        size_t rank = m->pos_of[sec - 1][i] + 1;   /* 0 means "none chosen" */
        if (rank <= after_rank)
            continue;
        /* Scores dominate; among equal scores the earlier heading wins. */
        long v = cs->c[sec - 1][i].score * 1000L - (long) rank + best_from(cs, m, sec + 1, rank);
        if (v > best) {
            best = v;
            pick = i;
        }
    }
    m->done[sec][after_rank] = 1;
    m->best[sec][after_rank] = best;
    m->pick[sec][after_rank] = pick;
    return best;
}

static int
by_order(const void *a, const void *b)
{
    size_t x = *(const size_t *) a, y = *(const size_t *) b;
    return x < y ? -1 : x > y;
}

/* Does line L start with a section's numeral and its 、 (三、收到…)? */
static int
numbered_start(const gir_line *l)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六"};
    size_t i = 0;
    while (i < l->len && (l->text[i] == ' ' || l->text[i] == '\f'))
        i++;
    for (size_t k = 0; k < sizeof numerals / sizeof *numerals; k++)
        if (l->len - i >= 6 && memcmp(l->text + i, numerals[k], 3) == 0
            && memcmp(l->text + i + 3, "、", 3) == 0)
            return 1;
    return 0;
}

static int
count_candidates(const candidates *cs)
{
    int total = 0;
    for (int s = 0; s < 6; s++)
        total += cs->n[s];
    return total;
}

static void
find_sections(const gir_line *lines, size_t n, const unsigned *marks,
              gir_section sections[6], gir_arena *a)
{
    candidates *cs = xcalloc(1, sizeof *cs);
    size_t cap = 0;
    char *norm = NULL;
    gir_buf joined = {0};
    for (size_t i = 0; i < n; i++) {
        const gir_line *l = &lines[i];
        int ends = (marks[i] & (1u << MARK_HEADING_END)) != 0;
        /* A narrow page wraps a heading: its numbered start on one line,
         * its rest on the next (三、收到和处理政府信息公开申请情 / 况). */
        int wraps = i + 1 < n && (marks[i + 1] & (1u << MARK_HEADING_END)) && numbered_start(l);
        /* No character a heading ends in: skip the line cheaply. */
        if (!ends && !wraps)
            continue;
        int before = count_candidates(cs);
        if (ends) {
            norm = xgrow(norm, &cap, 2 * l->len + 1, 1);
            size_t nlen = gir_norm(l->text, l->len, norm, GIR_NORM_STRIP_SPACE, NULL);
            scan_line(cs, l, norm, nlen, a);
        }
        /* (its start only: a heading inside the next line is that line's) */
        if (wraps && count_candidates(cs) == before) {
            joined.len = 0;
            gir_buf_put(&joined, l->text, l->len);
            gir_buf_put(&joined, lines[i + 1].text, lines[i + 1].len);
            gir_line both = {l->line, joined.p, joined.len};
            norm = xgrow(norm, &cap, 2 * both.len + 1, 1);
            size_t nlen = gir_norm(both.text, both.len, norm, GIR_NORM_STRIP_SPACE, NULL);
            scan_line_start(cs, &both, norm, nlen, a);
        }
    }
    free(joined.p);
    free(norm);

    /* Rank all candidates in reading order. */
    choice_memo *m = xcalloc(1, sizeof *m);
    size_t orders[6 * MAX_CANDIDATES], total = 0;
    for (int s = 0; s < 6; s++)
        for (int i = 0; i < cs->n[s]; i++)
            orders[total++] = cs->c[s][i].order;
    qsort(orders, total, sizeof orders[0], by_order);
    for (int s = 0; s < 6; s++)
        for (int i = 0; i < cs->n[s]; i++) {
            size_t *hit = bsearch(&cs->c[s][i].order, orders, total, sizeof orders[0], by_order);
            m->pos_of[s][i] = (size_t) (hit - orders);
        }
    best_from(cs, m, 1, 0);
    size_t after = 0;
    for (int s = 1; s <= 6; s++) {
        int pick = m->pick[s][after];
        sections[s - 1].line = 0;
        sections[s - 1].heading = NULL;
        if (pick >= 0) {
            sections[s - 1].line = cs->c[s - 1][pick].line;
            sections[s - 1].heading = cs->c[s - 1][pick].heading;
            after = m->pos_of[s - 1][pick] + 1;
        }
    }
    free(m);
    free(cs);
}

void
gir_find_sections(const gir_line *lines, size_t n, gir_section sections[6], gir_arena *a)
{
    unsigned *marks = all_marks(lines, n);
    find_sections(lines, n, marks, sections, a);
    free(marks);
}

/* ---- meta ---- */

static const char *
organ_from(gir_arena *a, const char *s, size_t len)
{
    /* "标题:平潭…" and similar field labels: keep what follows the colon. */
    const char *colon = NULL;
    for (size_t i = 0; i < len; i++)
        if (s[i] == ':')
            colon = s + i;
    if (colon) {
        len -= (size_t) (colon + 1 - s);
        s = colon + 1;
    }
    strip_markup(&s, &len);
    /* Book-title marks around a quoted title. */
    if (len >= 3 && memcmp(s, "《", 3) == 0) {
        s += 3;
        len -= 3;
    }
    return gir_arena_memdup0(a, s, len);
}

/* Sentence punctuation: a line with any is narrative, not a title or a
 * signature (the preface names the organ and the year in a sentence,
 * "市科委编制了2024年度政务公开工作报告", and that is no title). */
static int
has_sentence_punct(const char *s, size_t len)
{
    static const char *const marks[] = {",", "。", ";", "!", "?", "《", "》", "“", "”", "、"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (memmem(s, len, marks[k], strlen(marks[k])))
            return 1;
    return 0;
}

static int
ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* Line I normalised (spaces dropped, converter markup stripped) into
 * *BUF; its length. */
static size_t
norm_line(const gir_line *l, char **buf, size_t *cap, const char **start)
{
    *buf = xgrow(*buf, cap, 2 * l->len + 1, 1);
    size_t n = gir_norm(l->text, l->len, *buf, GIR_NORM_STRIP_SPACE, NULL);
    const char *p = *buf;
    strip_markup(&p, &n);
    *start = p;
    return n;
}

/* A page number standing alone at the foot of a page: — 7 —, -7-, 第7页. */
static int
is_page_number(const char *s, size_t len)
{
    int digits = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits = 1;
            i++;
        } else if (s[i] == '-' || s[i] == '/') {
            i++;
        } else if (len - i >= 3 && (memcmp(s + i, "—", 3) == 0 || memcmp(s + i, "第", 3) == 0
                                    || memcmp(s + i, "页", 3) == 0)) {
            i += 3;
        } else {
            return 0;
        }
    }
    return digits;
}

/* Is the normalised line S a name an organ signs with: short, no
 * punctuation, ending like an organ's name? */
static int
organ_like(const char *s, size_t len)
{
    return len >= 6 && len <= 120 && !has_sentence_punct(s, len) && !memchr(s, ':', len)
        && match_at(&organ_name, s, len, 0) > 0;
}

static void
find_meta(const gir_line *lines, size_t n, const unsigned *marks, gir_meta_found *m,
          gir_arena *a)
{
    m->organ = "";
    m->year = "";
    m->template_name = "unknown";
    size_t cap = 0, cap2 = 0;
    char *norm = NULL, *next = NULL, *prev = NULL;
    size_t prevlen = 0;
    /* The title, within the first lines, maybe split over two of them:
     * a line without sentence punctuation that names a year and 信息公开
     * and holds 报告, or whose next line is the rest of the title
     * (工作年度报告).  The organ is taken from the title only: before the
     * year, after it (2025年上海市人民政府办公厅政府信息公开), or on the
     * line above when that line is an organ's name and nothing else. */
    size_t limit = n < 60 ? n : 60;
    for (size_t i = 0; i < limit && !*m->year; i++) {
        const gir_line *l = &lines[i];
        if (l->len > 4000)
            continue;
        const char *t;
        size_t tlen = norm_line(l, &norm, &cap, &t);
        if (tlen == 0)
            continue;
        int titled = memmem(t, tlen, "报告", 6) != NULL;
        for (size_t j = i + 1; !titled && j < n && j <= i + 2; j++) {
            const char *u;
            size_t ulen = norm_line(&lines[j], &next, &cap2, &u);
            if (ulen == 0)
                continue;
            titled = ulen <= 30 && ends_with(u, ulen, "报告");
            break;
        }
        if (titled && !has_sentence_punct(t, tlen)) {
            size_t so, eo, yso, yeo;
            if (match_at(&title, t, tlen, 0) > 0) {
                group(&title, "organ", &so, &eo);
                group(&title, "year", &yso, &yeo);
                m->year = gir_arena_memdup0(a, t + yso, yeo - yso);
                if (eo > so)
                    m->organ = organ_from(a, t + so, eo - so);
                else if (prev && organ_like(prev, prevlen))
                    m->organ = organ_from(a, prev, prevlen);
                break;
            }
            if (match_at(&title_year_first, t, tlen, 0) > 0) {
                group(&title_year_first, "organ", &so, &eo);
                group(&title_year_first, "year", &yso, &yeo);
                m->year = gir_arena_memdup0(a, t + yso, yeo - yso);
                m->organ = organ_from(a, t + so, eo - so);
                break;
            }
        }
        free(prev);
        prev = xmemdup0(t, tlen);
        prevlen = tlen;
    }
    free(prev);
    /* Or the statistics period of the preface (its date may wrap onto
     * the next line: 统计期限为 2025 / 年 1 月 1 日). */
    for (size_t i = 0; i < n && i < 200 && !*m->year; i++) {
        const gir_line *l = &lines[i];
        if (!memmem(l->text, l->len, "1", 1)
            && !(i + 1 < n && memmem(lines[i + 1].text, lines[i + 1].len, "1", 1)))
            continue;
        size_t blen = l->len;
        char *both = xmemdup0(l->text, l->len);
        if (i + 1 < n) {
            both = xrealloc(both, l->len + lines[i + 1].len + 1);
            memcpy(both + l->len, lines[i + 1].text, lines[i + 1].len);
            blen += lines[i + 1].len;
            both[blen] = '\0';
        }
        norm = xgrow(norm, &cap, 2 * blen + 1, 1);
        size_t nlen = gir_norm(both, blen, norm, GIR_NORM_STRIP_SPACE, NULL);
        free(both);
        if (!memmem(norm, nlen, "1月1日", 7) || match_at(&period, norm, nlen, 0) <= 0)
            continue;
        size_t so, eo;
        group(&period, "year", &so, &eo);
        m->year = gir_arena_memdup0(a, norm + so, eo - so);
    }
    /* Or, for the organ, the closing signature: the name on the line
     * above the date at the end of the report. */
    if (!*m->organ) {
        int seen = 0;
        for (size_t i = n; i-- > 1 && seen < 6;) {
            const char *t;
            size_t tlen = norm_line(&lines[i], &norm, &cap, &t);
            if (tlen == 0 || is_page_number(t, tlen))
                continue;
            seen++;
            if (match_at(&signature_date, t, tlen, 0) <= 0)
                continue;
            for (size_t j = i; j-- > 0 && j + 3 > i;) {
                const char *u;
                size_t ulen = norm_line(&lines[j], &next, &cap2, &u);
                if (ulen == 0)
                    continue;
                if (organ_like(u, ulen))
                    m->organ = gir_arena_memdup0(a, u, ulen);
                break;
            }
            break;
        }
    }
    free(norm);
    free(next);
    /* The template: which one's own labels the lines hold more of. */
    unsigned mask = (1u << N_LABELS) - 1;
    int n2021 = 0, n2019 = 0;
    for (size_t i = 0; i < n; i++) {
        n2021 += popcount((marks[i] >> MARK_2021_SHIFT) & mask);
        n2019 += popcount((marks[i] >> MARK_2019_SHIFT) & mask);
    }
    if (n2021 > n2019)
        m->template_name = "2021";
    else if (n2019 > n2021)
        m->template_name = "2019";
    else if (*m->year) {
        /* No label tells them apart (a grid wrapping every label into
         * pieces): the year does, each template being its years' (the
         * 2019 one for 2019 and 2020). */
        long year = strtol(m->year, NULL, 10);
        if (year >= 2019 && year <= 2100)
            m->template_name = year <= 2020 ? "2019" : "2021";
    }
}

void
gir_find_meta(const gir_line *lines, size_t n, gir_meta_found *m, gir_arena *a)
{
    unsigned *marks = all_marks(lines, n);
    find_meta(lines, n, marks, m, a);
    free(marks);
}

/* ---- the whole raw report ---- */

static const char *const section_names[6] = {
    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项"};

int
gir_split_raw(gir_report *r, const char *source, const char *data, size_t len,
              const gir_split_opts *opts)
{
    const char *force = opts ? opts->encoding : NULL;
    gir_line *lines = NULL;
    size_t nlines = 0;
    const char *encoding;
    gir_decoded dec = {0};
    int final_newline = 1;

    /* A PDF or a Word file is read by its reader (binary.c); anything
     * else that is not text (an image, an executable, a legacy .doc) is
     * named with the way on, instead of being decoded as GB18030. */
    gir_binary_kind kind = gir_binary_sniff(data, len);
    if (kind != GIR_BIN_NONE) {
        if (gir_binary_lines(kind, source, data, len, &r->arena, &lines, &nlines, &encoding) < 0)
            return -1;
    } else if (gir_looks_like_html(data, len)) {
        if (gir_html_lines(source, data, len, force, &r->arena, &lines, &nlines, &encoding) < 0)
            return -1;
    } else {
        if (gir_decode(data, len, force, &dec) < 0)
            return -1;
        encoding = dec.encoding;
        final_newline = dec.final_newline;
        /* Lines point into the decoded text; the report copies them. */
        size_t cap = 0;
        const char *p = dec.data, *end = dec.data + dec.len;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t) (end - p));
            const char *le = nl ? nl : end;
            lines = xgrow(lines, &cap, nlines + 1, sizeof *lines);
            lines[nlines] = (gir_line) {(long) nlines + 1, p, (size_t) (le - p)};
            nlines++;
            p = nl ? nl + 1 : end;
        }
    }

    /* One pass over each line serves both prefilters. */
    unsigned *marks = all_marks(lines, nlines);
    gir_section sections[6];
    find_sections(lines, nlines, marks, sections, &r->arena);
    gir_meta_found meta;
    find_meta(lines, nlines, marks, &meta, &r->arena);
    free(marks);

    /* Not a report at all, or one in the format before the 2019 template:
     * one message for the input, instead of a warning per section and
     * cell that cannot be there.  The text still passes through (the
     * stream stays lossless); the issue record tells the later stages to
     * read no tables in it and gir-csv to write no row for it. */
    int any_section = 0;
    for (int s = 1; s <= 6; s++)
        any_section |= sections[s - 1].line != 0;
    int unknown = strcmp(meta.template_name, "unknown") == 0;
    const char *not_read = NULL;
    char why[256];
    if (unknown && !any_section && !*meta.year) {
        not_read = GIR_RULE_NO_REPORT;
        snprintf(why, sizeof why, "no report found: no section heading, no title with a "
                 "year and no table label of the 2019 or 2021 template");
    } else if (unknown && *meta.year && atoi(meta.year) < 2019) {
        not_read = GIR_RULE_PRE_2019;
        snprintf(why, sizeof why, "a report for %s in the format before the 2019 template: "
                 "its tables are not read (gir reads the 2019 and 2021 templates)", meta.year);
    }
    if (dec.n_invalid) {
        /* UTF-16 without a byte order mark reads as garbage in any other
         * encoding: name the option that reads it. */
        const char *utf16 = force ? NULL : gir_utf16_guess(data, len);
        if (utf16)
            gir_warn(source, dec.first_invalid_line,
                     "%zu invalid byte%s (as %s) replaced by U+FFFD; the text looks like "
                     "%s without a byte order mark: read it with --encoding=%s",
                     dec.n_invalid, dec.n_invalid == 1 ? "" : "s", dec.encoding, utf16, utf16);
        else
            gir_warn(source, dec.first_invalid_line,
                     "%zu invalid byte%s (as %s) replaced by U+FFFD", dec.n_invalid,
                     dec.n_invalid == 1 ? "" : "s", dec.encoding);
    }

    gir_report_begin(r, source);
    gir_report_add_meta(r, "organ", meta.organ);
    gir_report_add_meta(r, "year", meta.year);
    gir_report_add_meta(r, "template", meta.template_name);
    gir_report_add_meta(r, "encoding", encoding);
    if (!final_newline)
        gir_report_add_meta(r, "final_newline", "no");
    for (int s = 1; s <= 6; s++)
        if (sections[s - 1].line)
            gir_report_add_section(r, s, sections[s - 1].line, sections[s - 1].heading);
    for (size_t i = 0; i < nlines; i++)
        gir_report_add_text(r, lines[i].line, lines[i].text, lines[i].len);
    /* What could not be found is said here, once, and recorded in the
     * stream (issue records), so that the later stages do not say it
     * again (SPEC 2). */
    if (not_read) {
        gir_warn(source, 0, "%s", why);
        gir_report_add_issue(r, "warning", not_read, NULL, NULL, NULL, 0, why);
        goto done;
    }
    for (int s = 1; s <= 6; s++)
        if (!sections[s - 1].line) {
            static const char *const nums[] = {"1", "2", "3", "4", "5", "6"};
            char msg[160];
            snprintf(msg, sizeof msg, "section %d not found (%s)", s, section_names[s - 1]);
            gir_warn(source, 0, "%s", msg);
            gir_report_add_issue(r, "warning", "section.missing", nums[s - 1], NULL, NULL, 0,
                                 msg);
        }
    if (!*meta.organ) {
        static const char msg[] = "organ not found: no title line, 标题 line or closing "
                                  "signature names it for certain; the organ column stays empty";
        gir_warn(source, 0, "%s", msg);
        gir_report_add_issue(r, "warning", "meta.missing", "organ", NULL, NULL, 0, msg);
    }
    if (!*meta.year) {
        static const char msg[] = "year not found: neither the title nor the statistics period "
                                  "names it; the year column stays empty";
        gir_warn(source, 0, "%s", msg);
        gir_report_add_issue(r, "warning", "meta.missing", "year", NULL, NULL, 0, msg);
    }
done:

    if (dec.data)
        free(lines);      /* HTML lines live in the arena */
    gir_decoded_free(&dec);
    return 0;
}
