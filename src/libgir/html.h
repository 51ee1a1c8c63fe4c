/* SPDX-License-Identifier: GPL-3.0-or-later */
/* html.h - the lines of a published web page, read with libxml2's HTML
 * parser: block elements and table rows become lines, the cells of a row
 * TAB-separated fields with rowspan/colspan expanded; scripts, styles and
 * navigation are dropped.  Each line keeps the source line number of the
 * element it starts at. */
#ifndef GIR_HTML_H
#define GIR_HTML_H

#include <stddef.h>

#include "report.h"

/* Does DATA look like an HTML document (by content, not by name)? */
int gir_looks_like_html(const char *data, size_t len);

/* Extract the lines of the page DATA[0..LEN), read from SOURCE (named in
 * warnings), into *LINES (allocated in A, texts too).  FORCE names the encoding, else <meta charset> or detection
 * decides; *ENCODING receives the name used.  Returns 0 or -1
 * (gir_error_text() says why). */
int gir_html_lines(const char *source, const char *data, size_t len, const char *force, gir_arena *a,
                   gir_line **lines, size_t *nlines, const char **encoding);

#endif
