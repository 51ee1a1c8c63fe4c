/* SPDX-License-Identifier: GPL-3.0-or-later */
/* norm.h - the normalised copy that all matching is done on.
 *
 * NFKC-like, for the characters reports actually use: full-width ASCII,
 * ideographic space and NBSP, Kangxi and CJK radicals, compatibility
 * ideographs, enclosed numbers (⒈ → 1.), curly quotes → ", dashes → -,
 * 〔〕 → ().  The text that passes through a program is never altered;
 * only this copy is. */
#ifndef GIR_NORM_H
#define GIR_NORM_H

#include <stddef.h>

#include "xmalloc.h"

enum {
    GIR_NORM_STRIP_SPACE = 1   /* drop all white space (labels wrap anywhere) */
};

/* Normalise IN[0..LEN) into OUT, which must hold 2 * LEN + 1 bytes (no
 * mapping more than doubles a character).  NUL-terminates; returns the
 * length.  With MAP non-NULL, MAP[i] is the offset in IN of the character
 * that produced OUT[i] (MAP must hold 2 * LEN + 1 entries). */
size_t gir_norm(const char *in, size_t len, char *out, int flags, size_t *map);
/* The same into the arena. */
char *gir_norm_arena(gir_arena *a, const char *in, size_t len, int flags, size_t *outlen);

/* Decode one UTF-8 character at S (N bytes available); returns its length
 * (1 for an invalid byte, whose code point is then U+FFFD) and stores the
 * code point. */
size_t gir_utf8_decode_slow(const unsigned char *s, size_t n, unsigned *cp);
/* Is S (N bytes available) a 3-byte character led by E1..EC, EE or EF
 * with two continuation bytes?  Such a character is always valid (no
 * overlong or surrogate form there): CJK text, the common case. */
static inline int
gir_utf8_is_plain3(const unsigned char *s, size_t n)
{
    return n >= 3 && s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED
           && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80;
}
static inline size_t
gir_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (gir_utf8_is_plain3(s, n)) {
        *cp = ((unsigned) (s[0] & 0x0F) << 12) | ((unsigned) (s[1] & 0x3F) << 6)
              | (s[2] & 0x3F);
        return 3;
    }
    return gir_utf8_decode_slow(s, n, cp);
}
/* Display width of the character: 2 for CJK and full-width, else 1
 * (pdftotext -layout aligns columns by it).  Inline: the tokeniser asks
 * for every character of a table. */
static inline int
gir_char_width(unsigned cp)
{
    if (cp < 0x1100)
        return 1;
    if (cp >= 0x4E00 && cp <= 0x9FFF)   /* CJK ideographs, the common case */
        return 2;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

#endif
