/* SPDX-License-Identifier: GPL-3.0-or-later */
/* identity.h - the template's arithmetic, as data (SPEC §6).
 *
 * An identity says sum(left) = sum(right) over cells of the template
 * (identities-NAME.tsv, turned into C tables by scripts/gen-template;
 * gir_template.identities).  It has one meaning wherever it is used,
 * gir-check's rules and gir-table's verifier alike:
 *   - a blank cell counts as 0;
 *   - the identity is not checked when a cell named in `given` is blank
 *     (a blank total is "not given", not 0);
 *   - nor when a cell it names is unknown: no record, not found, not read,
 *     or not a count (the caller says which cells are; cell.invalid and
 *     cell.unread report them on their own).
 * Precedence: a blank given cell decides first (NOT_GIVEN, even when
 * another cell is unknown: a total left blank says the identity is not
 * given, whatever the parts are); then any unknown cell (UNKNOWN); then
 * the sums (HOLDS or BROKEN). */
#ifndef GIR_IDENTITY_H
#define GIR_IDENTITY_H

#include <stddef.h>

typedef struct gir_identity {
    const char *rule;                 /* "t3.row_sum", "t3.result_sum", "t3.balance", "t4.sum" */
    const char *where;                /* "new", "natural", "review" */
    const unsigned short *left, *right, *given;   /* template cell indices */
    unsigned char nleft, nright, ngiven;
} gir_identity;

/* A cell as the identities see it. */
typedef enum { GIR_IDV_UNKNOWN, GIR_IDV_BLANK, GIR_IDV_NUMBER } gir_idv_state;
typedef struct gir_idv { long long v; gir_idv_state state; } gir_idv;

typedef enum { GIR_ID_HOLDS, GIR_ID_BROKEN, GIR_ID_NOT_GIVEN, GIR_ID_UNKNOWN } gir_id_result;

/* Evaluate ID over CELLS (indexed by template cell): NOT_GIVEN when a `given` cell is blank;
 * UNKNOWN when any cell it names is UNKNOWN (missing, unread, not a count); else HOLDS or
 * BROKEN, with the two sums in *LEFT_SUM and *RIGHT_SUM (either may be NULL). A blank cell counts 0.
 * The sums are left untouched unless the result is HOLDS or BROKEN.  Sums that would overflow
 * a long long are UNKNOWN (no count is that large). */
gir_id_result gir_identity_eval(const gir_identity *id, const gir_idv *cells,
                                long long *left_sum, long long *right_sum);
/* Does every cell ID names lie in [FIRST, FIRST+N)?  (a row's own identities) */
int gir_identity_within(const gir_identity *id, size_t first, size_t n);
/* Does ID name any cell in [FIRST, FIRST+N)? */
int gir_identity_touches(const gir_identity *id, size_t first, size_t n);

/* The identity of IDS[0..N) with RULE and WHERE, or NULL. */
const gir_identity *gir_identity_find(const gir_identity *ids, size_t n, const char *rule,
                                      const char *where);

#endif
