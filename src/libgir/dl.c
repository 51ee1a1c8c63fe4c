/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dl.c - a shared library loaded at its first use (see dl.h). */
#include "config.h"
#include "dl.h"

#include <dlfcn.h>
#include <stdio.h>

int
gir_dl_bind_once(gir_dl_lib *lib, const char *const *names, void **syms, size_t n)
{
    if (lib->state)
        return lib->state > 0 ? 0 : -1;
    lib->state = -1;
    void *h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        snprintf(lib->why, sizeof lib->why, "cannot load %s (%s)", lib->soname,
                 why ? why : "not found");
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        /* dlsym looks in the library's dependencies too (glib's g_free). */
        syms[i] = dlsym(h, names[i]);
        if (!syms[i]) {
            snprintf(lib->why, sizeof lib->why, "cannot load %s: it has no %s", lib->soname,
                     names[i]);
            return -1;
        }
    }
    lib->state = 1;
    return 0;
}
