/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stream.c - buffered I/O and field escaping for the gir stream. */
#include "config.h"
#include "stream.h"
#include "bytes.h"
#include "xmalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- output ---- */

void
gir_out_init(gir_out *o, int fd)
{
    o->fd = fd;
    o->err = 0;
    o->len = 0;
}

static void
out_drain(gir_out *o, const char *p, size_t n)
{
    while (n > 0 && !o->err) {
        ssize_t w = write(o->fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            o->err = errno;
            return;
        }
        p += w;
        n -= (size_t) w;
    }
}

int
gir_out_flush(gir_out *o)
{
    if (o->len) {
        out_drain(o, o->buf, o->len);
        o->len = 0;
    }
    return o->err ? -1 : 0;
}

void
gir_out_write(gir_out *o, const void *p, size_t n)
{
    if (o->err)
        return;
    if (n > sizeof o->buf - o->len) {
        gir_out_flush(o);
        if (n >= sizeof o->buf) {
            out_drain(o, p, n);
            return;
        }
    }
    memcpy(o->buf + o->len, p, n);
    o->len += n;
}

void
gir_out_puts(gir_out *o, const char *s)
{
    gir_out_write(o, s, strlen(s));
}

void
gir_out_putc(gir_out *o, char c)
{
    if (o->len == sizeof o->buf)
        gir_out_flush(o);
    if (o->err)
        return;
    o->buf[o->len++] = c;
}

void
gir_out_long(gir_out *o, long v)
{
    char tmp[24];
    gir_out_write(o, tmp, gir_fmt_long(tmp, v));
}

/* The letter that stands for C after a backslash (TAB, LF, CR and the
 * backslash itself), 0 when C is written as it is. */
static inline char
escape_letter(char c)
{
    return c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\\' ? '\\' : 0;
}

/* The character an escape letter E stands for, 0 for an unknown escape. */
static inline char
unescaped(char e)
{
    return e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == '\\' ? '\\' : 0;
}

void
gir_out_escaped(gir_out *o, const char *p, size_t n)
{
    /* Copy the runs that need no escaping whole; they are almost all. */
    for (;;) {
        size_t run = gir_escape_span(p, n);
        gir_out_write(o, p, run);
        if (run == n)
            return;
        char esc[2] = {'\\', escape_letter(p[run])};
        gir_out_write(o, esc, 2);
        p += run + 1;
        n -= run + 1;
    }
}

void
gir_out_record(gir_out *o, const char *type, int nfields, const char *const *fields)
{
    gir_out_puts(o, type);
    for (int i = 0; i < nfields; i++) {
        gir_out_putc(o, '\t');
        const char *f = fields[i] ? fields[i] : "";
        gir_out_escaped(o, f, strlen(f));
    }
    gir_out_putc(o, '\n');
}

/* ---- input ---- */

int
gir_in_open(gir_in *in, const char *path)
{
    memset(in, 0, sizeof *in);
    if (strcmp(path, "-") == 0) {
        in->fd = 0;
    } else {
        in->fd = open(path, O_RDONLY | O_CLOEXEC);
        if (in->fd < 0)
            return -1;
        struct stat st;
        if (fstat(in->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(in->fd);
            in->fd = -1;
            errno = EISDIR;
            return -1;
        }
    }
    in->cap = 64 * 1024;
    in->buf = xmalloc(in->cap + 1);
    return 0;
}

/* Read more bytes after in->end; 0 at EOF, -1 on error, else bytes read. */
static ssize_t
in_fill(gir_in *in)
{
    if (in->eof)
        return 0;
    if (in->start > 0 && (in->end == in->cap || in->start > in->cap / 2)) {
        memmove(in->buf, in->buf + in->start, in->end - in->start);
        in->end -= in->start;
        in->start = 0;
    }
    if (in->end == in->cap) {
        size_t ncap = in->cap * 2;
        in->buf = xrealloc(in->buf, ncap + 1);
        in->cap = ncap;
    }
    for (;;) {
        ssize_t r = read(in->fd, in->buf + in->end, in->cap - in->end);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            in->err = errno;
            return -1;
        }
        if (r == 0)
            in->eof = 1;
        in->end += (size_t) r;
        return r;
    }
}

ssize_t
gir_in_getline(gir_in *in, char **line)
{
    return gir_in_getdelim(in, '\n', line);
}

ssize_t
gir_in_getdelim(gir_in *in, int delim, char **line)
{
    size_t scanned = in->start;
    int too_long = 0;
    for (;;) {
        char *nl = memchr(in->buf + scanned, delim, in->end - scanned);
        if (too_long) {
            /* Drop what was read of the long line, up to its end. */
            if (nl || in->eof) {
                in->start = nl ? (size_t) (nl - in->buf) + 1 : in->end;
                in->prev_len = 0;
                in->prev_start = in->start;
                in->prev_nl = 0;
                in->lineno++;
                return -3;
            }
            in->start = in->end;
        } else if (in->max && !nl && in->end - in->start > in->max) {
            too_long = 1;
            in->start = in->end;
            continue;
        }
        if (!too_long && (nl || (in->eof && in->start < in->end))) {
            size_t len = nl ? (size_t) (nl - (in->buf + in->start)) : in->end - in->start;
            *line = in->buf + in->start;
            (*line)[len] = '\0';          /* buf has cap + 1 bytes */
            in->prev_start = in->start;
            in->prev_len = len;
            in->prev_nl = nl != NULL;
            in->start += len + (nl != NULL);
            in->lineno++;
            return (ssize_t) len;
        }
        if (in->eof && !too_long)
            return -1;
        ssize_t r = in_fill(in);
        if (r < 0)
            return -2;
        /* Everything before the bytes just read had no LF. */
        scanned = in->end - (size_t) r;
    }
}

ssize_t
gir_in_peek(gir_in *in, size_t n, const char **p)
{
    while (in->end - in->start < n && !in->eof)
        if (in_fill(in) < 0)
            return -2;
    *p = in->buf + in->start;
    return (ssize_t) (in->end - in->start < n ? in->end - in->start : n);
}

void
gir_in_unget(gir_in *in)
{
    if (in->lineno <= 0 || in->start != in->prev_start + in->prev_len + in->prev_nl)
        return;
    if (in->prev_nl)
        in->buf[in->prev_start + in->prev_len] = '\n';
    in->start = in->prev_start;
    in->lineno--;
}

int
gir_in_slurp(gir_in *in, char **data, size_t *len)
{
    while (!in->eof) {
        if (in->max && in->end - in->start > in->max) {
            in->err = EFBIG;
            return -1;
        }
        if (in_fill(in) < 0)
            return -1;
    }
    if (in->max && in->end - in->start > in->max) {
        in->err = EFBIG;
        return -1;
    }
    *len = in->end - in->start;
    *data = xmemdup0(in->buf + in->start, *len);
    in->start = in->end;
    return 0;
}

void
gir_in_close(gir_in *in)
{
    if (in->fd > 0)
        close(in->fd);
    free(in->buf);
    in->buf = NULL;
    in->fd = -1;
}

/* ---- escaping ---- */


size_t
gir_escape_span(const char *p, size_t n)
{
    const unsigned char *s = (const unsigned char *) p;
    size_t i = 0;
    /* Eight bytes at a time: fields are long runs of text between escapes. */
    for (; i + 8 <= n; i += 8) {
        uint64_t w = gir_word_at(s + i);
        if (gir_word_has_byte(w, '\t') | gir_word_has_byte(w, '\n') | gir_word_has_byte(w, '\r')
            | gir_word_has_byte(w, '\\'))
            break;
    }
    while (i < n && !escape_letter((char) s[i]))
        i++;
    return i;
}

size_t
gir_escape(char *w, const char *p, size_t n)
{
    char *start = w;
    for (;;) {
        size_t run = gir_escape_span(p, n);
        memcpy(w, p, run);
        w += run;
        if (run == n)
            return (size_t) (w - start);
        *w++ = '\\';
        *w++ = escape_letter(p[run]);
        p += run + 1;
        n -= run + 1;
    }
}

size_t
gir_fmt_long(char *buf, long v)
{
    char tmp[24];
    size_t n = 0;
    /* Negate in unsigned arithmetic: LONG_MIN has no positive long. */
    unsigned long u = v < 0 ? 0UL - (unsigned long) v : (unsigned long) v;
    do {
        tmp[n++] = (char) ('0' + u % 10);
        u /= 10;
    } while (u);
    size_t len = 0;
    if (v < 0)
        buf[len++] = '-';
    while (n)
        buf[len++] = tmp[--n];
    buf[len] = '\0';
    return len;
}

int
gir_split_fields(char *line, size_t len, char **fields, size_t *lens, int max)
{
    /* One pass: split at TABs and unescape in place as we go (an escape
     * never spans a TAB, so this is field-by-field unescaping). */
    int n = 0;
    char *r = line, *w = line, *end = line + len;
    fields[0] = line;
    while (r < end) {
        char c = *r;
        if (c == '\t' && n < max - 1) {
            *w = '\0';
            if (lens)
                lens[n] = (size_t) (w - fields[n]);
            n++;
            fields[n] = w = ++r;
            continue;
        }
        if (c == '\\' && r + 1 < end) {
            char out = unescaped(r[1]);
            if (out) {
                *w++ = out;
                r += 2;
                continue;
            }
        }
        *w++ = c;
        r++;
    }
    *w = '\0';
    if (lens)
        lens[n] = (size_t) (w - fields[n]);
    return n + 1;
}
