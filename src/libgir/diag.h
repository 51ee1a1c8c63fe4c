/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag.h - diagnostics in the one format all programs share:
 *     gir-PROG: SOURCE:LINE: SEVERITY: message
 *     gir-PROG: SOURCE: SEVERITY: message    (LINE 0: no line applies)
 *     gir-PROG: SEVERITY: message            (SOURCE NULL: no place applies)
 * SEVERITY is "warning" or "error".  -q (gir_quiet) silences warnings,
 * never errors.
 *
 * Warnings are the library's way to say what it could not do with
 * certainty; they never change an exit status.  Errors that decide the
 * exit status are returned by library functions (with gir_error_set()
 * holding the text) and printed by main with gir_errmsg(). */
#ifndef GIR_DIAG_H
#define GIR_DIAG_H

#include <stdarg.h>

extern const char *gir_progname;  /* "gir-split", ...; set by gir_diag_init */
extern int gir_quiet;             /* -q: warnings are not printed */
extern unsigned long gir_warnings; /* number of warnings issued (printed or not) */

void gir_diag_init(const char *argv0);

void gir_warn(const char *source, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void gir_errmsg(const char *source, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void gir_vdiag(int is_warning, const char *source, long line,
               const char *fmt, va_list ap);

/* The text of the last error a library function returned. */
void gir_error_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *gir_error_text(void);

#endif
