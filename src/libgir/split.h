/* SPDX-License-Identifier: GPL-3.0-or-later */
/* split.h - a raw report (text or HTML) made into report records:
 * decoding, lines, the six section headings, and meta (organ, year,
 * template, encoding).  gir-split's work, and the first step of every
 * program that is handed a raw report. */
#ifndef GIR_SPLIT_H
#define GIR_SPLIT_H

#include <stddef.h>

#include "report.h"

/* The default bound on one report's size (--max-size): a raw report of
 * at most this many bytes, a report in a stream of at most
 * GIR_STREAM_FACTOR times as many (its records' prefixes and escapes).
 * Real reports are tens to hundreds of KB, a saved web page a few MB;
 * memory is a small multiple of the bound (README, "Resources"). */
#define GIR_DEFAULT_MAX_SIZE ((size_t) 16 << 20)
#define GIR_STREAM_FACTOR 4

typedef struct gir_split_opts {
    const char *encoding;       /* --encoding, or NULL to detect */
    size_t max_size;            /* --max-size; 0: GIR_DEFAULT_MAX_SIZE */
} gir_split_opts;

/* Split the raw report DATA[0..LEN) named SOURCE into R (which must be
 * freshly reset).  Warnings (invalid bytes, missing sections) are issued
 * with gir_warn.  Returns 0, or -1 (gir_error_text() says why). */
int gir_split_raw(gir_report *r, const char *source, const char *data, size_t len,
                  const gir_split_opts *opts);

/* Heading recognition over LINES: fills SECTIONS[0..5] (line 0 where a
 * section was not found); headings are allocated in A. */
void gir_find_sections(const gir_line *lines, size_t n, gir_section sections[6],
                       gir_arena *a);

/* Meta from the title and the tables: organ and year ("" if unknown) and
 * the template name ("2021", "2019" or "unknown"), allocated in A. */
typedef struct gir_meta_found {
    const char *organ, *year, *template_name;
} gir_meta_found;
void gir_find_meta(const gir_line *lines, size_t n, gir_meta_found *m, gir_arena *a);

#endif
