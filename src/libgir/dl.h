/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dl.h - a shared library loaded at its first use, not at every start.
 *
 * poppler-glib and libzip, with what they need (cairo, glib, nss,
 * freetype, OpenSSL, ...), cost every run of every program about 30 ms
 * of CPU to map and relocate when linked, though only a PDF or a .docx
 * needs them.  pdf.c and docx.c bind their functions here when they read
 * their first file: each lists the functions it calls as an X-macro, keeps
 * pointers to them, and names them so that its code reads as if the
 * library were linked. */
#ifndef GIR_DL_H
#define GIR_DL_H

#include <stddef.h>

typedef struct gir_dl_lib {
    const char *soname;
    int state;              /* 0 not tried, 1 bound, -1 failed */
    char why[512];          /* the failure, for every file after it too */
} gir_dl_lib;

/* TABLE: for API, an X-macro list of a library's functions, their names
 * (TABLE_names) and a pointer of each one's type (TABLE.fn.NAME), in a
 * union with the void *[] that binding fills (TABLE.sym). */
#define GIR_DL_NAME(f) #f,
#define GIR_DL_POINTER(f) __typeof__(f) *f;
#define GIR_DL_TABLE(TABLE, API) \
    static const char *const TABLE##_names[] = {API(GIR_DL_NAME)}; \
    static union { \
        struct { API(GIR_DL_POINTER) } fn; \
        void *sym[sizeof TABLE##_names / sizeof TABLE##_names[0]]; \
    } TABLE; \
    _Static_assert(sizeof TABLE.fn == sizeof TABLE.sym, "one pointer a function")
/* Bind TABLE from LIB (gir_dl_bind_once). */
#define GIR_DL_BIND(LIB, TABLE) \
    gir_dl_bind_once(LIB, TABLE##_names, TABLE.sym, sizeof TABLE.sym / sizeof TABLE.sym[0])

/* Load LIB and look up NAMES[0..N) into SYMS, on the first call only:
 * 0 when they are bound, -1 when the library or a function could not be
 * loaded (LIB->why says which). */
int gir_dl_bind_once(gir_dl_lib *lib, const char *const *names, void **syms, size_t n);

#endif
