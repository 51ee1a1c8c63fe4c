/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pattern.c - compiled label patterns and the literal prefilter that
 * tells PCRE2 where in a label stream a match can start. */
#include "config.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "xmalloc.h"

pcre2_match_data *match_data;


/* Source length of the group at SRC, an opening parenthesis, with its
 * closing one; 0 when it has none or repeats (its length then has no
 * bound). */
static size_t
group_len(const char *src)
{
    int depth = 0;
    for (size_t i = 0; src[i]; i++) {
        if (src[i] == '\\' && src[i + 1]) {
            i++;
        } else if (src[i] == '[') {     /* a class: its brackets are not groups */
            for (i++; src[i] && src[i] != ']'; i++)
                if (src[i] == '\\' && src[i + 1])
                    i++;
            if (!src[i])
                return 0;
        } else if (src[i] == '*' || src[i] == '+' || src[i] == '{')
            return 0;
        else if (src[i] == '(')
            depth++;
        else if (src[i] == ')' && --depth == 0)
            return i + 1;
    }
    return 0;
}


/* The most characters the group SRC[0, N) can match, a group with no
 * repetition (group_len): one per character of its source that is not
 * structure ( (?: ) | ?, one per escape, one per class [...]. */
static size_t
group_chars(const char *src, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n;) {
        if (src[i] == '(') {
            i += strncmp(src + i, "(?:", 3) == 0 ? 3 : 1;
            continue;
        }
        if (src[i] == ')' || src[i] == '|' || src[i] == '?') {
            i++;
            continue;
        }
        if (src[i] == '\\') {
            i++;                /* the escaped character follows */
        } else if (src[i] == '[') {
            while (i < n && src[i] != ']')
                i += src[i] == '\\' ? 2 : 1;
        }
        i++;
        while (i < n && ((unsigned char) src[i] & 0xC0) == 0x80)
            i++;                /* the rest of a multibyte character */
        chars++;
    }
    return chars;
}


/* P's literals from its source SRC, when SRC has the shape above. */
static void
find_literals(pattern *p, const char *src)
{
    pattern f = {p->code, p->id, 0, 0, {0}, {0}};
    const char *q = src;
    for (;;) {
        /* An optional group first: it repeats nothing, so it matches at
         * most group_chars characters (4 bytes each). */
        size_t lead = 0;
        if (strncmp(q, "(?:", 3) == 0) {
            size_t n = group_len(q);
            if (!n || q[n] != '?')
                return;
            lead = 4 * group_chars(q, n);
            q += n + 1;
        }
        size_t n = strcspn(q, "\\()[]{}|.*+?^$");
        if (n < 3 || (q[n] && strchr("?*+{", q[n])) || f.nlit == MAX_LITERALS)
            return;     /* no literal, or its last character is optional */
        f.lit[f.nlit] = q;
        f.len[f.nlit++] = n;
        f.lead = lead > f.lead ? lead : f.lead;
        q += n;
        if (strncmp(q, "(?!", 3) == 0 || strncmp(q, "(?=", 3) == 0) {
            size_t g = group_len(q);
            if (!g)
                return;
            q += g;
        }
        if (*q == '\0')
            break;
        if (*q != '|')
            return;
        q++;
    }
    *p = f;
}


/* Add P's literals to SET (then literal_set_finish). */
void
literal_set_add(literal_set *set, const pattern *p)
{
    set->has[p->id] = 1;
    for (size_t i = 0; i < p->nlit; i++)
        gir_literals_add(&set->lits, p->lit[i], p->len[i], (unsigned) p->id);
}


void
literal_set_finish(literal_set *set)
{
    gir_literals_finish(&set->lits);
}


/* Compile SRC as pattern number ID of its table (see N_PATTERNS). */
void
compile(pattern *p, const char *src, size_t id)
{
    *p = (pattern) {gir_regex_compile(src), id, 0, 0, {0}, {0}};
    find_literals(p, src);
}


static void
found_at(void *ctx, size_t pos, unsigned pat)
{
    region *g = ctx;
    g->found = xgrow(g->found, &g->cap_found, g->nfound + 1, sizeof *g->found);
    g->found[g->nfound++] = (hit_at) {pos, pat};
}


/* Every occurrence of the literals of SET in the stream, in one pass;
 * run once the stream is final, before any search. */
void
index_literals(region *g, const literal_set *set)
{
    g->nfound = 0;
    gir_literals_scan(&set->lits, g->stream, g->slen, found_at, g);
    size_t nfound = g->nfound;
    /* By pattern, each in stream order (a counting sort). */
    memset(g->hit_from, 0, sizeof g->hit_from);
    for (size_t k = 0; k < nfound; k++)
        g->hit_from[g->found[k].pat + 1]++;
    for (size_t p = 0; p < N_PATTERNS; p++)
        g->hit_from[p + 1] += g->hit_from[p];
    size_t fill[N_PATTERNS];
    memcpy(fill, g->hit_from, sizeof fill);
    g->hit = xgrow(g->hit, &g->cap_hit, nfound, sizeof *g->hit);
    for (size_t k = 0; k < nfound; k++)
        g->hit[fill[g->found[k].pat]++] = g->found[k].pos;
    g->lits = set;
}


int
search(const region *g, const pattern *pat, size_t from, size_t *so, size_t *eo)
{
    if (from > g->slen)
        return 0;
    size_t start = from;
    /* A pattern the region's index does not hold is searched by PCRE2
     * alone, from FROM. */
    if (pat->nlit && g->lits && g->lits->has[pat->id]) {
        /* The earliest literal at or after FROM. */
        size_t lo = g->hit_from[pat->id], hi = g->hit_from[pat->id + 1];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (g->hit[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == g->hit_from[pat->id + 1])
            return 0;           /* no literal: no match */
        size_t first = g->hit[lo];
        start = first - from > pat->lead ? first - pat->lead : from;
        while (start > from && ((unsigned char) g->stream[start] & 0xC0) == 0x80)
            start--;            /* a character's first byte */
    }
    int rc = pcre2_match(pat->code, (PCRE2_SPTR) g->stream, g->slen, start, 0, match_data, NULL);
    if (rc <= 0)
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match_data);
    *so = ov[0];
    *eo = ov[1];
    return 1;
}

