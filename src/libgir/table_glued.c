/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table_glued.c - the glued-digit solver (see table_glued.h).
 *
 * Each RUNS row's splits are enumerated (no part with a leading zero,
 * parts of at most 9 digits) and filtered by the row's own identities,
 * which must be given.  A row left with one split is solved; rows left
 * with several are combined with the others against the identities that
 * touch them across the table, and solved when every admitted combination
 * gives them the same values.  All arithmetic is gir_identity_eval's over
 * a vector of the template's cells: the rows read (KNOWN) and the splits
 * tried; everything else is unknown, so an identity naming it says
 * nothing. */
#include "config.h"
#include "table_glued.h"

#include <stdlib.h>
#include <string.h>

#include "identity.h"
#include "xmalloc.h"

#define MAX_CANDIDATES 4096     /* per row; more is ambiguity, not work */
#define MAX_COMBINATIONS 200000L

typedef struct cand {
    long long val[GIR_GLUED_MAXVALS];
    unsigned char blank[GIR_GLUED_MAXVALS];
    int piece_of[GIR_GLUED_MAXVALS];
} cand;

typedef struct cands {
    cand *v;
    size_t n, cap;
    int overflow;
} cands;

int
gir_glued_possible(const char *const *piece, const unsigned char *run, size_t npieces, int n)
{
    int any_run = 0;
    size_t cells = 0;
    for (size_t i = 0; i < npieces; i++) {
        any_run |= run[i];
        cells += run[i] ? strlen(piece[i]) : 1;
    }
    return any_run && npieces < (size_t) n && cells >= (size_t) n;
}

static long long
parse_count(const char *s, size_t n, int *ok)
{
    long long v = 0;
    *ok = n > 0 && n <= 9 && !(n > 1 && s[0] == '0');
    for (size_t i = 0; *ok && i < n; i++) {
        *ok = s[i] >= '0' && s[i] <= '9';  /* a decimal or signed piece is no count */
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Add C to OUT; more than MAX_CANDIDATES is ambiguity (overflow). */
static void
push_cand(cands *out, const cand *c)
{
    if (out->n == MAX_CANDIDATES) {
        out->overflow = 1;
        return;
    }
    out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
    out->v[out->n++] = *c;
}

/* Split pieces [PI..) into the values [VI..N) of C. */
static void
enumerate(const gir_glued_row *r, size_t pi, size_t off, int vi, cand *c, cands *out)
{
    if (out->overflow)
        return;
    if (pi == r->npieces) {
        if (vi == r->n)
            push_cand(out, c);
        return;
    }
    if (vi == r->n)
        return;
    const char *p = r->piece[pi];
    if (!r->piece_run[pi]) {
        /* One cell: a count, or a placeholder (blank). */
        int ok = 0;
        c->blank[vi] = *p == '\0';
        c->val[vi] = c->blank[vi] ? 0 : parse_count(p, strlen(p), &ok);
        c->piece_of[vi] = (int) pi;
        if (ok || c->blank[vi])
            enumerate(r, pi + 1, 0, vi + 1, c, out);
        return;
    }
    size_t len = strlen(p);
    /* The next value takes p[off..off+k); the run ends with the piece. */
    for (size_t k = 1; off + k <= len; k++) {
        int ok;
        c->val[vi] = parse_count(p + off, k, &ok);
        if (!ok)
            break;          /* a longer part would keep the leading zero */
        c->blank[vi] = 0;
        c->piece_of[vi] = (int) pi;
        if (off + k == len)
            enumerate(r, pi + 1, 0, vi + 1, c, out);
        else
            enumerate(r, pi, off + k, vi + 1, c, out);
    }
}

/* A page that lost its cell borders does not print a blank cell either:
 * the pieces may each be one cell, the cells between them blank (4574
 * glued to （六）'s label, 5 and 4579 far apart: split, 4 57 4 5 4 5 79
 * makes the row's sum, and so does 4574 + 5 = 4579 with four cells
 * blank).  Every placement of the pieces whole, in order, is a reading
 * beside the splits, for the identities to weigh. */
static void
add_whole(const gir_glued_row *r, cands *out)
{
    if (r->n > GIR_GLUED_MAXVALS || r->npieces > (size_t) r->n)
        return;
    for (unsigned long m = 0; m < 1ul << r->n && !out->overflow; m++) {
        if ((size_t) __builtin_popcountl(m) != r->npieces)
            continue;
        cand c;
        memset(&c, 0, sizeof c);
        int ok = 1;
        size_t pi = 0;
        for (int vi = 0; vi < r->n && ok; vi++) {
            c.piece_of[vi] = (int) (pi < r->npieces ? pi : r->npieces - 1);
            if (!(m >> vi & 1)) {
                c.blank[vi] = 1;
                continue;
            }
            const char *p = r->piece[pi++];
            c.blank[vi] = *p == '\0';
            if (!c.blank[vi])
                c.val[vi] = parse_count(p, strlen(p), &ok);
        }
        if (ok)
            push_cand(out, &c);
    }
}

/* Set the cells of a row, from FIRST, to N values. */
static void
put_values(gir_idv *cells, size_t first, int n, const long long *val,
           const unsigned char *blank)
{
    for (int i = 0; i < n; i++)
        cells[first + (size_t) i] = blank[i] ? (gir_idv) {0, GIR_IDV_BLANK}
                                              : (gir_idv) {val[i], GIR_IDV_NUMBER};
}

/* Does the row lie inside the template (and inside a row's arrays)?  One
 * that does not is treated as not read. */
static int
row_fits(const gir_glued_row *r, const gir_template *tm)
{
    return r->n > 0 && r->n <= GIR_GLUED_MAXVALS && r->first_cell <= tm->ncells
        && (size_t) r->n <= tm->ncells - r->first_cell;
}

/* Do the row's own identities OWN[0..N) all hold, every one given, with
 * the row's cells read as C?  A split is a reading that needed inference:
 * only a given identity can confirm it, and one it breaks is never taken.
 * A row with no identity of its own (t2's) is never split. */
static int
own_identities_confirm(const gir_glued_row *row, const cand *c, const gir_identity *const *own,
                       size_t n, gir_idv *cells)
{
    put_values(cells, row->first_cell, row->n, c->val, c->blank);
    for (size_t i = 0; i < n; i++)
        if (gir_identity_eval(own[i], cells, NULL, NULL) != GIR_ID_HOLDS)
            return 0;
    return n > 0;
}

static void
adopt(gir_glued_row *r, const cand *c)
{
    memcpy(r->val, c->val, sizeof r->val);
    memcpy(r->blank, c->blank, sizeof r->blank);
    memcpy(r->piece_of, c->piece_of, sizeof r->piece_of);
    r->solved = 1;
}

static int
same_cand(const cand *a, const cand *b, int n)
{
    return memcmp(a->val, b->val, (size_t) n * sizeof a->val[0]) == 0
        && memcmp(a->blank, b->blank, (size_t) n) == 0;
}

/* Rows left with several splits (UNDECIDED[0..NU)): try every combination
 * of their splits against the identities that touch them across the table
 * (none of them holds within one row: those held for every split kept); a
 * row is solved when all admitted combinations agree on it.  CELLS holds
 * the rest of the table: the rows read and the rows solved alone. */
static void
combine(gir_glued_row *rows, const size_t *undecided, size_t nu, cands *cs,
        const gir_template *tm, gir_idv *cells)
{
    long combos = 1;
    for (size_t u = 0; u < nu; u++) {
        combos *= (long) cs[undecided[u]].n;
        if (combos > MAX_COMBINATIONS)
            return;
    }
    const gir_identity **across = xmalloc((tm->n_identities + 1) * sizeof *across);
    size_t nacross = 0;
    for (size_t i = 0; i < tm->n_identities; i++) {
        const gir_identity *id = &tm->identities[i];
        int touches = 0, within = 0;
        for (size_t u = 0; u < nu; u++) {
            const gir_glued_row *r = &rows[undecided[u]];
            touches |= gir_identity_touches(id, r->first_cell, (size_t) r->n);
            within |= gir_identity_within(id, r->first_cell, (size_t) r->n);
        }
        if (touches && !within)
            across[nacross++] = id;
    }
    int *pick = xcalloc(nu, sizeof *pick), *first = xmalloc(nu * sizeof *first),
        *agree = xmalloc(nu * sizeof *agree);
    for (size_t u = 0; u < nu; u++) {
        first[u] = -1;
        agree[u] = 1;
    }
    long solutions = 0;
    for (;;) {
        for (size_t u = 0; u < nu; u++) {
            const gir_glued_row *r = &rows[undecided[u]];
            const cand *c = &cs[undecided[u]].v[pick[u]];
            put_values(cells, r->first_cell, r->n, c->val, c->blank);
        }
        int admitted = 1;
        for (size_t i = 0; i < nacross && admitted; i++)
            admitted = gir_identity_eval(across[i], cells, NULL, NULL) != GIR_ID_BROKEN;
        if (admitted) {
            solutions++;
            for (size_t u = 0; u < nu; u++) {
                const cands *c = &cs[undecided[u]];
                if (first[u] < 0)
                    first[u] = pick[u];
                else if (!same_cand(&c->v[first[u]], &c->v[pick[u]], rows[undecided[u]].n))
                    agree[u] = 0;
            }
        }
        /* Next combination (odometer). */
        size_t u = 0;
        for (; u < nu; u++) {
            if (++pick[u] < (int) cs[undecided[u]].n)
                break;
            pick[u] = 0;
        }
        if (u == nu)
            break;
    }
    for (size_t k = 0; solutions > 0 && k < nu; k++)
        if (agree[k])
            adopt(&rows[undecided[k]], &cs[undecided[k]].v[first[k]]);
    free(pick);
    free(first);
    free(agree);
    free(across);
}

void
gir_glued_solve(gir_glued_row *rows, size_t nrows, const gir_template *tm)
{
    /* The table as the identities see it: the rows read; every other
     * cell unknown until a split is tried or taken. */
    gir_idv cells[GIR_TEMPLATE_MAX_CELLS];
    for (size_t i = 0; i < GIR_TEMPLATE_MAX_CELLS; i++)
        cells[i] = (gir_idv) {0, GIR_IDV_UNKNOWN};
    for (size_t r = 0; r < nrows; r++)
        if (rows[r].state == GIR_GLUED_KNOWN && row_fits(&rows[r], tm))
            put_values(cells, rows[r].first_cell, rows[r].n, rows[r].val, rows[r].blank);

    cands *cs = xcalloc(nrows, sizeof *cs);
    const gir_identity **own = xmalloc((tm->n_identities + 1) * sizeof *own);
    size_t *undecided = xmalloc((nrows + 1) * sizeof *undecided), nu = 0;
    for (size_t r = 0; r < nrows; r++) {
        gir_glued_row *row = &rows[r];
        row->solved = 0;
        if (row->state != GIR_GLUED_RUNS || !row_fits(row, tm))
            continue;
        cand c;
        memset(&c, 0, sizeof c);
        enumerate(row, 0, 0, 0, &c, &cs[r]);
        row->nsplits = cs[r].overflow ? (size_t) -1 : cs[r].n;
        add_whole(row, &cs[r]);
        size_t nown = 0;
        for (size_t i = 0; i < tm->n_identities; i++)
            if (gir_identity_within(&tm->identities[i], row->first_cell, (size_t) row->n))
                own[nown++] = &tm->identities[i];
        /* Keep the splits the row's own identities confirm; too many
         * splits to list is ambiguity, none kept. */
        size_t keep = 0;
        for (size_t i = 0; i < cs[r].n && !cs[r].overflow; i++)
            if (own_identities_confirm(row, &cs[r].v[i], own, nown, cells))
                cs[r].v[keep++] = cs[r].v[i];
        cs[r].n = keep;
        /* Singled out by its own row: taken, whatever the rest of the
         * table says (a report that breaks a column identity is an error
         * for gir-check, not a reason to drop the row); the rest of the
         * table sees it as read. */
        if (cs[r].n == 1) {
            adopt(row, &cs[r].v[0]);
            put_values(cells, row->first_cell, row->n, row->val, row->blank);
        } else {
            /* Unknown to the others until combined: not a split tried last. */
            for (int i = 0; i < row->n; i++)
                cells[row->first_cell + (size_t) i] = (gir_idv) {0, GIR_IDV_UNKNOWN};
            if (cs[r].n > 1)
                undecided[nu++] = r;
        }
    }
    /* Several splits of a row: the identities across the table may single
     * one out. */
    if (nu > 0)
        combine(rows, undecided, nu, cs, tm, cells);
    for (size_t r = 0; r < nrows; r++)
        free(cs[r].v);
    free(cs);
    free(own);
    free(undecided);
}
