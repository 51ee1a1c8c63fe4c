/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table_glued.h - splitting digit runs that lost their cell borders.
 *
 * A scraped page can print a row as `640020470` (64,0,0,2,0,4,70).  Such a
 * run is split only when the template's identities (identity.h, the same
 * data and meaning gir-check uses) single out one split: a split is kept
 * only when the row's own identities (those whose cells all lie in the
 * row: t3's row sum, t4's group sums) are all given and hold, and there
 * is at least one; it is taken when it is the row's only such split, or
 * when the identities touching the row across the table (t3's column
 * sums, the balance 本年新收 + 上年结转 = 总计 + 结转下年度) single one
 * out.  A page without cell borders does not print blank cells either,
 * so every placement of the pieces whole, one cell each in order and the
 * other cells blank, is a reading beside the splits, weighed the same
 * way.  Anything else is left unsolved: the caller leaves those cells
 * empty and says so.  t2 has no identity: its runs stay unsplit, whatever
 * their length. */
#ifndef GIR_TABLE_GLUED_H
#define GIR_TABLE_GLUED_H

#include <stddef.h>

#include "template.h"

#define GIR_GLUED_MAXVALS 15
#define GIR_GLUED_MAXPIECES 16

typedef enum {
    GIR_GLUED_MISSING,  /* the row was not read: identities with it are skipped */
    GIR_GLUED_KNOWN,    /* values read normally */
    GIR_GLUED_RUNS      /* pieces to split into n values */
} gir_glued_state;

typedef struct gir_glued_row {
    gir_glued_state state;
    size_t first_cell;                      /* template index of its first cell */
    int n;                                  /* values in the row: cells first_cell.. */
    /* KNOWN, and the result of a solved RUNS row: */
    long long val[GIR_GLUED_MAXVALS];
    unsigned char blank[GIR_GLUED_MAXVALS];
    /* RUNS: the value tokens in order; a run of digits may hold several
     * cells, anything else (a placeholder, a decimal) exactly one. */
    const char *piece[GIR_GLUED_MAXPIECES];
    unsigned char piece_run[GIR_GLUED_MAXPIECES];
    size_t npieces;
    /* Result for RUNS rows. */
    int solved;
    int piece_of[GIR_GLUED_MAXVALS];        /* which piece each value came from */
    size_t nsplits;                         /* splits the row's own length allows */
} gir_glued_row;

/* Solve the RUNS rows of a table in place against the identities of its
 * template TM.  ROWS are the table's rows (any order); each names its
 * cells by first_cell and n. */
void gir_glued_solve(gir_glued_row *rows, size_t nrows, const gir_template *tm);

/* Is any piece of the row's tokens a run that could hold several cells,
 * and do the pieces hold enough digits for N cells?  NPIECES tokens. */
int gir_glued_possible(const char *const *piece, const unsigned char *run, size_t npieces,
                       int n);

#endif
