/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pdf.h - the lines of a PDF (poppler-glib), read with each word's
 * position: lines by position, a table's rows as TAB-separated cells placed
 * by the words' x extents (see pdf.c). */
#ifndef GIR_PDF_H
#define GIR_PDF_H

#include <stddef.h>

#include "report.h"

/* Limits: a PDF of more pages is refused (its text is read one page at a
 * time, each page freed before the next, so memory is one page plus the
 * lines); a page with more characters is refused too. */
enum { GIR_PDF_MAX_PAGES = 10000, GIR_PDF_MAX_PAGE_CHARS = 200000 };

/* Read the PDF DATA[0..LEN) from SOURCE into *LINES (allocated in A).  LINE
 * of each line is its number in the lines written (1, 2, ... over the whole
 * document).  Returns 0, or -1 (gir_error_text() says why and what to do:
 * no text layer, encrypted, damaged). */
int gir_pdf_lines(const char *source, const char *data, size_t len, gir_arena *a,
                  gir_line **lines, size_t *nlines);

#endif
