/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag.c - the shared diagnostic format (see diag.h). */
#include "config.h"
#include "diag.h"

#include <stdio.h>
#include <string.h>

const char *gir_progname = "gir";
int gir_quiet = 0;
unsigned long gir_warnings = 0;

static char error_text[512];

void
gir_diag_init(const char *argv0)
{
    const char *slash = argv0 ? strrchr(argv0, '/') : NULL;
    gir_progname = slash ? slash + 1 : (argv0 && *argv0 ? argv0 : "gir");
    /* libtool wrappers and sanitizer builds may prefix "lt-". */
    if (strncmp(gir_progname, "lt-", 3) == 0)
        gir_progname += 3;
}

void
gir_vdiag(int is_warning, const char *source, long line, const char *fmt, va_list ap)
{
    if (is_warning) {
        gir_warnings++;
        if (gir_quiet)
            return;
    }
    /* One fprintf of a prepared line, so that concurrent writers to one
     * stderr (xargs -P, parallel) do not interleave within a line. */
    char msg[2048];
    int n;
    /* The severity after the place, as compilers write it, so that
     * grep ': error: ' finds what decides the exit status. */
    const char *severity = is_warning ? "warning" : "error";
    if (source && line > 0)
        n = snprintf(msg, sizeof msg, "%s: %s:%ld: %s: ", gir_progname, source, line, severity);
    else if (source)
        n = snprintf(msg, sizeof msg, "%s: %s: %s: ", gir_progname, source, severity);
    else
        n = snprintf(msg, sizeof msg, "%s: %s: ", gir_progname, severity);
    if (n < 0 || (size_t) n >= sizeof msg)
        n = 0;
    vsnprintf(msg + n, sizeof msg - (size_t) n, fmt, ap);
    fprintf(stderr, "%s\n", msg);
}

void
gir_warn(const char *source, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gir_vdiag(1, source, line, fmt, ap);
    va_end(ap);
}

void
gir_errmsg(const char *source, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gir_vdiag(0, source, line, fmt, ap);
    va_end(ap);
}

void
gir_error_set(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error_text, sizeof error_text, fmt, ap);
    va_end(ap);
}

const char *
gir_error_text(void)
{
    return error_text[0] ? error_text : "unknown error";
}
