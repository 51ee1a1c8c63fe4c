/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gir-csv - write the cells (or issues) of each report as CSV. */
#include "config.h"

#include <string.h>

#include "gir.h"

static const char usage[] =
    "gir-csv [--long | --grid=TABLE | --issues] [--bom] [--crlf] [--excel]\n"
    "               [--labels=zh] [--no-header] [FILE...]\n"
    "Write the cells of each report as CSV (RFC 4180), one report at a time.\n"
    "\n"
    "Shapes.  Default: wide, one row per report: source,organ,year,template,\n"
    "then one column per cell key of the 2021 template, t2.regulations.issued ...\n"
    "t4.suit_after_review.total, then the 26 columns only the 2019 template has\n"
    "(reports for 2019 and 2020; empty in a 2021 report's row):\n"
    "  t2.{regulations,normative_docs}.{made,published,public_total}\n"
    "  t2.licensing.{prev_items,change} t2.other_services.{prev_items,change,decisions}\n"
    "  t2.{penalty,enforcement,fees}.{prev_items,change} t2.procurement.{items,amount}\n"
    "  t3.other.{natural,commercial,research,nonprofit,legal_service,other_org,total}\n"
    "Other shapes:\n"
    "      --long             source,table,row,col,value: one row per cell\n"
    "      --grid=TABLE       TABLE (t2, t3 or t4) as printed, with its Chinese\n"
    "                         labels, one block per report (for people)\n"
    "      --issues           the issue records: source,severity,rule,where,\n"
    "                         expected,found,line,message\n"
    "Output:\n"
    "      --labels=zh        Chinese header labels (来源,机关,年度,模板,表二 规章 本年制发件数...)\n"
    "      --labels=keys      key header labels (the default)\n"
    "      --bom              start with a UTF-8 byte order mark (once)\n"
    "      --crlf             end records with CRLF\n"
    "      --excel            --bom --crlf: opens correctly in Excel and WPS\n"
    "      --no-header        write neither header nor BOM (to append shards)\n"
    "Text fields starting with = + - @ TAB or CR get a leading ' so that no\n"
    "spreadsheet runs them; numbers are written as numbers; blank cells are empty.\n";

static int
each(gir_report *r, gir_cli *cli, void *ctx)
{
    gir_csv_writer *w = ctx;
    (void) cli;
    if (w->opts.shape != GIR_CSV_ISSUES && !r->have_cells && gir_report_is_report(r)) {
        gir_report_text(r);
        gir_table_build(r);
    }
    gir_csv_report(w, r);
    return 0;
}

static void
set_shape(gir_csv_opts *opts, int *given, gir_csv_shape shape, const char *table)
{
    if (*given && (opts->shape != shape || (table && strcmp(table, opts->grid_table) != 0)))
        gir_cli_usage_error("only one of --long, --grid and --issues may be given");
    *given = 1;
    opts->shape = shape;
    if (table)
        opts->grid_table = table;
}

int
main(int argc, char **argv)
{
    enum {
        OPT_LONG = GIR_OPT_PROGRAM, OPT_GRID, OPT_ISSUES, OPT_BOM, OPT_CRLF,
        OPT_EXCEL, OPT_LABELS, OPT_NO_HEADER
    };
    static const struct option longopts[] = {
        {"long", no_argument, NULL, OPT_LONG},
        {"grid", required_argument, NULL, OPT_GRID},
        {"issues", no_argument, NULL, OPT_ISSUES},
        {"bom", no_argument, NULL, OPT_BOM},
        {"crlf", no_argument, NULL, OPT_CRLF},
        {"excel", no_argument, NULL, OPT_EXCEL},
        {"labels", required_argument, NULL, OPT_LABELS},
        {"no-header", no_argument, NULL, OPT_NO_HEADER},
        GIR_COMMON_LONG_OPTIONS, {NULL, 0, NULL, 0}};
    gir_cli cli;
    gir_csv_opts opts = {0};
    int shape_given = 0;
    gir_cli_init(&cli, argv[0], usage);
    /* Rows need cells, meta and issues; the text only to build missing cells. */
    cli.defer_text = 1;
    int opt;
    while ((opt = getopt_long(argc, argv, "q", longopts, NULL)) != -1) {
        switch (opt) {
        case OPT_LONG:
            set_shape(&opts, &shape_given, GIR_CSV_LONG, NULL);
            break;
        case OPT_GRID:
            if (!gir_csv_grid_table_ok(optarg))
                gir_cli_usage_error("invalid table '%s' for --grid (t2, t3 or t4)", optarg);
            set_shape(&opts, &shape_given, GIR_CSV_GRID, optarg);
            break;
        case OPT_ISSUES:
            set_shape(&opts, &shape_given, GIR_CSV_ISSUES, NULL);
            break;
        case OPT_BOM:
            opts.bom = 1;
            break;
        case OPT_CRLF:
            opts.crlf = 1;
            break;
        case OPT_EXCEL:
            opts.bom = opts.crlf = 1;
            break;
        case OPT_LABELS:
            if (strcmp(optarg, "zh") == 0)
                opts.labels_zh = 1;
            else if (strcmp(optarg, "keys") == 0)
                opts.labels_zh = 0;
            else
                gir_cli_usage_error("invalid argument '%s' for --labels (zh or keys)", optarg);
            break;
        case OPT_NO_HEADER:
            opts.no_header = 1;
            break;
        default:
            if (!gir_cli_option(&cli, opt, optarg))
                gir_cli_usage_error(NULL);
        }
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
