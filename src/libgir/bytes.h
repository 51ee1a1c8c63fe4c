/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bytes.h - looking for a few bytes eight at a time. */
#ifndef GIR_BYTES_H
#define GIR_BYTES_H

#include <stdint.h>
#include <string.h>

/* Does the 8-byte word W hold byte C?  Nonzero if so: the classic
 * zero-byte test on W ^ C repeated, exact, no false positives. */
static inline uint64_t
gir_word_has_byte(uint64_t w, unsigned char c)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    uint64_t x = w ^ (ones * c);
    return (x - ones) & ~x & highs;
}

/* The 8 bytes at S as a word (any alignment). */
static inline uint64_t
gir_word_at(const void *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

#endif
