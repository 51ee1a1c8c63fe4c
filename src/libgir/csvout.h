/* csvout.h - CSV output of reports (written with libcsv). */
#ifndef GIR_CSVOUT_H
#define GIR_CSVOUT_H

#include "report.h"
#include "stream.h"

typedef enum { GIR_CSV_WIDE, GIR_CSV_LONG, GIR_CSV_GRID, GIR_CSV_ISSUES } gir_csv_shape;

typedef struct gir_csv_opts {
    gir_csv_shape shape;
    const char *grid_table;     /* "t2", "t3" or "t4" for GIR_CSV_GRID */
    int bom, crlf, labels_zh, no_header;
} gir_csv_opts;

typedef struct gir_csv_writer {
    gir_out *out;
    gir_csv_opts opts;
    int started;                /* BOM and header written */
} gir_csv_writer;

void gir_csv_init(gir_csv_writer *w, gir_out *out, const gir_csv_opts *opts);
/* Write R's rows (the BOM and header first, once). */
void gir_csv_report(gir_csv_writer *w, const gir_report *r);
/* Write the BOM and header if no report did (an empty input). */
void gir_csv_finish(gir_csv_writer *w);

#endif
