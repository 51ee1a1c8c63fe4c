/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "pdf.h"
#include "diag.h"

int
gir_pdf_lines(const char *source, const char *data, size_t len, gir_arena *a,
              gir_line **lines, size_t *nlines)
{
    (void) source, (void) data, (void) len, (void) a;
    *lines = NULL;
    *nlines = 0;
    gir_error_set("a PDF, and this gir was built without PDF support (poppler-glib); "
                  "convert it with 'pdftotext -layout FILE' and read the .txt");
    return -1;
}
