/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dl.h - a shared library loaded at its first use, not at every start.
 *
 * poppler-glib and libzip, with what they need (cairo, glib, nss,
 * freetype, OpenSSL, ...), cost every run of every program about 30 ms
 * of CPU to map and relocate when linked, though only a PDF or a .docx
 * needs them.  pdf.c and docx.c bind their functions here when they read
 * their first file: each lists the functions it calls as an X-macro, keeps
 * pointers to them in a struct, and names them so that its code reads as
 * if the library were linked. */
#ifndef GIR_DL_H
#define GIR_DL_H

#include <stddef.h>

typedef struct gir_dl_lib {
    const char *soname;
    int state;              /* 0 not tried, 1 bound, -1 failed */
    char why[512];          /* the failure, for every file after it too */
} gir_dl_lib;

/* Load LIB and look up NAMES[0..N) into SYMS, once: 1 when this call
 * bound them (copy SYMS into the typed pointers), 0 when an earlier call
 * did, -1 when the library or a function could not be loaded (LIB->why
 * says which). */
int gir_dl_bind_once(gir_dl_lib *lib, const char *const *names, void **syms, size_t n);

#endif
