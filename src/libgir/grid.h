/* SPDX-License-Identifier: GPL-3.0-or-later */
/* grid.h - a table with merged cells as lines of TAB-separated fields.
 *
 * Every reader that sees a table's structure (HTML's rowspan/colspan,
 * Word's gridSpan/vMerge, a PDF's columns) hands its rows here, so that
 * all of them write merged cells the same way and gir-table reads them
 * as one kind of TSV (see grid.c for the rules). */
#ifndef GIR_GRID_H
#define GIR_GRID_H

#include <stddef.h>

#include "report.h"

enum {
    GIR_GRID_MAX_COLSPAN = 64,      /* a cell spans at most this many columns */
    GIR_GRID_MAX_ROWSPAN = 1000,    /* ... and this many rows */
    GIR_GRID_MAX_COLS = 256         /* a row has at most this many columns */
};

typedef struct gir_grid_cell {
    char *text;             /* trimmed, NUL-terminated, malloc'd (gir_grid_free frees it) */
    long colspan;           /* as given: clamped to 1..GIR_GRID_MAX_COLSPAN */
    long rowspan;           /* as given: 0 = to the end of the table; clamped */
} gir_grid_cell;

typedef struct gir_grid_row {
    gir_grid_cell *cells;
    size_t n, cap;
    long line;              /* the source line the row's line carries */
} gir_grid_row;

typedef struct gir_grid {
    gir_grid_row *rows;
    size_t n, cap;
} gir_grid;

/* Start a new row (source line LINE) and add a cell to the last row. */
void gir_grid_add_row(gir_grid *g, long line);
void gir_grid_add_cell(gir_grid *g, const char *text, size_t len, long colspan, long rowspan);

/* The width of the grid once spans are placed. */
size_t gir_grid_width(const gir_grid *g);

/* Write grid G as lines: EMIT(CTX, LINE, TEXT, LEN) once for each row that
 * has text.  Returns how many cells past GIR_GRID_MAX_COLS were dropped. */
typedef void gir_grid_emit_fn(void *ctx, long line, const char *text, size_t len);
size_t gir_grid_emit(const gir_grid *g, gir_grid_emit_fn *emit, void *ctx);

void gir_grid_free(gir_grid *g);

/* A growing array of lines whose texts live in an arena: what the
 * readers of structured formats build and hand to gir_split_raw. */
typedef struct gir_line_list {
    gir_arena *a;
    gir_line *v;            /* malloc'd while growing */
    size_t n, cap;
} gir_line_list;

void gir_line_list_add(gir_line_list *l, long line, const char *text, size_t len);
gir_grid_emit_fn gir_line_list_emit;      /* CTX is a gir_line_list */
/* Move the lines into the arena: *LINES, *NLINES; the list is empty after. */
void gir_line_list_finish(gir_line_list *l, gir_line **lines, size_t *nlines);
void gir_line_list_free(gir_line_list *l);

#endif
