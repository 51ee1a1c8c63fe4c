/* SPDX-License-Identifier: GPL-3.0-or-later */
/* binary.h - input that is not text, recognised by its content (never by
 * its name): PDF and Word .docx are read into lines (pdf.c, docx.c);
 * anything else known to hold no text we can read (a legacy .doc/.wps/.xls,
 * a zip that is no Word document, an image, an executable, gzip data,
 * bytes that are mostly control characters) is refused
 * with a message that says what it is and the way on. */
#ifndef GIR_BINARY_H
#define GIR_BINARY_H

#include <stddef.h>

#include "report.h"

typedef enum gir_binary_kind {
    GIR_BIN_NONE,           /* text (or HTML): decode.c reads it */
    GIR_BIN_PDF,
    GIR_BIN_ZIP,            /* a .docx, or some other zip */
    GIR_BIN_OLE2,           /* legacy Office/WPS compound file */
    GIR_BIN_IMAGE,
    GIR_BIN_EXECUTABLE,
    GIR_BIN_GZIP,
    GIR_BIN_CONTROL         /* mostly control bytes: no text encoding at all */
} gir_binary_kind;

gir_binary_kind gir_binary_sniff(const char *data, size_t len);

/* What gir_binary_lines names the formats it reads: gir-split writes it
 * as the report's meta encoding, and the table core asks it of a PDF's
 * lines (they are set on a grid of the page's glyphs). */
#define GIR_FORMAT_PDF "PDF"
#define GIR_FORMAT_DOCX "DOCX"

/* Read binary input DATA[0..LEN) of kind KIND (not GIR_BIN_NONE) from
 * SOURCE into *LINES (in A); *FORMAT names what was read (GIR_FORMAT_PDF,
 * GIR_FORMAT_DOCX).
 * Returns 0, or -1 with gir_error_text() saying what the input is and
 * what to do with it. */
int gir_binary_lines(gir_binary_kind kind, const char *source, const char *data, size_t len,
                     gir_arena *a, gir_line **lines, size_t *nlines, const char **format);

#endif
