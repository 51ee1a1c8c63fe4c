/* template.c - the 2021 template as data (generated from keys-2021.tsv). */
#include "config.h"
#include "template.h"

#include <string.h>

#include "template_2021.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const gir_template gir_template_2021 = {
    .name = "2021",
    .ncells = COUNT(template_2021_cells),
    .cells = template_2021_cells,
    .t3_first = 10,
    .n_t3_rows = COUNT(template_2021_t3_rows),
    .n_t3_cols = COUNT(template_2021_t3_cols),
    .t3_rows = template_2021_t3_rows,
    .t3_cols = template_2021_t3_cols,
    .t4_first = 10 + COUNT(template_2021_t3_rows) * COUNT(template_2021_t3_cols),
};

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
