/* SPDX-License-Identifier: GPL-3.0-or-later */
/* identity.c - evaluating the template's identities (see identity.h). */
#include "config.h"
#include "identity.h"

#include <limits.h>
#include <string.h>

/* Add the cells IDX[0..N) to *SUM, a blank one as 0; 0 on overflow. */
static int
add_cells(const gir_idv *cells, const unsigned short *idx, size_t n, long long *sum)
{
    for (size_t i = 0; i < n; i++) {
        const gir_idv *c = &cells[idx[i]];
        if (c->state != GIR_IDV_NUMBER)
            continue;
        if (c->v > 0 ? *sum > LLONG_MAX - c->v : *sum < LLONG_MIN - c->v)
            return 0;
        *sum += c->v;
    }
    return 1;
}

static int
any_in_state(const gir_idv *cells, const unsigned short *idx, size_t n, gir_idv_state state)
{
    for (size_t i = 0; i < n; i++)
        if (cells[idx[i]].state == state)
            return 1;
    return 0;
}

gir_id_result
gir_identity_eval(const gir_identity *id, const gir_idv *cells, long long *left_sum,
                  long long *right_sum)
{
    if (any_in_state(cells, id->given, id->ngiven, GIR_IDV_BLANK))
        return GIR_ID_NOT_GIVEN;
    if (any_in_state(cells, id->left, id->nleft, GIR_IDV_UNKNOWN)
        || any_in_state(cells, id->right, id->nright, GIR_IDV_UNKNOWN)
        || any_in_state(cells, id->given, id->ngiven, GIR_IDV_UNKNOWN))
        return GIR_ID_UNKNOWN;
    long long left = 0, right = 0;
    if (!add_cells(cells, id->left, id->nleft, &left)
        || !add_cells(cells, id->right, id->nright, &right))
        return GIR_ID_UNKNOWN;
    if (left_sum)
        *left_sum = left;
    if (right_sum)
        *right_sum = right;
    return left == right ? GIR_ID_HOLDS : GIR_ID_BROKEN;
}

static int
count_in(const unsigned short *idx, size_t n, size_t first, size_t len)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        k += idx[i] >= first && idx[i] - first < len;
    return k;
}

int
gir_identity_within(const gir_identity *id, size_t first, size_t n)
{
    return count_in(id->left, id->nleft, first, n) == id->nleft
        && count_in(id->right, id->nright, first, n) == id->nright
        && count_in(id->given, id->ngiven, first, n) == id->ngiven;
}

int
gir_identity_touches(const gir_identity *id, size_t first, size_t n)
{
    return count_in(id->left, id->nleft, first, n) > 0
        || count_in(id->right, id->nright, first, n) > 0
        || count_in(id->given, id->ngiven, first, n) > 0;
}

const gir_identity *
gir_identity_find(const gir_identity *ids, size_t n, const char *rule, const char *where)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ids[i].rule, rule) == 0 && strcmp(ids[i].where, where) == 0)
            return &ids[i];
    return NULL;
}
