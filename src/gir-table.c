/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gir-table - rebuild tables t2, t3 and t4: one cell record per key. */
#include "config.h"

#include "gir.h"

static const char usage[] =
    "gir-table [FILE...]\n"
    "Rebuild the statistical tables t2, t3 and t4 of each report: add one\n"
    "cell record for every cell of the template (empty where not found).\n";

static int
each(gir_report *r, gir_cli *cli, void *ctx)
{
    (void) ctx;
    /* A stream that went through gir-table already keeps its cells. */
    if (!r->have_cells && gir_report_is_report(r))
        gir_table_build(r);
    gir_report_write(&cli->out, r);
    return 0;
}

int
main(int argc, char **argv)
{
    static const struct option longopts[] = {GIR_COMMON_LONG_OPTIONS, {NULL, 0, NULL, 0}};
    gir_cli cli;
    gir_cli_init(&cli, argv[0], usage);
    int opt;
    while ((opt = getopt_long(argc, argv, "q", longopts, NULL)) != -1)
        if (!gir_cli_option(&cli, opt, optarg))
            gir_cli_usage_error(NULL);
    gir_cli_operands(&cli, argc - optind, argv + optind);
    gir_cli_run(&cli, each, NULL);
    int status = gir_cli_finish(&cli);
    gir_cli_free(&cli);
    return status;
}
