/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xmalloc.c - checked allocation and the per-report arena. */
#include "config.h"
#include "xmalloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void
xalloc_die(void)
{
    static const char msg[] = "gir: memory exhausted\n";
    /* write(2) needs no memory, unlike stdio after an allocation failure. */
    ssize_t ignored = write(2, msg, sizeof msg - 1);
    (void) ignored;
    exit(2);
}

void *
xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        xalloc_die();
    return p;
}

void *
xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        xalloc_die();
    return p;
}

void *
xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        xalloc_die();
    return p;
}

char *
xstrdup(const char *s)
{
    return xmemdup0(s, strlen(s));
}

char *
xmemdup0(const void *p, size_t n)
{
    if (n == SIZE_MAX)
        xalloc_die();
    char *d = xmalloc(n + 1);
    if (n)
        memcpy(d, p, n);
    d[n] = '\0';
    return d;
}

void *
xgrow_slow(void *p, size_t *cap, size_t need, size_t elsize)
{
    if (need <= *cap)
        return p;
    size_t n = *cap ? *cap : 16;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            xalloc_die();
        n *= 2;
    }
    if (elsize && n > SIZE_MAX / elsize)
        xalloc_die();
    p = xrealloc(p, n * elsize);
    /* Zero the new tail: PCRE2's JIT reads a few bytes past a subject, and
     * defined bytes there keep valgrind's reports about our code only. */
    memset((char *) p + *cap * elsize, 0, (n - *cap) * elsize);
    *cap = n;
    return p;
}

/* ---- arena ---- */

struct gir_arena_chunk {
    gir_arena_chunk *next;
    size_t size;                     /* usable bytes in data */
    _Alignas(16) unsigned char data[];
};

enum { ARENA_CHUNK = 256 * 1024 };

static gir_arena_chunk *
chunk_new(size_t size, gir_arena_chunk *next)
{
    if (size > SIZE_MAX - sizeof(gir_arena_chunk))
        xalloc_die();
    /* Zeroed, as xgrow's tails are: PCRE2's JIT reads past the strings. */
    gir_arena_chunk *c = xcalloc(1, sizeof *c + size);
    c->next = next;
    c->size = size;
    return c;
}

void
gir_arena_init(gir_arena *a)
{
    a->head = NULL;
    a->cur = a->end = NULL;
}

void *
gir_arena_alloc_slow(gir_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t) 15;
    if (need < n)
        xalloc_die();
    if (need > ARENA_CHUNK / 4) {
        /* A big block gets a chunk of its own behind the current one,
         * so the free space of the current chunk is not wasted. */
        gir_arena_chunk *c = chunk_new(need, NULL);
        if (a->head) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            a->head = c;
            a->cur = a->end = c->data + need;
        }
        return c->data;
    }
    a->head = chunk_new(ARENA_CHUNK, a->head);
    a->cur = a->head->data + need;
    a->end = a->head->data + ARENA_CHUNK;
    return a->head->data;
}

char *
gir_arena_strdup(gir_arena *a, const char *s)
{
    return gir_arena_memdup0(a, s, strlen(s));
}

char *
gir_arena_printf(gir_arena *a, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return gir_arena_strdup(a, "");
    if ((size_t) n < sizeof small)
        return gir_arena_memdup0(a, small, (size_t) n);
    char *d = gir_arena_alloc(a, (size_t) n + 1);
    va_start(ap, fmt);
    vsnprintf(d, (size_t) n + 1, fmt, ap);
    va_end(ap);
    return d;
}

void
gir_arena_reset(gir_arena *a)
{
    gir_arena_chunk *keep = NULL, *c = a->head;
    while (c) {
        gir_arena_chunk *next = c->next;
        if (!keep && c->size == ARENA_CHUNK)
            keep = c;
        else
            free(c);
        c = next;
    }
    if (keep)
        keep->next = NULL;
    a->head = keep;
    a->cur = keep ? keep->data : NULL;
    a->end = keep ? keep->data + keep->size : NULL;
}

void
gir_arena_free(gir_arena *a)
{
    gir_arena_chunk *c = a->head;
    while (c) {
        gir_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
}

void
gir_buf_put(gir_buf *b, const char *s, size_t n)
{
    b->p = xgrow(b->p, &b->cap, b->len + n + 1, 1);
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}
