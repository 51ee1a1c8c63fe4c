/* SPDX-License-Identifier: GPL-3.0-or-later */
/* literals.c - finding many fixed strings in one pass (literals.h). */
#include "config.h"
#include "literals.h"

#include <stdio.h>
#include <stdlib.h>

static unsigned
key3_of(const unsigned char *s)
{
    return (unsigned) s[0] << 16 | (unsigned) s[1] << 8 | s[2];
}

static int
cmp_literal(const void *a, const void *b)
{
    const gir_literal *x = a, *y = b;
    return x->key3 < y->key3 ? -1 : x->key3 > y->key3;
}

static size_t
key3_slot(const gir_literals *set, unsigned key3)
{
    size_t h = (key3 * 2654435761u) % GIR_LITERALS_SLOTS;
    while (set->slot[h].key3 && set->slot[h].key3 != key3)
        h = (h + 1) % GIR_LITERALS_SLOTS;
    return h;
}

void
gir_literals_add(gir_literals *set, const char *s, size_t len, unsigned id)
{
    const unsigned char *u = (const unsigned char *) s;
    if (len < 3 || set->n == GIR_LITERALS_MAX || (u[0] & 0xC0) == 0x80) {
        fprintf(stderr, "gir: literal '%.*s' too short, or too many literals\n", (int) len, s);
        abort();
    }
    set->lit[set->n++] = (gir_literal) {key3_of(u), s, len, id};
    set->key2[(u[0] << 8 | u[1]) >> 3] |= (unsigned char) (1u << (u[1] & 7));
}

void
gir_literals_finish(gir_literals *set)
{
    qsort(set->lit, set->n, sizeof set->lit[0], cmp_literal);
    for (size_t i = set->n; i-- > 0;) {
        size_t h = key3_slot(set, set->lit[i].key3);
        set->slot[h].key3 = set->lit[i].key3;
        set->slot[h].first = (unsigned short) i;
    }
}

void
gir_literals_scan(const gir_literals *set, const char *text, size_t len, gir_literal_hit *hit,
                  void *ctx)
{
    const unsigned char *s = (const unsigned char *) text;
    size_t n;
    for (size_t i = 0; i + 3 <= len; i += n) {
        /* A literal starts with a character's first byte, never with a
         * continuation byte (10xxxxxx): two of those after this byte, as
         * in a CJK character, start nothing. */
        n = (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 ? 3 : 1;
        unsigned key2 = (unsigned) s[i] << 8 | s[i + 1];
        if (!(set->key2[key2 >> 3] & (1u << (key2 & 7))))
            continue;
        unsigned key3 = key3_of(s + i);
        size_t h = key3_slot(set, key3);
        if (!set->slot[h].key3)
            continue;
        for (size_t k = set->slot[h].first; k < set->n && set->lit[k].key3 == key3; k++) {
            const gir_literal *l = &set->lit[k];
            size_t j = 3;
            while (j < l->len && i + j < len && s[i + j] == (unsigned char) l->s[j])
                j++;
            if (j == l->len)
                hit(ctx, i, l->id);
        }
    }
}
