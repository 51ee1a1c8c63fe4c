/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gir-xlsx - write the reports and their issues as one Excel workbook. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "gir.h"
#include "xlsxout.h"

static const char usage[] =
    "gir-xlsx [-o FILE] [--grid] [FILE...]\n"
    "Write the reports as one .xlsx workbook (Excel, WPS, LibreOffice) for a reviewer:\n"
    "sheet 报告, one row per report (the wide columns of gir-csv, Chinese labels,\n"
    "numbers as numbers, blank cells blank; cells that break an identity filled red,\n"
    "cells not read grey, with a comment naming the rule), and sheet 问题, one row per\n"
    "issue, linked to its cell.\n"
    "\n"
    "  -o, --output=FILE  write the workbook to FILE (default: standard output,\n"
    "                     which must not be a terminal)\n"
    "      --grid         add a sheet per report with its tables 二, 三, 四 as printed\n"
    "                     (kept in memory: for some reports, not a batch of thousands)\n";

typedef struct xlsx_ctx {
    gir_xlsx_writer *w;
    gir_checker *checker;
    int failed;                 /* the workbook broke: write nothing */
} xlsx_ctx;

static int
each(gir_report *r, gir_cli *cli, void *vctx)
{
    xlsx_ctx *ctx = vctx;
    (void) cli;
    /* No report in the input, or one older than the 2019 template: gir-split
     * said so, and like gir-csv the workbook has no row for it. */
    if (!gir_report_is_report(r))
        return 0;
    if (!r->have_cells || !r->checked)
        gir_report_text(r);
    if (!r->have_cells)
        gir_table_build(r);
    if (!r->checked)
        gir_check_report(ctx->checker, r);
    if (gir_xlsx_report(ctx->w, r) < 0) {
        gir_errmsg(NULL, 0, "%s", gir_error_text());
        cli->status = 2;
        ctx->failed = 1;
        return -1;
    }
    return 0;
}

int
main(int argc, char **argv)
{
    enum { OPT_GRID = GIR_OPT_PROGRAM };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"grid", no_argument, NULL, OPT_GRID},
        GIR_COMMON_LONG_OPTIONS, {NULL, 0, NULL, 0}};
    gir_cli cli;
    gir_xlsx_opts opts = {0};
    const char *output = NULL;
    gir_cli_init(&cli, argv[0], usage);
    /* Rows need cells, meta and issues; the text only for the steps run here. */
    cli.defer_text = 1;
    int opt;
    while ((opt = getopt_long(argc, argv, "qo:", longopts, NULL)) != -1) {
        if (opt == 'o')
            output = optarg;
        else if (opt == OPT_GRID)
            opts.grid = 1;
        else if (!gir_cli_option(&cli, opt, optarg))
            gir_cli_usage_error(NULL);
    }
    gir_cli_operands(&cli, argc - optind, argv + optind);
    xlsx_ctx ctx = {0};
    if (output && strcmp(output, "-") != 0) {
        int fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (fd < 0) {
            gir_errmsg(NULL, 0, "cannot write '%s': %s", output, strerror(errno));
            gir_cli_free(&cli);
            return 2;
        }
        gir_out_init(&cli.out, fd);
    } else if (isatty(STDOUT_FILENO)) {
        gir_errmsg(NULL, 0, "standard output is a terminal, and a workbook is binary: "
                   "redirect it (> reports.xlsx) or use -o FILE");
        gir_cli_free(&cli);
        return 2;
    }
    ctx.w = gir_xlsx_open(&opts);
    if (!ctx.w) {
        gir_errmsg(NULL, 0, "%s", gir_error_text());
        gir_cli_free(&cli);
        return 2;
    }
    ctx.checker = gir_checker_new(0);
    gir_cli_run(&cli, each, &ctx);
    gir_checker_free(ctx.checker);
    if (ctx.failed) {
        gir_xlsx_discard(ctx.w);
    } else if (gir_xlsx_close(ctx.w, &cli.out) < 0) {
        gir_errmsg(NULL, 0, "%s", gir_error_text());
        cli.status = 2;
    }
    int status = gir_cli_finish(&cli);
    if (cli.out.fd != STDOUT_FILENO && close(cli.out.fd) < 0 && status == 0) {
        gir_errmsg(NULL, 0, "write error: %s", strerror(errno));
        status = 2;
    }
    gir_cli_free(&cli);
    return status;
}
