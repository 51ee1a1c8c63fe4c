/* html.c - web pages into lines (see html.h).  Not written yet. */
#include "config.h"
#include "html.h"

#include "diag.h"

int
gir_looks_like_html(const char *data, size_t len)
{
    (void) data;
    (void) len;
    return 0;
}

int
gir_html_lines(const char *data, size_t len, const char *force, gir_arena *a,
               gir_line **lines, size_t *nlines, const char **encoding)
{
    (void) data; (void) len; (void) force; (void) a;
    *lines = NULL;
    *nlines = 0;
    *encoding = "UTF-8";
    gir_error_set("HTML input is not supported yet");
    return -1;
}
