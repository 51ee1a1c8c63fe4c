/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reader.c - reports from streams and raw inputs (see reader.h). */
#include "config.h"
#include "reader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

void
gir_reader_init(gir_reader *rd, char *const *paths, size_t npaths,
                const gir_split_opts *opts)
{
    memset(rd, 0, sizeof *rd);
    static char *const stdin_only[] = {"-"};
    rd->paths = npaths ? paths : stdin_only;
    rd->npaths = npaths ? npaths : 1;
    if (opts)
        rd->opts = *opts;
}

void
gir_reader_init_names(gir_reader *rd, gir_next_name_fn *next, void *ctx,
                      const gir_split_opts *opts)
{
    memset(rd, 0, sizeof *rd);
    rd->next_name = next;
    rd->next_name_ctx = ctx;
    if (opts)
        rd->opts = *opts;
}

static void
close_input(gir_reader *rd)
{
    if (rd->in_open)
        gir_in_close(&rd->in);
    rd->in_open = 0;
    rd->in_stream = 0;
}

static int
is_report_record(const char *line, size_t len)
{
    return len >= 7 && memcmp(line, "report\t", 7) == 0;
}

static size_t
raw_limit(const gir_reader *rd)
{
    return rd->opts.max_size ? rd->opts.max_size : GIR_DEFAULT_MAX_SIZE;
}

static size_t
stream_limit(const gir_reader *rd)
{
    return GIR_STREAM_FACTOR * raw_limit(rd);
}

static void
set_too_large(const gir_reader *rd, const char *what, size_t limit)
{
    gir_error_set("%s is larger than the limit of %zu bytes per report "
                  "(--max-size=%zu%s): not read", what, limit, raw_limit(rd),
                  limit == raw_limit(rd) ? "" : ", times 4 for its stream");
}

/* The rest of a report too large to keep: skipped up to its end (or the
 * next report), so that the stream goes on after it. */
static void
skip_report(gir_reader *rd)
{
    char *line;
    ssize_t len;
    while ((len = gir_in_getline(&rd->in, &line)) != -1 && len != -2) {
        if (len >= 0 && is_report_record(line, (size_t) len)) {
            gir_in_unget(&rd->in);
            return;
        }
        if (len >= 4 && memcmp(line, "end", 3) == 0 && (len == 3 || line[3] == '\t'))
            return;
    }
}


/* Read one report of a gir stream; the 'report' line is next.  1, 0 at
 * the end of the stream, -1 on a read error, -2 for a report too large
 * (skipped; the stream goes on). */
static int
read_stream_report(gir_reader *rd, gir_report *r)
{
    char *line;
    ssize_t len;
    /* Skip what stands between reports, saying so. */
    for (;;) {
        len = gir_in_getline(&rd->in, &line);
        if (len == -1)
            return 0;
        if (len == -2)
            goto read_error;
        if (len >= 0 && is_report_record(line, (size_t) len))
            break;
        if (len != 0)
            gir_warn(rd->cur, rd->in.lineno, "record outside a report skipped");
    }
    r->stream_line = rd->in.lineno;
    gir_report_add_raw(r, line, (size_t) len);
    size_t bytes = (size_t) len + 1;
    for (;;) {
        len = gir_in_getline(&rd->in, &line);
        if (len == -2)
            goto read_error;
        if (len >= 0)
            bytes += (size_t) len + 1;
        if (len == -3 || bytes > stream_limit(rd)) {
            char what[512];
            snprintf(what, sizeof what, "report '%.400s'", r->source ? r->source : "");
            set_too_large(rd, what, stream_limit(rd));
            skip_report(rd);
            return -2;          /* this report only: the stream goes on */
        }
        if (len == -1 || is_report_record(line, (size_t) len)) {
            if (len >= 0)
                gir_in_unget(&rd->in);
            r->truncated = 1;
            gir_warn(rd->cur, rd->in.lineno, "report '%s' has no end record",
                     r->source ? r->source : "");
            return 1;
        }
        int type = gir_report_add_raw(r, line, (size_t) len);
        if (type == GIR_REC_END)
            return 1;
        if (type < 0)
            gir_warn(rd->cur, rd->in.lineno, "malformed record kept as it is");
    }
read_error:
    gir_error_set("%s", strerror(rd->in.err));
    return -1;
}

int
gir_reader_next(gir_reader *rd, gir_report *r)
{
    for (;;) {
        gir_report_reset(r);
        if (!rd->in_open) {
            if (rd->next_name) {
                rd->cur = rd->next_name(rd->next_name_ctx);
                if (!rd->cur)
                    return 0;
            } else {
                if (rd->next >= rd->npaths)
                    return 0;
                rd->cur = rd->paths[rd->next++];
            }
            if (gir_in_open(&rd->in, rd->cur) < 0) {
                gir_error_set("%s", strerror(errno));
                return -1;
            }
            rd->in_open = 1;
            /* A stream starts with a report record; its first bytes say
             * so, without reading a line of unknown length. */
            const char *head;
            ssize_t len = gir_in_peek(&rd->in, 7, &head);
            if (len == -2) {
                gir_error_set("%s", strerror(rd->in.err));
                close_input(rd);
                return -1;
            }
            rd->in_stream = is_report_record(head, (size_t) len);
            /* No more than a report may be is held in memory. */
            rd->in.max = rd->in_stream ? stream_limit(rd) : raw_limit(rd);
            if (!rd->in_stream) {
                /* A raw report: the whole input is one report. */
                char *data;
                size_t dlen;
                if (gir_in_slurp(&rd->in, &data, &dlen) < 0) {
                    if (rd->in.err == EFBIG)
                        set_too_large(rd, "the input", raw_limit(rd));
                    else
                        gir_error_set("%s", strerror(rd->in.err));
                    close_input(rd);
                    return -1;
                }
                const char *name = rd->cur;
                close_input(rd);
                if (dlen == 0) {
                    /* Nothing to report on: no report, as grep prints no
                     * line.  Standard input may well be empty on purpose
                     * (gir-csv </dev/null writes the header). */
                    if (strcmp(name, "-") != 0)
                        gir_warn(name, 0, "no report found: the file is empty");
                    free(data);
                    continue;
                }
                int rc = gir_split_raw(r, name, data, dlen, &rd->opts);
                free(data);
                if (rc < 0)
                    return -1;
                /* Its stream must be one the next program reads. */
                size_t bytes = 0;
                for (size_t i = 0; i < r->nrecords; i++)
                    bytes += r->records[i].len + 1;
                if (bytes > stream_limit(rd)) {
                    set_too_large(rd, "its stream", stream_limit(rd));
                    return -1;
                }
                return 1;
            }
        }
        int rc = read_stream_report(rd, r);
        if (rc == -2)
            return -1;
        if (rc != 0) {
            if (rc < 0)
                close_input(rd);
            return rc;
        }
        close_input(rd);       /* this stream is done; on to the next input */
    }
}

void
gir_reader_close(gir_reader *rd)
{
    close_input(rd);
}
