/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table_glued.h - splitting digit runs that lost their cell borders.
 *
 * A scraped page can print a row as `640020470` (64,0,0,2,0,4,70).  Such a
 * run is split only when identities single out one split: a split is
 * kept only when the row's own identities (t3 row sum, t4's group sums)
 * are given and hold, and it is taken when it is the row's only such
 * split, or when the t3 column identities (column sums of the result
 * rows, the balance 本年新收 + 上年结转 = 总计 + 结转下年度) single one
 * out across the table.  Anything else is left unsolved: the caller
 * leaves those cells empty and says so.  t2 has no identity: its runs
 * stay unsplit, whatever their length. */
#ifndef GIR_TABLE_GLUED_H
#define GIR_TABLE_GLUED_H

#include <stddef.h>

#define GIR_GLUED_MAXVALS 15
#define GIR_GLUED_MAXPIECES 16

typedef enum {
    GIR_GLUED_MISSING,  /* the row was not read: identities with it are skipped */
    GIR_GLUED_KNOWN,    /* values read normally */
    GIR_GLUED_RUNS      /* pieces to split into n values */
} gir_glued_state;

typedef struct gir_glued_row {
    gir_glued_state state;
    int n;                                  /* values in the row */
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

typedef enum { GIR_GLUED_T2, GIR_GLUED_T3, GIR_GLUED_T4 } gir_glued_table;

/* Solve the RUNS rows of a table in place (for T3, ROWS are the 25 rows
 * of the 2021 template or the 23 of the 2019 one, in template order; for
 * T4 the one row of 15; for T2 its rows). */
void gir_glued_solve(gir_glued_row *rows, size_t nrows, gir_glued_table table);

/* Is any piece of the row's tokens a run that could hold several cells,
 * and do the pieces hold enough digits for N cells?  NPIECES tokens. */
int gir_glued_possible(const char *const *piece, const unsigned char *run, size_t npieces,
                       int n);

#endif
