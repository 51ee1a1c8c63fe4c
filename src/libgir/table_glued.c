/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table_glued.c - the glued-digit solver (see table_glued.h).
 *
 * Each RUNS row's splits are enumerated (no part with a leading zero,
 * parts of at most 9 digits) and filtered by the identities local to the
 * row (t3 row sum, t4 group sums), which must be given.  A row left with
 * one split is solved; rows left with several are combined with the
 * others against the t3 column identities, and solved when every
 * admitted combination gives them the same values. */
#include "config.h"
#include "table_glued.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define MAX_CANDIDATES 4096     /* per row; more is ambiguity, not work */
#define MAX_COMBINATIONS 200000L

/* t3 has 25 rows in the 2021 template, 23 in the 2019 one; in both the
 * result rows run from the third to (七)总计, the second last row. */
enum { T3_ROWS = 25, T3_ROWS_2019 = 23, T3_COLS = 7, T3_FIRST_RESULT = 2 };

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

/* Split pieces [PI..) into the values [VI..N) of C. */
static void
enumerate(const gir_glued_row *r, size_t pi, size_t off, int vi, cand *c, cands *out)
{
    if (out->overflow)
        return;
    if (pi == r->npieces) {
        if (vi == r->n) {
            if (out->n == MAX_CANDIDATES) {
                out->overflow = 1;
                return;
            }
            out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
            out->v[out->n++] = *c;
        }
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

/* Does the row identity hold?  A blank total means "not given" (SPEC §6):
 * then the identity says nothing, and GIVEN is cleared. */
static int
sum_holds(const long long *v, const unsigned char *blank, int first, int nparts, int *given)
{
    if (blank[first + nparts]) {
        *given = 0;
        return 1;
    }
    long long s = 0;
    for (int i = 0; i < nparts; i++)
        s += v[first + i];
    return s == v[first + nparts];
}

/* Do the row's own identities (t3 row sum, t4 group sums) hold, every one
 * of them given?  A split is a reading that needed inference: only a
 * given identity can confirm it, and one it breaks is never taken.  t2's
 * rows have no identity, so their runs are never split. */
static int
row_identities_confirm(const cand *c, gir_glued_table table)
{
    int given = 1;
    if (table == GIR_GLUED_T3)
        return sum_holds(c->val, c->blank, 0, 6, &given) && given;
    if (table == GIR_GLUED_T4)
        return sum_holds(c->val, c->blank, 0, 4, &given) && sum_holds(c->val, c->blank, 5, 4, &given)
            && sum_holds(c->val, c->blank, 10, 4, &given) && given;
    return 0;
}

/* The t3 column identities over the current choice of every row. */
static int
t3_columns_hold(const long long *const *val, const unsigned char *const *blank,
                const int *have, size_t nrows)
{
    const int T3_TOTAL = (int) nrows - 2, T3_FORWARD = (int) nrows - 1;
    for (int col = 0; col < T3_COLS; col++) {
        if (have[T3_TOTAL] && !blank[T3_TOTAL][col]) {
            long long s = 0;
            int all = 1;
            for (int r = T3_FIRST_RESULT; r < T3_TOTAL; r++) {
                all &= have[r];
                if (have[r])
                    s += val[r][col];
            }
            if (all && s != val[T3_TOTAL][col])
                return 0;
        }
        if (have[0] && have[1] && have[T3_TOTAL] && have[T3_FORWARD] && !blank[T3_TOTAL][col]
            && val[0][col] + val[1][col] != val[T3_TOTAL][col] + val[T3_FORWARD][col])
            return 0;
    }
    return 1;
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

/* Try every combination of the rows' candidates; a row is solved when all
 * admitted combinations agree on it. */
static void
combine_t3(gir_glued_row *rows, size_t nrows, cands *cs)
{
    const long long *val[T3_ROWS];
    const unsigned char *blank[T3_ROWS];
    int have[T3_ROWS], pick[T3_ROWS], first[T3_ROWS], agree[T3_ROWS];
    long combos = 1;
    for (size_t r = 0; r < nrows; r++) {
        have[r] = rows[r].state != GIR_GLUED_MISSING && (rows[r].state == GIR_GLUED_KNOWN
                                                          || cs[r].n > 0);
        pick[r] = 0;
        first[r] = -1;
        agree[r] = 1;
        if (rows[r].state == GIR_GLUED_KNOWN) {
            val[r] = rows[r].val;
            blank[r] = rows[r].blank;
        } else if (rows[r].state == GIR_GLUED_RUNS && cs[r].n > 0) {
            combos *= (long) cs[r].n;
            if (combos > MAX_COMBINATIONS)
                return;
        }
    }
    long solutions = 0;
    for (;;) {
        for (size_t r = 0; r < nrows; r++)
            if (rows[r].state == GIR_GLUED_RUNS && cs[r].n > 0) {
                val[r] = cs[r].v[pick[r]].val;
                blank[r] = cs[r].v[pick[r]].blank;
            }
        if (t3_columns_hold(val, blank, have, nrows)) {
            solutions++;
            for (size_t r = 0; r < nrows; r++)
                if (rows[r].state == GIR_GLUED_RUNS && cs[r].n > 0) {
                    if (first[r] < 0)
                        first[r] = pick[r];
                    else if (!same_cand(&cs[r].v[first[r]], &cs[r].v[pick[r]], rows[r].n))
                        agree[r] = 0;
                }
        }
        /* Next combination (odometer). */
        size_t r = 0;
        for (; r < nrows; r++) {
            if (rows[r].state != GIR_GLUED_RUNS || cs[r].n == 0)
                continue;
            if (++pick[r] < (int) cs[r].n)
                break;
            pick[r] = 0;
        }
        if (r == nrows)
            break;
    }
    if (solutions == 0)
        return;
    for (size_t r = 0; r < nrows; r++)
        if (rows[r].state == GIR_GLUED_RUNS && cs[r].n > 1 && agree[r])
            adopt(&rows[r], &cs[r].v[first[r]]);
}

void
gir_glued_solve(gir_glued_row *rows, size_t nrows, gir_glued_table table)
{
    cands *cs = xcalloc(nrows, sizeof *cs);
    for (size_t r = 0; r < nrows; r++) {
        gir_glued_row *row = &rows[r];
        row->solved = 0;
        if (row->state != GIR_GLUED_RUNS)
            continue;
        cand c;
        memset(&c, 0, sizeof c);
        enumerate(row, 0, 0, 0, &c, &cs[r]);
        row->nsplits = cs[r].overflow ? (size_t) -1 : cs[r].n;
        /* Keep the splits the row's own identities confirm; too many
         * splits to list is ambiguity, none kept. */
        size_t keep = 0;
        for (size_t i = 0; i < cs[r].n && !cs[r].overflow; i++)
            if (row_identities_confirm(&cs[r].v[i], table))
                cs[r].v[keep++] = cs[r].v[i];
        cs[r].n = keep;
        /* Singled out by its own row: taken, whatever the rest of the
         * table says (a report that breaks a column identity is an error
         * for gir-check, not a reason to drop the row). */
        if (cs[r].n == 1)
            adopt(row, &cs[r].v[0]);
    }
    /* Several splits of a row: the t3 column identities across the table
     * may single one out. */
    if (table == GIR_GLUED_T3 && (nrows == T3_ROWS || nrows == T3_ROWS_2019))
        combine_t3(rows, nrows, cs);
    for (size_t r = 0; r < nrows; r++)
        free(cs[r].v);
    free(cs);
}
