/* SPDX-License-Identifier: GPL-3.0-or-later */
/* template.c - the templates as data (generated from keys-2021.tsv,
 * keys-2019.tsv and the identities-*.tsv beside them by
 * scripts/gen-template). */
#include "config.h"
#include "template.h"

#include <string.h>

#include "template_2019.h"
#include "template_2021.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define TEMPLATE(NAME, ID)                                              \
    {                                                                   \
        .name = #NAME,                                                  \
        .id = ID,                                                       \
        .ncells = COUNT(template_##NAME##_cells),                       \
        .cells = template_##NAME##_cells,                               \
        .t3_first = TEMPLATE_##NAME##_T3_FIRST,                         \
        .n_t3_rows = COUNT(template_##NAME##_t3_rows),                  \
        .n_t3_cols = COUNT(template_##NAME##_t3_cols),                  \
        .t3_rows = template_##NAME##_t3_rows,                           \
        .t3_cols = template_##NAME##_t3_cols,                           \
        .t4_first = TEMPLATE_##NAME##_T3_FIRST                          \
            + COUNT(template_##NAME##_t3_rows) * COUNT(template_##NAME##_t3_cols), \
        .identities = template_##NAME##_identities,                     \
        .n_identities = COUNT(template_##NAME##_identities),            \
    }

const gir_template gir_template_2021 = TEMPLATE(2021, 0);
const gir_template gir_template_2019 = TEMPLATE(2019, 1);

const gir_template *const gir_templates[GIR_N_TEMPLATES] = {&gir_template_2021,
                                                             &gir_template_2019};

_Static_assert(COUNT(template_2021_cells) <= GIR_TEMPLATE_MAX_CELLS
               && COUNT(template_2019_cells) <= GIR_TEMPLATE_MAX_CELLS,
               "GIR_TEMPLATE_MAX_CELLS is the largest template");

const gir_template *
gir_template_named(const char *name)
{
    for (size_t i = 0; name && i < COUNT(gir_templates); i++)
        if (strcmp(gir_templates[i]->name, name) == 0)
            return gir_templates[i];
    return NULL;
}

const gir_template *
gir_template_of_meta(const char *name)
{
    const gir_template *t = gir_template_named(name);
    return t ? t : &gir_template_2021;
}

static int
cell_is(const gir_cell_def *c, const char *table, const char *row, const char *col)
{
    return strcmp(c->col, col) == 0 && strcmp(c->row, row) == 0
        && strcmp(c->table, table) == 0;
}

int
gir_template_index(const gir_template *t, const char *table, const char *row,
                   const char *col, int hint)
{
    if (hint >= 0 && (size_t) hint < t->ncells && cell_is(&t->cells[hint], table, row, col))
        return hint;
    for (size_t i = 0; i < t->ncells; i++)
        if (cell_is(&t->cells[i], table, row, col))
            return (int) i;
    return -1;
}

int
gir_template_key_index(const gir_template *t, const char *key)
{
    for (size_t i = 0; i < t->ncells; i++)
        if (strcmp(t->cells[i].key, key) == 0)
            return (int) i;
    return -1;
}

static int
axis_find(const gir_axis *a, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(a[i].name, name) == 0)
            return (int) i;
    return -1;
}

int
gir_t3_row(const gir_template *t, const char *name)
{
    return axis_find(t->t3_rows, t->n_t3_rows, name);
}

int
gir_t3_col(const gir_template *t, const char *name)
{
    return axis_find(t->t3_cols, t->n_t3_cols, name);
}
