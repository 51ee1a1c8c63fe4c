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


static unsigned
key3_of(const unsigned char *s)
{
    return (unsigned) s[0] << 16 | (unsigned) s[1] << 8 | s[2];
}


static int
cmp_literal(const void *a, const void *b)
{
    const literal *x = a, *y = b;
    return x->key3 < y->key3 ? -1 : x->key3 > y->key3;
}


static size_t
key3_slot(const literal_set *set, unsigned key3)
{
    size_t h = (key3 * 2654435761u) % KEY3_SLOTS;
    while (set->slot[h].key3 && set->slot[h].key3 != key3)
        h = (h + 1) % KEY3_SLOTS;
    return h;
}


/* Add P's literals to SET (then literal_set_finish). */
void
literal_set_add(literal_set *set, const pattern *p)
{
    set->has[p->id] = 1;
    for (size_t i = 0; i < p->nlit; i++) {
        const unsigned char *u = (const unsigned char *) p->lit[i];
        set->lit[set->n++] = (literal) {key3_of(u), p->lit[i], p->len[i], p->id};
        set->key2[(u[0] << 8 | u[1]) >> 3] |= (unsigned char) (1u << (u[1] & 7));
    }
}


void
literal_set_finish(literal_set *set)
{
    qsort(set->lit, set->n, sizeof set->lit[0], cmp_literal);
    for (size_t i = set->n; i-- > 0;) {
        size_t h = key3_slot(set, set->lit[i].key3);
        set->slot[h].key3 = set->lit[i].key3;
        set->slot[h].first = (unsigned short) i;
    }
}


/* Compile SRC as pattern number ID of its table (see N_PATTERNS). */
void
compile(pattern *p, const char *src, size_t id)
{
    *p = (pattern) {gir_regex_compile(src), id, 0, 0, {0}, {0}};
    find_literals(p, src);
}


/* Every occurrence of the literals of SET in the stream, in one pass;
 * run once the stream is final, before any search. */
void
index_literals(region *g, const literal_set *set)
{
    const unsigned char *s = (const unsigned char *) g->stream;
    size_t n, nfound = 0;
    for (size_t i = 0; i + 3 <= g->slen; i += n) {
        /* A literal starts with a character's first byte, never with a
         * continuation byte (10xxxxxx): two of those after this byte, as
         * in a CJK character, start nothing. */
        n = (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 ? 3 : 1;
        unsigned key2 = (unsigned) s[i] << 8 | s[i + 1];
        if (!(set->key2[key2 >> 3] & (1u << (key2 & 7))))
            continue;
        /* The literals with this position's first three bytes. */
        unsigned key3 = key3_of(s + i);
        size_t h = key3_slot(set, key3);
        if (!set->slot[h].key3)
            continue;
        for (size_t k = set->slot[h].first; k < set->n && set->lit[k].key3 == key3; k++) {
            const literal *l = &set->lit[k];
            size_t j = 3;
            while (j < l->len && i + j < g->slen && s[i + j] == (unsigned char) l->s[j])
                j++;
            if (j < l->len)
                continue;
            g->found = xgrow(g->found, &g->cap_found, nfound + 1, sizeof *g->found);
            g->found[nfound++] = (hit_at) {i, l->pat};
        }
    }
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

