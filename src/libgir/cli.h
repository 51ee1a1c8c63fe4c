/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.h - what the four mains share: the common options, the list of
 * inputs (arguments and --files0-from), the report loop, and the exit
 * status.  Everything specific to a program stays in its main. */
#ifndef GIR_CLI_H
#define GIR_CLI_H

#include <getopt.h>
#include <stddef.h>

#include "reader.h"
#include "report.h"
#include "stream.h"

/* Long options every program takes (besides -q). */
enum {
    GIR_OPT_HELP = 0x100, GIR_OPT_VERSION, GIR_OPT_ENCODING, GIR_OPT_FILES0, GIR_OPT_MAX_SIZE,
    GIR_OPT_PROGRAM = 0x200      /* programs number their own options from here */
};
#define GIR_COMMON_LONG_OPTIONS \
    {"help", no_argument, NULL, GIR_OPT_HELP}, \
    {"version", no_argument, NULL, GIR_OPT_VERSION}, \
    {"quiet", no_argument, NULL, 'q'}, \
    {"encoding", required_argument, NULL, GIR_OPT_ENCODING}, \
    {"files0-from", required_argument, NULL, GIR_OPT_FILES0}, \
    {"max-size", required_argument, NULL, GIR_OPT_MAX_SIZE}

/* A --files0-from list, open, its names read one at a time as the run
 * reaches them. */
typedef struct gir_files0 {
    const char *path;
    gir_in in;
    int open;
    size_t item;                /* number of the name last read, from 1 */
} gir_files0;

typedef struct gir_cli {
    const char *usage;          /* --help text, printed after "Usage: " */
    char **files;               /* inputs from the arguments */
    size_t nfiles, capfiles;
    const char *encoding;
    size_t max_size;            /* --max-size, bytes; 0: the default */
    int files0;                 /* --files0-from was given (maybe naming nothing) */
    gir_files0 *lists;          /* the --files0-from lists, read in turn */
    size_t nlists, caplists, next_list;
    int status;                 /* exit status so far: 0 or 2 */
    gir_out out;                /* standard output */
    int defer_text;             /* read text records lazily (gir_report_text) */
} gir_cli;

void gir_cli_init(gir_cli *cli, const char *argv0, const char *usage);
/* Handle a common option; 1 if it was one, 0 if not.  --help and
 * --version exit 0 here; a bad --files0-from exits 2. */
int gir_cli_option(gir_cli *cli, int opt, const char *arg);
/* Print "Try 'PROG --help'" and exit 2 (an unknown option or bad usage). */
void gir_cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* Add the operands left after getopt. */
void gir_cli_operands(gir_cli *cli, int argc, char **argv);

/* Read every report of the inputs; call EACH for it.  EACH returns 0, or
 * -1 to stop (e.g. an output error).  Unreadable inputs are reported and
 * skipped (status 2). */
typedef int gir_report_fn(gir_report *r, gir_cli *cli, void *ctx);
void gir_cli_run(gir_cli *cli, gir_report_fn *each, void *ctx);
/* Flush standard output; a write error is reported once and makes the
 * status 2.  Returns the exit status, to return from main. */
int gir_cli_finish(gir_cli *cli);
void gir_cli_free(gir_cli *cli);

/* Parse a section list like "2,3" or "1-3,5" into a bitmask (bit n for
 * section n).  -1 if it is not one. */
int gir_parse_section_list(const char *s, unsigned *mask);

#endif
