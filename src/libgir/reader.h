/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader.h - the reports of a list of inputs, one at a time.
 *
 * Each input is either a gir stream (its first line is a 'report' record)
 * holding any number of reports, or a raw report (text or HTML), which is
 * split in-process as if gir-split had run first.  Only one report is in
 * memory at a time. */
#ifndef GIR_READER_H
#define GIR_READER_H

#include <stddef.h>

#include "report.h"
#include "split.h"
#include "stream.h"

/* The next input name, or NULL when there are no more.  The name must
 * stay valid until the next call. */
typedef const char *gir_next_name_fn(void *ctx);

typedef struct gir_reader {
    char *const *paths;         /* inputs; none means standard input */
    size_t npaths, next;
    gir_next_name_fn *next_name;  /* or inputs from here, when set */
    void *next_name_ctx;
    gir_split_opts opts;
    gir_in in;
    int in_open;
    int in_stream;              /* the open input is a gir stream */
    const char *cur;            /* name of the open input */
} gir_reader;

void gir_reader_init(gir_reader *rd, char *const *paths, size_t npaths,
                     const gir_split_opts *opts);
/* Inputs named one at a time by NEXT (--files0-from), so that a list of
 * any length takes the memory of one name; no name means no input. */
void gir_reader_init_names(gir_reader *rd, gir_next_name_fn *next, void *ctx,
                           const gir_split_opts *opts);
/* Read the next report into R (which is reset first).  Returns 1 for a
 * report, 0 when all inputs are done, -1 when input rd->cur could not be
 * read (gir_error_text() says why; call again to go on with the next). */
int gir_reader_next(gir_reader *rd, gir_report *r);
void gir_reader_close(gir_reader *rd);

#endif
