/* template.h - the report template: every cell's key and official labels.
 *
 * The 2021 template (国办公开办函〔2021〕30号) has 200 cells: t2 (10),
 * t3 (25 rows x 7 columns), t4 (15).  Cells are numbered in keys-2021.tsv
 * order, which is the order of cell records and of the wide CSV columns:
 * t2, then t3 row by row, then t4. */
#ifndef GIR_TEMPLATE_H
#define GIR_TEMPLATE_H

#include <stddef.h>

typedef enum { GIR_KIND_COUNT, GIR_KIND_DECIMAL } gir_kind;

typedef struct gir_cell_def {
    const char *table, *row, *col;
    const char *key;                  /* "t3.granted.natural" */
    const char *label_row, *label_col; /* official Chinese labels */
    gir_kind kind;
} gir_cell_def;

typedef struct gir_axis {
    const char *name;                 /* "granted" */
    const char *label;                /* "（一）予以公开" */
} gir_axis;

typedef struct gir_template {
    const char *name;                 /* "2021" */
    size_t ncells;
    const gir_cell_def *cells;
    size_t t3_first;                  /* index of t3's first cell */
    size_t n_t3_rows, n_t3_cols;
    const gir_axis *t3_rows, *t3_cols;
    size_t t4_first;                  /* index of t4's first cell */
} gir_template;

extern const gir_template gir_template_2021;

/* Index of the cell TABLE ROW COL, or -1.  HINT, when >= 0, is tried first
 * (cell records usually come in template order). */
int gir_template_index(const gir_template *t, const char *table,
                       const char *row, const char *col, int hint);
/* Index of the cell with dotted KEY ("t3.granted.natural"), or -1. */
int gir_template_key_index(const gir_template *t, const char *key);
/* Index of a t3 cell by row and column number. */
static inline size_t
gir_t3_cell(const gir_template *t, size_t row, size_t col)
{
    return t->t3_first + row * t->n_t3_cols + col;
}
/* Index of a t3 row or column by name, or -1. */
int gir_t3_row(const gir_template *t, const char *name);
int gir_t3_col(const gir_template *t, const char *name);

#endif
