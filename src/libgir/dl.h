/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dl.h - a shared library loaded at its first use, not at every start.
 *
 * poppler-glib, libzip and libxml2, with what they need (cairo, glib,
 * nss, freetype, OpenSSL, ICU, ...), cost every run of every program
 * about 38 ms of CPU to map and relocate when linked, though only a PDF,
 * a .docx or an HTML page needs them.  pdf.c, docx.c and xmlload.c bind
 * their functions here when the first such file is read: each lists the
 * functions it calls as an X-macro, keeps pointers to them, and names
 * them so that its code reads as if the library were linked. */
#ifndef GIR_DL_H
#define GIR_DL_H

#include <stddef.h>

typedef struct gir_dl_lib {
    const char *soname;
    int state;              /* 0 not tried, 1 bound, -1 failed */
    char why[512];          /* the failure, for every file after it too */
} gir_dl_lib;

/* For API, an X-macro list of a library's functions: a union of a
 * pointer of each one's type (.fn.NAME) and the void *[] that binding
 * fills (.sym); GIR_DL_TABLE declares one, TABLE, with its names
 * (TABLE_names). */
#define GIR_DL_NAME(f) #f,
#define GIR_DL_POINTER(f) __typeof__(f) *f;
#define GIR_DL_COUNT(f) +1
#define GIR_DL_UNION(API) \
    union { \
        struct { API(GIR_DL_POINTER) } fn; \
        void *sym[0 API(GIR_DL_COUNT)]; \
    }
#define GIR_DL_TABLE(TABLE, API) \
    static const char *const TABLE##_names[] = {API(GIR_DL_NAME)}; \
    static GIR_DL_UNION(API) TABLE; \
    _Static_assert(sizeof TABLE.fn == sizeof TABLE.sym, "one pointer a function")
/* Bind TABLE from LIB (gir_dl_bind_once). */
#define GIR_DL_BIND(LIB, TABLE) \
    gir_dl_bind_once(LIB, TABLE##_names, TABLE.sym, sizeof TABLE.sym / sizeof TABLE.sym[0])

/* Load LIB and look up NAMES[0..N) into SYMS, on the first call only:
 * 0 when they are bound, -1 when the library or a function could not be
 * loaded (LIB->why says which). */
int gir_dl_bind_once(gir_dl_lib *lib, const char *const *names, void **syms, size_t n);

#endif
