/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.c - the shared skeleton of the four programs (see cli.h). */
#include "config.h"
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "stream.h"
#include "xmalloc.h"

void
gir_cli_init(gir_cli *cli, const char *argv0, const char *usage)
{
    memset(cli, 0, sizeof *cli);
    gir_diag_init(argv0);
    /* Die quietly on a closed pipe (gir-csv | head), whatever the parent
     * left SIGPIPE set to. */
    signal(SIGPIPE, SIG_DFL);
    cli->usage = usage;
    gir_out_init(&cli->out, 1);
}

static void
add_file(gir_cli *cli, const char *name)
{
    cli->files = xgrow(cli->files, &cli->capfiles, cli->nfiles + 1, sizeof *cli->files);
    cli->files[cli->nfiles++] = xstrdup(name);
}

/* NUL-separated names, as find -print0 writes them.  The list is opened
 * here, so that an unreadable one stops the program before it starts,
 * and read a name at a time by next_files0_name, so that a list of
 * millions of names takes the memory of one. */
static void
open_files0(gir_cli *cli, const char *path)
{
    cli->lists = xgrow(cli->lists, &cli->caplists, cli->nlists + 1, sizeof *cli->lists);
    gir_files0 *l = &cli->lists[cli->nlists];
    memset(l, 0, sizeof *l);
    l->path = path;
    if (gir_in_open(&l->in, path) < 0) {
        gir_errmsg(NULL, 0, "cannot read file names from '%s': %s", path, strerror(errno));
        exit(2);
    }
    l->open = 1;
    cli->nlists++;
}

static void
close_files0(gir_files0 *l)
{
    if (l->open)
        gir_in_close(&l->in);
    l->open = 0;
}

/* The next name of the --files0-from lists, or NULL after the last.  An
 * empty name is an error, as in coreutils' --files0-from, and skipped. */
static const char *
next_files0_name(void *vcli)
{
    gir_cli *cli = vcli;
    while (cli->next_list < cli->nlists) {
        gir_files0 *l = &cli->lists[cli->next_list];
        char *name;
        ssize_t len = l->open ? gir_in_getdelim(&l->in, '\0', &name) : -1;
        if (len == -2) {
            gir_errmsg(NULL, 0, "cannot read file names from '%s': %s", l->path,
                       strerror(l->in.err));
            cli->status = 2;
        }
        if (len < 0) {
            close_files0(l);
            cli->next_list++;
            continue;
        }
        l->item++;
        if (len == 0) {
            gir_errmsg(l->path, 0, "invalid zero-length file name (item %zu)", l->item);
            cli->status = 2;
            continue;
        }
        /* "-" in a list read from standard input: the input is the list
         * itself, with nothing else to give (as when lists were read
         * whole before the run), so it names no report. */
        if (strcmp(l->path, "-") == 0 && strcmp(name, "-") == 0)
            continue;
        return name;
    }
    return NULL;
}

/* SIZE for --max-size: bytes, or with a suffix K, M or G (powers of
 * 1024); at least 1 KiB, and small enough that four times it fits. */
static int
parse_size(const char *arg, size_t *size)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    if (end == arg || errno || *arg == '-')
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case 'K': case 'k': shift = 10; end++; break;
    case 'M': case 'm': shift = 20; end++; break;
    case 'G': case 'g': shift = 30; end++; break;
    }
    if (*end || v > (SIZE_MAX / GIR_STREAM_FACTOR) >> shift)
        return -1;
    v <<= shift;
    if (v < 1024)
        return -1;
    *size = (size_t) v;
    return 0;
}

/* The exit status after --help or --version: their text must have
 * reached standard output, or the user hears why, as from any write. */
static int
finish_info(void)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return 0;
    gir_errmsg(NULL, 0, "write error: %s", strerror(errno ? errno : EIO));
    return 2;
}

int
gir_cli_option(gir_cli *cli, int opt, const char *arg)
{
    switch (opt) {
    case GIR_OPT_HELP:
        printf("Usage: %s", cli->usage);
        printf("\nCommon options:\n"
               "  -q, --quiet            do not print warnings (errors are always printed)\n"
               "      --encoding=NAME    decode raw reports as NAME (default: detect)\n"
               "      --files0-from=F    read NUL-separated input names from F\n"
               "      --max-size=SIZE    refuse a report larger than SIZE bytes (K, M, G:\n"
               "                         KiB, MiB, GiB; default 16M; 4 x SIZE in a stream)\n"
               "      --help             print this help and exit\n"
               "      --version          print the version and exit\n"
               "\nWith no FILE, or when FILE is -, read standard input.  Input is a gir\n"
               "stream or a raw report (text or HTML; split as gir-split would).\n"
               "Messages: PROG: SOURCE:LINE: warning|error: message, on stderr.\n"
               "Exit status: 0 success, 1 violations found (gir-check), 2 trouble.\n");
        exit(finish_info());
    case GIR_OPT_VERSION:
        printf("%s (gir) %s\n", gir_progname, GIR_VERSION);
        exit(finish_info());
    case 'q':
        gir_quiet = 1;
        return 1;
    case GIR_OPT_ENCODING:
        cli->encoding = arg;
        return 1;
    case GIR_OPT_MAX_SIZE:
        if (parse_size(arg, &cli->max_size) < 0)
            gir_cli_usage_error("invalid size '%s' for --max-size (bytes, or a number "
                                "with K, M or G)", arg);
        return 1;
    case GIR_OPT_FILES0:
        cli->files0 = 1;
        open_files0(cli, arg);
        return 1;
    default:
        return 0;
    }
}

void
gir_cli_usage_error(const char *fmt, ...)
{
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        gir_vdiag(0, NULL, 0, fmt, ap);
        va_end(ap);
    }
    fprintf(stderr, "Try '%s --help' for more information.\n", gir_progname);
    exit(2);
}

void
gir_cli_operands(gir_cli *cli, int argc, char **argv)
{
    if (cli->files0 && argc > 0) {
        gir_cli_usage_error("file operands cannot be combined with --files0-from");
    }
    for (int i = 0; i < argc; i++)
        add_file(cli, argv[i]);
}

void
gir_cli_run(gir_cli *cli, gir_report_fn *each, void *ctx)
{
    gir_split_opts opts = {cli->encoding, cli->max_size};
    gir_reader rd;
    gir_report r;
    /* With --files0-from the inputs are its names, and none means none. */
    if (cli->files0)
        gir_reader_init_names(&rd, next_files0_name, cli, &opts);
    else
        gir_reader_init(&rd, cli->files, cli->nfiles, &opts);
    gir_report_init(&r);
    r.defer_text = cli->defer_text;
    for (;;) {
        int rc = gir_reader_next(&rd, &r);
        if (rc == 0)
            break;
        if (rc < 0) {
            gir_errmsg(rd.cur, 0, "%s", gir_error_text());
            cli->status = 2;
            continue;
        }
        if (each(&r, cli, ctx) < 0 || cli->out.err)
            break;
    }
    gir_reader_close(&rd);
    gir_report_free(&r);
}

int
gir_cli_finish(gir_cli *cli)
{
    if (gir_out_flush(&cli->out) < 0) {
        if (cli->out.err != EPIPE)     /* the reader went away: not news */
            gir_errmsg(NULL, 0, "write error: %s", strerror(cli->out.err));
        cli->status = 2;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (!cli->out.err)
            gir_errmsg(NULL, 0, "write error: %s", strerror(errno));
        cli->status = 2;
    }
    return cli->status;
}

void
gir_cli_free(gir_cli *cli)
{
    for (size_t i = 0; i < cli->nfiles; i++)
        free(cli->files[i]);
    free(cli->files);
    cli->files = NULL;
    cli->nfiles = 0;
    for (size_t i = 0; i < cli->nlists; i++)
        close_files0(&cli->lists[i]);
    free(cli->lists);
    cli->lists = NULL;
    cli->nlists = 0;
}

int
gir_parse_section_list(const char *s, unsigned *mask)
{
    unsigned m = 0;
    const char *p = s;
    if (!*p)
        return -1;
    while (*p) {
        if (*p < '1' || *p > '6')
            return -1;
        int lo = *p++ - '0', hi = lo;
        if (*p == '-') {
            p++;
            if (*p < '1' || *p > '6')
                return -1;
            hi = *p++ - '0';
            if (hi < lo)
                return -1;
        }
        for (int n = lo; n <= hi; n++)
            m |= 1u << n;
        if (*p == ',')
            p++;
        else if (*p)
            return -1;
    }
    *mask = m;
    return 0;
}
