/* SPDX-License-Identifier: GPL-3.0-or-later */
/* norm.c - the normalised matching copy (see norm.h). */
#include "config.h"
#include "norm.h"

#include <string.h>

#include "norm_tables.h"

size_t
gir_utf8_decode_slow(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; c &= 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; c &= 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; c &= 0x07; min = 0x10000; }
    else goto invalid;
    if (len > n)
        goto invalid;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            goto invalid;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        goto invalid;
    *cp = c;
    return len;
invalid:
    *cp = 0xFFFD;
    return 1;
}

static const struct norm_map *
lookup(unsigned cp)
{
    size_t lo = 0, hi = sizeof norm_map / sizeof norm_map[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (norm_map[mid].cp == cp)
            return &norm_map[mid];
        if (norm_map[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* One bit per BMP code point: does the table map it?  Almost every
 * character of a report (CJK ideographs, punctuation it keeps) is not
 * mapped; the bit says so without the binary search.  Built on first use
 * from the table itself, so it cannot disagree with it. */
static unsigned char mapped_bmp[0x10000 / 8];
static int mapped_bmp_ready;

static void
mapped_bmp_init(void)
{
    for (size_t i = 0; i < sizeof norm_map / sizeof norm_map[0]; i++)
        if (norm_map[i].cp < 0x10000)
            mapped_bmp[norm_map[i].cp >> 3] |= (unsigned char) (1u << (norm_map[i].cp & 7));
    mapped_bmp_ready = 1;
}

static inline const struct norm_map *
lookup_fast(unsigned cp)
{
    if (cp < 0x10000 && !(mapped_bmp[cp >> 3] & (1u << (cp & 7))))
        return NULL;
    return lookup(cp);
}

static int
is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

size_t
gir_norm(const char *in, size_t len, char *out, int flags, size_t *map)
{
    const unsigned char *s = (const unsigned char *) in;
    size_t w = 0, i = 0;
    int strip = flags & GIR_NORM_STRIP_SPACE;
    if (!mapped_bmp_ready)
        mapped_bmp_init();
    while (i < len) {
        unsigned char c = s[i];
        if (c < 0x80) {                       /* the common case */
            if (!(strip && is_space(c))) {
                if (map)
                    map[w] = i;
                out[w++] = (char) c;
            }
            i++;
            continue;
        }
        unsigned cp;
        size_t n = gir_utf8_decode(s + i, len - i, &cp);
        if (n == 3 && !map && !(mapped_bmp[cp >> 3] & (1u << (cp & 7)))) {
            /* Most of a report: a CJK character that stays as it is. */
            memcpy(out + w, s + i, 3);
            w += 3;
            i += 3;
            continue;
        }
        const struct norm_map *m = cp >= 0xA0 ? lookup_fast(cp) : NULL;
        if (m) {
            for (size_t k = 0; k < m->len; k++) {
                if (strip && is_space((unsigned char) m->to[k]))
                    continue;
                if (map)
                    map[w] = i;
                out[w++] = m->to[k];
            }
        } else {
            for (size_t k = 0; k < n; k++) {
                if (map)
                    map[w] = i;
                out[w++] = (char) s[i + k];
            }
        }
        i += n;
    }
    out[w] = '\0';
    if (map)
        map[w] = len;
    return w;
}

char *
gir_norm_arena(gir_arena *a, const char *in, size_t len, int flags, size_t *outlen)
{
    char *out = gir_arena_alloc(a, 2 * len + 1);
    size_t n = gir_norm(in, len, out, flags, NULL);
    if (outlen)
        *outlen = n;
    return out;
}
