/* SPDX-License-Identifier: GPL-3.0-or-later */
/* verify.c */
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

static int row_sum_holds(const row *w);

/* Do the row's own sums (t3's six applicant columns make 总计, t4's
 * 维持+纠正+其他+尚未审结 = 总计 in each group) hold, every total given
 * (not blank)?  A reading that needed a choice is taken only then. */
int
row_sum_given_holds(const row *w)
{
    int groups = w->n == 7 ? 1 : w->n == 15 ? 3 : 0, width = w->n == 7 ? 7 : 5;
    for (int gr = 0; gr < groups; gr++)
        if (!*w->value[gr * width + width - 1])
            return 0;
    return groups > 0 && row_sum_holds(w);
}


/* Does the row hold a number joined from digits stacked in a narrow
 * column (table_tok.c)? */
static int
uses_stack(const table *t, const row *w)
{
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (t->g.toks.v[i].stacked && is_value(&t->g.toks.v[i]))
            return 1;
    return 0;
}


/* A stacked pair is one number only when the row says so too: t3's row
 * sum (the six applicant columns make 总计) or t4's three group sums
 * (维持+纠正+其他+尚未审结 = 总计).  Rows without such a sum (t2), or
 * whose sum fails, are left empty: two lone numbers of the rows above
 * and below would read the same. */
static int
row_sum_holds(const row *w)
{
    long long v[MAXVALS];
    for (int c = 0; c < w->n; c++) {
        v[c] = 0;
        if (*w->value[c] && gir_number_scaled(w->value[c], 0, &v[c]) != 0)
            return 0;
    }
    int groups = w->n == 7 ? 1 : w->n == 15 ? 3 : 0, width = w->n == 7 ? 7 : 5;
    for (int gr = 0; gr < groups; gr++) {
        long long sum = 0;
        for (int c = 0; c < width - 1; c++)
            sum += v[gr * width + c];
        if (sum != v[gr * width + width - 1])
            return 0;
    }
    return groups > 0;
}


void
check_stacks(table *t)
{
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state == ROW_READ && uses_stack(t, w) && !row_sum_holds(w)) {
            w->state = ROW_FOUND;
            w->stack_unsure = 1;
        }
    }
}


void
solve_glued(table *t)
{
    gir_glued_row rows[32];
    int any = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        memset(&rows[k], 0, sizeof rows[k]);
        rows[k].n = w->n;
        if (w->state == ROW_GLUED) {
            rows[k] = w->glued;
            any = 1;
        } else if (w->state == ROW_READ) {
            rows[k].state = GIR_GLUED_KNOWN;
            for (int c = 0; c < w->n; c++) {
                int ok = gir_number_scaled(w->value[c], 0, &rows[k].val[c]) == 0;
                rows[k].blank[c] = !*w->value[c];
                if (!ok && *w->value[c])
                    rows[k].state = GIR_GLUED_MISSING;  /* a decimal: no identity */
            }
        }
    }
    if (!any)
        return;
    gir_glued_table kind = strcmp(t->name, "t3") == 0 ? GIR_GLUED_T3
        : strcmp(t->name, "t4") == 0 ? GIR_GLUED_T4 : GIR_GLUED_T2;
    gir_glued_solve(rows, t->nrows, kind);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_GLUED)
            continue;
        w->glued = rows[k];
        if (!rows[k].solved)
            continue;
        for (int c = 0; c < w->n; c++) {
            const gir_tok *tk = &t->g.toks.v[w->piece_tok[rows[k].piece_of[c]]];
            w->value[c] = rows[k].blank[c] ? ""
                : gir_arena_printf(&t->r->arena, "%lld", rows[k].val[c]);
            w->line[c] = tk->line;
        }
        w->state = ROW_READ;
    }
}

