/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gir-check - validate each report's tables; add issue records. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "gir.h"

static const char usage[] =
    "gir-check [--report] [--strict] [-q] [FILE...]\n"
    "Validate the template's arithmetic and structure; add issue records.\n"
    "\n"
    "      --report    write the issues as CSV instead of the stream\n"
    "      --strict    treat warnings as errors (exit 1)\n"
    "\n"
    "Each issue found is also printed to stderr as\n"
    "  gir-check: SOURCE:LINE: SEVERITY: RULE: message (expected X, found Y)\n"
    "(-q leaves out the warnings, never the errors), and after more than one\n"
    "report a summary line (left out by -q).  Issues an earlier stage recorded\n"
    "in the stream are not said again.\n";

typedef struct check_ctx {
    gir_checker *checker;
    int errors;
    int report;                 /* --report: CSV of the issues */
    gir_csv_writer csv;
    /* For the summary: reports read, and those with an error issue or
     * with warning issues only (the stream's own and this check's). */
    unsigned long reports, with_errors, with_warnings;
} check_ctx;

/* The readable form of an issue; LINE points at the cell that is wrong.
 * A warning goes through the warning path, so -q leaves it out; an error
 * is always printed. */
static void
print_issue(const gir_report *r, const gir_issue *is)
{
    char detail[256] = "";
    if (*is->expected && *is->found)
        snprintf(detail, sizeof detail, " (expected %s, found %s)", is->expected, is->found);
    else if (*is->found)
        snprintf(detail, sizeof detail, " (found %s)", is->found);
    int warning = strcmp(is->severity, "error") != 0;
    const char *source = r->source ? r->source : "-";
    if (warning)
        gir_warn(source, is->line, "%s: %s%s", is->rule, is->message, detail);
    else
        gir_errmsg(source, is->line, "%s: %s%s", is->rule, is->message, detail);
}

static int
each(gir_report *r, gir_cli *cli, void *vctx)
{
    check_ctx *ctx = vctx;
    size_t before = r->nissues;
    /* No report in the input: gir-split said so; nothing to check. */
    if (gir_report_is_report(r)) {
        if (!r->have_cells)
            gir_table_build(r);
        ctx->errors += gir_check_report(ctx->checker, r);
    }
    for (size_t i = before; i < r->nissues; i++)
        print_issue(r, &r->issues[i]);
    int error = 0, warning = 0;
    for (size_t i = 0; i < r->nissues; i++) {
        if (strcmp(r->issues[i].severity, "error") == 0)
            error = 1;
        else
            warning = 1;
    }
    ctx->reports++;
    ctx->with_errors += error;
    ctx->with_warnings += warning && !error;
    if (ctx->report)
        gir_csv_report(&ctx->csv, r);
    else
        gir_report_write(&cli->out, r);
    return 0;
}

int
main(int argc, char **argv)
{
    enum { OPT_REPORT = GIR_OPT_PROGRAM, OPT_STRICT };
    static const struct option longopts[] = {
        {"report", no_argument, NULL, OPT_REPORT},
        {"strict", no_argument, NULL, OPT_STRICT},
        GIR_COMMON_LONG_OPTIONS, {NULL, 0, NULL, 0}};
    gir_cli cli;
    check_ctx ctx = {0};
    int strict = 0;
    gir_cli_init(&cli, argv[0], usage);
    int opt;
    while ((opt = getopt_long(argc, argv, "q", longopts, NULL)) != -1) {
        if (opt == OPT_REPORT)
            ctx.report = 1;
        else if (opt == OPT_STRICT)
            strict = 1;
        else if (!gir_cli_option(&cli, opt, optarg))
            gir_cli_usage_error(NULL);
    }
    gir_cli_operands(&cli, argc - optind, argv + optind);
    if (ctx.report) {
        gir_csv_opts opts = {0};
        opts.shape = GIR_CSV_ISSUES;
        gir_csv_init(&ctx.csv, &cli.out, &opts);
    }
    ctx.checker = gir_checker_new(strict);
    gir_cli_run(&cli, each, &ctx);
    gir_checker_free(ctx.checker);
    /* A batch ends with its count, as a reviewer's first look. */
    if (ctx.reports > 1 && !gir_quiet)
        fprintf(stderr, "%s: %lu reports: %lu with errors, %lu with warnings only, %lu clean\n",
                gir_progname, ctx.reports, ctx.with_errors, ctx.with_warnings,
                ctx.reports - ctx.with_errors - ctx.with_warnings);
    if (ctx.report)
        gir_csv_finish(&ctx.csv);
    int status = gir_cli_finish(&cli);
    gir_cli_free(&cli);
    if (status == 0 && ctx.errors)
        status = 1;
    return status;
}
