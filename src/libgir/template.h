/* SPDX-License-Identifier: GPL-3.0-or-later */
/* template.h - the report templates: every cell's key and official labels.
 *
 * The 2021 template (国办公开办函〔2021〕30号) has 200 cells: t2 (10),
 * t3 (25 rows x 7 columns), t4 (15).  The 2019 template (reports for 2019
 * and 2020) has 198: t2 (22, other rows and columns), t3 (23 rows: （六）
 * 其他处理 is one row), t4 (15).  Cells are numbered in keys-NAME.tsv
 * order, which is the order of cell records: t2, then t3 row by row, then
 * t4.  A key names the same thing in both templates (t3.granted.natural);
 * a cell of one template only has a key the other does not use.  The
 * identities between the cells (row sums, column sums, the balance, t4's
 * sums) are data too, generated with the cells. */
#ifndef GIR_TEMPLATE_H
#define GIR_TEMPLATE_H

#include <stddef.h>

#include "identity.h"

typedef enum {
    GIR_KIND_COUNT,                   /* a non-negative integer */
    GIR_KIND_DECIMAL,                 /* a non-negative number (fees, money) */
    GIR_KIND_SIGNED                   /* an integer that may be negative (本年增/减) */
} gir_kind;

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
    const char *name;                 /* "2021", "2019" */
    size_t id;                        /* position in gir_templates */
    size_t ncells;
    const gir_cell_def *cells;
    size_t t3_first;                  /* index of t3's first cell */
    size_t n_t3_rows, n_t3_cols;
    const gir_axis *t3_rows, *t3_cols;
    size_t t4_first;                  /* index of t4's first cell */
    /* Its arithmetic (identities-NAME.tsv), the one meaning gir-check and
     * gir-table's verifier share (identity.h). */
    const gir_identity *identities;
    size_t n_identities;
} gir_template;

extern const gir_template gir_template_2021, gir_template_2019;

/* All templates, newest first (tables kept per template are indexed by
 * its id); and the most cells any of them has (a report's cell vector
 * holds that many, whatever its template). */
#define GIR_N_TEMPLATES 2
extern const gir_template *const gir_templates[GIR_N_TEMPLATES];
#define GIR_TEMPLATE_MAX_CELLS 200

/* The template named NAME ("2021", "2019"), or NULL. */
const gir_template *gir_template_named(const char *name);
/* The template of a report whose meta template is NAME: the one named, or
 * 2021 for "unknown", NULL or anything else (as gir did before 2019). */
const gir_template *gir_template_of_meta(const char *name);

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
