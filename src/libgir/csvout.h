/* SPDX-License-Identifier: GPL-3.0-or-later */
/* csvout.h - CSV output of reports (RFC 4180, fields quoted by libcsv).
 *
 * One writer per output.  Shapes (see man/gir-csv.1):
 *   GIR_CSV_WIDE    one row per report: source,organ,year,template, then
 *                   one column per cell key: the 2021 keys (keys-2021.tsv
 *                   order), then the keys only 2019 has (keys-2019.tsv
 *                   order); a report fills its own template's columns
 *   GIR_CSV_LONG    source,table,row,col,value: one row per cell
 *   GIR_CSV_GRID    one table (grid_table) as printed, one block per report
 *   GIR_CSV_ISSUES  source,severity,rule,where,expected,found,line,message
 *                   (gir-check --report)
 *
 * Reports are written as they come (bounded memory); the BOM and header
 * are written once, before the first row, or by gir_csv_finish() when
 * there was no report.  Text fields starting with = + - @ TAB or CR get a
 * leading ' (formula-injection guard); numbers are written as they are.
 * Write errors are remembered by the gir_out (main reports them). */
#ifndef GIR_CSVOUT_H
#define GIR_CSVOUT_H

#include <stddef.h>

#include "report.h"
#include "stream.h"

typedef enum { GIR_CSV_WIDE, GIR_CSV_LONG, GIR_CSV_GRID, GIR_CSV_ISSUES } gir_csv_shape;

typedef struct gir_csv_opts {
    gir_csv_shape shape;
    const char *grid_table;     /* "t2", "t3" or "t4" for GIR_CSV_GRID */
    int bom;                    /* UTF-8 BOM first (written with the header) */
    int crlf;                   /* records end in CRLF instead of LF */
    int labels_zh;              /* Chinese header labels */
    int no_header;              /* neither header nor BOM (for concatenation) */
} gir_csv_opts;

typedef struct gir_csv_writer {
    gir_out *out;
    gir_csv_opts opts;
    int started;                /* BOM and header written */
    size_t nfields;             /* fields written in the current record */
    char *scratch, *quoted;     /* buffers for guarding and quoting a field */
    char *prefix;               /* the long shape's source field, written */
    size_t cap_scratch, cap_quoted, cap_prefix;
} gir_csv_writer;

/* 1 if NAME is a table the grid shape can print ("t2", "t3", "t4"). */
int gir_csv_grid_table_ok(const char *name);

void gir_csv_init(gir_csv_writer *w, gir_out *out, const gir_csv_opts *opts);
/* Write R's rows (the BOM and header first, once). */
void gir_csv_report(gir_csv_writer *w, const gir_report *r);
/* Write the BOM and header if no report did (an empty input); free the
 * writer's buffers. */
void gir_csv_finish(gir_csv_writer *w);

/* The --labels=zh header label of column I of template T's own columns
 * (0..3 the meta columns, then T's cells in template order).  Returned in BUF
 * (NUL-terminated, truncated to SIZE). */
void gir_csv_zh_label(const gir_template *t, size_t i, char *buf, size_t size);

/* Field-level writing, for callers that build their own rows. */
void gir_csv_text(gir_csv_writer *w, const char *s);    /* guarded text */
void gir_csv_number(gir_csv_writer *w, const char *s);  /* a number as is; else text */
void gir_csv_end_record(gir_csv_writer *w);

#endif
