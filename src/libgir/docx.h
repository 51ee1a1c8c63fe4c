/* SPDX-License-Identifier: GPL-3.0-or-later */
/* docx.h - the lines of a Word .docx (libzip + libxml2): each paragraph of
 * word/document.xml a line, each table row a line of TAB-separated cells
 * with gridSpan/vMerge expanded as grid.c expands colspan/rowspan. */
#ifndef GIR_DOCX_H
#define GIR_DOCX_H

#include <stddef.h>

#include "report.h"

/* word/document.xml may inflate to at most this many bytes (a zip bomb
 * stops here; the longest real reports are well under 1 MiB). */
#define GIR_DOCX_MAX_PART ((size_t) 64 << 20)

/* Read the .docx DATA[0..LEN) from SOURCE into *LINES (allocated in A).
 * LINE of each line is its number in the lines written (1, 2, ...).
 * Returns 0, or -1 (gir_error_text() says why and what to do). */
int gir_docx_lines(const char *source, const char *data, size_t len, gir_arena *a,
                   gir_line **lines, size_t *nlines);

/* The same from word/document.xml itself, XML[0..XLEN) (the fuzzer's
 * way in, past the zip's checksums); only in a build with .docx support. */
int gir_docx_xml_lines(const char *xml, size_t xlen, gir_arena *a, gir_line **lines,
                       size_t *nlines);

#endif
