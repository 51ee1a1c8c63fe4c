/* gir-check - validate each report's tables; add issue records. */
#include "config.h"

#include "gir.h"

static const char usage[] =
    "gir-check [--report] [--strict] [-q] [FILE...]\n"
    "Validate the template's arithmetic and structure; add issue records.\n";

typedef struct check_ctx {
    gir_checker *checker;
    int errors;
} check_ctx;

static int
each(gir_report *r, gir_cli *cli, void *vctx)
{
    check_ctx *ctx = vctx;
    if (!r->have_cells)
        gir_table_build(r);
    ctx->errors += gir_check_report(ctx->checker, r);
    gir_report_write(&cli->out, r);
    return 0;
}

int
main(int argc, char **argv)
{
    static const struct option longopts[] = {GIR_COMMON_LONG_OPTIONS, {NULL, 0, NULL, 0}};
    gir_cli cli;
    check_ctx ctx = {0};
    gir_cli_init(&cli, argv[0], usage);
    int opt;
    while ((opt = getopt_long(argc, argv, "q", longopts, NULL)) != -1)
        if (!gir_cli_option(&cli, opt, optarg))
            gir_cli_usage_error(NULL);
    gir_cli_operands(&cli, argc - optind, argv + optind);
    ctx.checker = gir_checker_new(0);
    gir_cli_run(&cli, each, &ctx);
    gir_checker_free(ctx.checker);
    int status = gir_cli_finish(&cli);
    gir_cli_free(&cli);
    if (status == 0 && ctx.errors)
        status = 1;
    return status;
}
