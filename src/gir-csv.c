/* gir-csv - write the cells of each report as CSV. */
#include "config.h"

#include "gir.h"

static const char usage[] =
    "gir-csv [--long | --grid=TABLE | --issues] [--bom] [--crlf] [FILE...]\n"
    "Write the cells of each report as CSV.\n";

static int
each(gir_report *r, gir_cli *cli, void *ctx)
{
    (void) cli;
    if (!r->have_cells)
        gir_table_build(r);
    gir_csv_report(ctx, r);
    return 0;
}

int
main(int argc, char **argv)
{
    enum { OPT_LONG = GIR_OPT_PROGRAM };
    static const struct option longopts[] = {
        {"long", no_argument, NULL, OPT_LONG},
        GIR_COMMON_LONG_OPTIONS, {NULL, 0, NULL, 0}};
    gir_cli cli;
    gir_csv_opts opts = {0};
    gir_cli_init(&cli, argv[0], usage);
    int opt;
    while ((opt = getopt_long(argc, argv, "q", longopts, NULL)) != -1) {
        if (opt == OPT_LONG)
            opts.shape = GIR_CSV_LONG;
        else if (!gir_cli_option(&cli, opt, optarg))
            gir_cli_usage_error(NULL);
    }
    gir_cli_operands(&cli, argc - optind, argv + optind);
    gir_csv_writer w;
    gir_csv_init(&w, &cli.out, &opts);
    gir_cli_run(&cli, each, &w);
    gir_csv_finish(&w);
    int status = gir_cli_finish(&cli);
    gir_cli_free(&cli);
    return status;
}
