/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xmalloc.h - allocation that never returns NULL, and a per-report arena.
 *
 * Running out of memory is the one failure the library does not return:
 * like gnulib's xalloc_die, it prints one line and exits 2, because no
 * caller could do anything useful with a half-built report. */
#ifndef GIR_XMALLOC_H
#define GIR_XMALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xmemdup0(const void *p, size_t n);     /* copy plus a terminating NUL */
/* Grow *p (an array of *cap elements of size elsize) to hold at least need.
 * Most calls find room already: that test is inline, the growing is not. */
void *xgrow_slow(void *p, size_t *cap, size_t need, size_t elsize);
static inline void *
xgrow(void *p, size_t *cap, size_t need, size_t elsize)
{
    return need <= *cap ? p : xgrow_slow(p, cap, need, elsize);
}

/* A growing byte string; p is NUL-terminated once anything was put. */
typedef struct gir_buf {
    char *p;
    size_t len, cap;
} gir_buf;

void gir_buf_put(gir_buf *b, const char *s, size_t n);

/* An arena hands out memory that lives until gir_arena_reset(): everything
 * one report needs, freed at once, so that per-line allocation costs a
 * pointer bump and memory is bounded by the largest report. */
typedef struct gir_arena_chunk gir_arena_chunk;
typedef struct gir_arena {
    gir_arena_chunk *head;   /* current chunk; older ones follow ->next */
    unsigned char *cur, *end;    /* head's free bytes */
} gir_arena;

void gir_arena_init(gir_arena *a);
void *gir_arena_alloc_slow(gir_arena *a, size_t n);
_Noreturn void xalloc_die(void);

/* N bytes, aligned to 16.  Inline: the tokeniser takes a piece for
 * nearly every token, and the pointer bump is all most of them need. */
static inline void *
gir_arena_alloc(gir_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t) 15;
    if (need >= n && (uintptr_t) a->end - (uintptr_t) a->cur >= need) {
        void *p = a->cur;
        a->cur += need;
        return p;
    }
    return gir_arena_alloc_slow(a, n);
}

static inline char *
gir_arena_memdup0(gir_arena *a, const void *p, size_t n)
{
    if (n == SIZE_MAX)
        xalloc_die();
    char *d = gir_arena_alloc(a, n + 1);
    if (n)
        memcpy(d, p, n);
    d[n] = '\0';
    return d;
}

char *gir_arena_strdup(gir_arena *a, const char *s);
char *gir_arena_printf(gir_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Free everything but one chunk of the default size, so a huge report
 * does not keep its memory for the reports after it. */
void gir_arena_reset(gir_arena *a);
void gir_arena_free(gir_arena *a);

#endif
