/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stream.h - buffered byte I/O and the escaping of the gir stream.
 *
 * A gir stream is UTF-8 text, one record a line: a type word, then
 * TAB-separated fields in which TAB, LF, CR and backslash are written
 * \t \n \r \\ (PostgreSQL COPY text style).  See man/gir.5. */
#ifndef GIR_STREAM_H
#define GIR_STREAM_H

#include <stddef.h>
#include <sys/types.h>

/* ---- output ---- */

/* A buffered writer over a file descriptor that remembers the first
 * write error (errno), so that main can report it once and exit 2. */
typedef struct gir_out {
    int fd;
    int err;            /* errno of the first failed write, 0 if none */
    size_t len;
    char buf[64 * 1024];
} gir_out;

void gir_out_init(gir_out *o, int fd);
void gir_out_write(gir_out *o, const void *p, size_t n);
void gir_out_puts(gir_out *o, const char *s);
void gir_out_putc(gir_out *o, char c);
void gir_out_long(gir_out *o, long v);
/* Write a field with TAB, LF, CR and backslash escaped. */
void gir_out_escaped(gir_out *o, const char *p, size_t n);
/* Write a whole record: TYPE, then each field escaped, TAB-separated, LF. */
void gir_out_record(gir_out *o, const char *type, int nfields, const char *const *fields);
int gir_out_flush(gir_out *o);   /* 0, or -1 with o->err set */

/* ---- input ---- */

/* A buffered line reader over a file descriptor.  Lines of any length
 * (the buffer grows to the longest line) are returned without their LF. */
typedef struct gir_in {
    int fd;
    int err;            /* errno of a failed read, 0 if none */
    int eof;
    char *buf;
    size_t cap, start, end;
    long lineno;        /* number of the line last returned, 1-based */
    size_t prev_start, prev_len;  /* the line last returned, for unget */
    int prev_nl;
    size_t max;         /* longest line, and most bytes slurped; 0: no bound */
} gir_in;

/* Open PATH ("-" is standard input).  -1 with errno on failure; a
 * directory is refused with EISDIR. */
int gir_in_open(gir_in *in, const char *path);
/* Next line: its length, *line pointing into the buffer (valid until the
 * next call, NUL-terminated in place); -1 at end of input, -2 on error,
 * -3 for a line longer than in->max (skipped through its end, so the
 * buffer never holds more than in->max bytes of it). */
ssize_t gir_in_getline(gir_in *in, char **line);
/* The same with DELIM ending a record instead of LF ('\0' for the names
 * find -print0 writes). */
ssize_t gir_in_getdelim(gir_in *in, int delim, char **line);
/* The next N bytes without reading them (fewer at the end of input):
 * their count, *P pointing into the buffer; -2 on error. */
ssize_t gir_in_peek(gir_in *in, size_t n, const char **p);
/* Return the previous line to the reader: the next gir_in_getline()
 * gives it again (one line of push-back). */
void gir_in_unget(gir_in *in);
/* Read everything not yet returned (including a pushed-back line) into a
 * malloc'd buffer.  0, or -1 with in->err set (EFBIG: more than in->max
 * bytes). */
int gir_in_slurp(gir_in *in, char **data, size_t *len);
void gir_in_close(gir_in *in);

/* ---- escaping ---- */

/* Length of the longest prefix of P[0..N) that needs no escaping (no TAB,
 * LF, CR or backslash): N when the whole field can be copied as it is. */
size_t gir_escape_span(const char *p, size_t n);
/* Write P[0..N) escaped into W (room for 2 * N bytes, not terminated);
 * returns the bytes written. */
size_t gir_escape(char *w, const char *p, size_t n);
/* Write V in decimal into BUF (at least 21 bytes), NUL-terminated; returns
 * the length.  snprintf's work, without its format parsing per number. */
size_t gir_fmt_long(char *buf, long v);

/* Split LINE at TABs into at most MAX fields, unescaping each in place and
 * NUL-terminating it (an unknown escape keeps its backslash, so nothing
 * is lost).  The last field takes the rest of the line when there are
 * more.  Returns the number of fields. */
int gir_split_fields(char *line, size_t len, char **fields, size_t *lens, int max);

#endif
