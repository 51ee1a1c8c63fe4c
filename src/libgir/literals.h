/* SPDX-License-Identifier: GPL-3.0-or-later */
/* literals.h - finding many fixed strings in one pass.
 *
 * gir-split marks each line by the heading ends and template labels it
 * holds, and gir-table finds where each row's label core can start in a
 * table's label stream: both look for a few dozen short UTF-8 strings in
 * a lot of text.  A set tests each character start against a bitmap of
 * its first two bytes (which rejects almost every position at once), then
 * a hash of its first three, and compares the strings only there: one
 * pass, whatever the number of strings, finding exactly what memmem
 * would at every character start. */
#ifndef GIR_LITERALS_H
#define GIR_LITERALS_H

#include <stddef.h>

#define GIR_LITERALS_MAX 320
#define GIR_LITERALS_SLOTS 1024         /* over three times the literals: short probes */

typedef struct gir_literal {
    unsigned key3;                      /* its first three bytes */
    const char *s;
    size_t len;
    unsigned id;
} gir_literal;

typedef struct gir_literals {
    gir_literal lit[GIR_LITERALS_MAX];  /* sorted by key3 (gir_literals_finish) */
    size_t n;
    unsigned char key2[65536 / 8];
    struct {
        unsigned key3;                  /* 0: an empty slot */
        unsigned short first;           /* in lit */
    } slot[GIR_LITERALS_SLOTS];
} gir_literals;

/* Add S[0..LEN), at least three bytes and starting a character, as
 * literal ID; a set that is full, or a shorter string, is a programming
 * error (it aborts). */
void gir_literals_add(gir_literals *set, const char *s, size_t len, unsigned id);
/* Make SET ready to scan, after the last add. */
void gir_literals_finish(gir_literals *set);

/* Call HIT for every occurrence of a literal of SET in TEXT[0..LEN) that
 * starts a character, in text order (literals found at one position in
 * key order). */
typedef void gir_literal_hit(void *ctx, size_t pos, unsigned id);
void gir_literals_scan(const gir_literals *set, const char *text, size_t len,
                       gir_literal_hit *hit, void *ctx);

#endif
