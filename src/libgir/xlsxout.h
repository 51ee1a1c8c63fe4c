/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xlsxout.h - the reviewer's workbook (gir-xlsx, SPEC §7a), written with
 * libxlsxwriter.
 *
 * Sheets:
 *   报告  one row per report: the meta columns and the wide columns of
 *         columns.h, numbers as numbers, blank cells blank; three header
 *         rows (table and row label merged over the row's columns, column
 *         label, key), frozen with the source and organ columns;
 *         autofilter.  A cell an issue points at (gir_check_issue_cell) is
 *         filled (error: red; cell.missing, cell.unread: grey; another
 *         warning: yellow) and has a comment naming the rules.
 *   问题  one row per issue: severity, rule, where (a link to the cell in
 *         报告), its Chinese label, expected, found, source, line, message.
 *   with grid: one sheet per report with its tables 二, 三, 四 as printed,
 *         labels merged as the template merges them.
 *
 * Memory: the workbook is written in libxlsxwriter's constant_memory
 * mode, each row flushed to a temporary file when the next one starts, so
 * the two main sheets take the memory of one row whatever the number of
 * reports.  What libxlsxwriter keeps until the end is bounded here:
 * links (the first GIR_XLSX_MAX_LINKS issues; the others link with a
 * HYPERLINK formula, which is written with its row) and comments (at most
 * GIR_XLSX_MAX_COMMENTS; past them a cell is filled without one): about
 * 300 and 500 bytes each.  Grid sheets are
 * kept whole until the end (they merge cells up and down), so --grid is
 * for reading some reports, not for a batch of thousands.
 *
 * The workbook is built in a temporary file (libxlsxwriter writes to a
 * named file) that gir_xlsx_close() copies to the output and removes; a
 * signal that ends the program removes it too. */
#ifndef GIR_XLSXOUT_H
#define GIR_XLSXOUT_H

#include <stddef.h>

#include "report.h"
#include "stream.h"

#define GIR_XLSX_MAX_LINKS 20000
#define GIR_XLSX_MAX_COMMENTS 10000

typedef struct gir_xlsx_opts {
    int grid;                   /* a sheet per report with its tables as printed */
} gir_xlsx_opts;

typedef struct gir_xlsx_writer gir_xlsx_writer;

/* A new workbook in a temporary file; NULL with gir_error_set() when the
 * file cannot be made. */
gir_xlsx_writer *gir_xlsx_open(const gir_xlsx_opts *opts);
/* Add report R (its cells and issues as they are: run the table and check
 * steps first).  0, or -1 with gir_error_set() (the workbook is then
 * unusable: call gir_xlsx_discard). */
int gir_xlsx_report(gir_xlsx_writer *w, const gir_report *r);
/* Finish the workbook and copy it to OUT; the temporary file is removed
 * and W freed whatever happens.  0, or -1 with gir_error_set() when the
 * workbook could not be finished (a write error on OUT is remembered by
 * OUT, for main to report). */
int gir_xlsx_close(gir_xlsx_writer *w, gir_out *out);
/* Remove the temporary file and free W, writing nothing. */
void gir_xlsx_discard(gir_xlsx_writer *w);

#endif
