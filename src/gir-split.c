/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gir-split - find the six sections of each report; write the gir stream. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gir.h"

static const char usage[] =
    "gir-split [-l] [-p] [-s LIST] [--files0-from=F] [FILE...]\n"
    "Find the six sections of each report and write the gir stream.\n\n"
    "  -l, --list             list the sections found: SOURCE TAB N TAB LINE TAB HEADING\n"
    "  -p, --plain            write the text as plain text, not as a gir stream\n"
    "  -s, --sections=LIST    keep only these sections' text (e.g. 5, 2,3 or 1-3)\n";

typedef struct split_ctx {
    int list, plain;
    unsigned sections;          /* bitmask; 0 = all */
} split_ctx;

static void
write_list(gir_out *o, const gir_report *r)
{
    for (int n = 1; n <= 6; n++) {
        const gir_section *s = gir_report_section(r, n);
        if (!s)
            continue;
        gir_out_escaped(o, r->source, strlen(r->source));
        gir_out_putc(o, '\t');
        gir_out_long(o, n);
        gir_out_putc(o, '\t');
        gir_out_long(o, s->line);
        gir_out_putc(o, '\t');
        gir_out_escaped(o, s->heading, strlen(s->heading));
        gir_out_putc(o, '\n');
    }
}

/* The stream, without the text records outside the chosen sections. */
static void
write_selected(gir_out *o, gir_report *r, unsigned sections)
{
    gir_report kept = *r;     /* shallow: same arena, filtered record list */
    gir_record *recs = xmalloc((r->nrecords ? r->nrecords : 1) * sizeof *recs);
    size_t n = 0;
    for (size_t i = 0; i < r->nrecords; i++) {
        const gir_record *rec = &r->records[i];
        if (rec->type == GIR_REC_TEXT) {
            long line = strtol(rec->raw + 5, NULL, 10);
            if (!(sections & (1u << gir_report_section_of(r, line))))
                continue;
        }
        recs[n++] = *rec;
    }
    kept.records = recs;
    kept.nrecords = n;
    gir_report_write(o, &kept);
    free(recs);
}

static int
each(gir_report *r, gir_cli *cli, void *vctx)
{
    split_ctx *ctx = vctx;
    if (ctx->list)
        write_list(&cli->out, r);
    else if (ctx->plain)
        gir_report_write_plain(&cli->out, r, ctx->sections);
    else if (ctx->sections)
        write_selected(&cli->out, r, ctx->sections);
    else
        gir_report_write(&cli->out, r);
    return 0;
}

int
main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"list", no_argument, NULL, 'l'},
        {"plain", no_argument, NULL, 'p'},
        {"sections", required_argument, NULL, 's'},
        GIR_COMMON_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    gir_cli cli;
    split_ctx ctx = {0};
    gir_cli_init(&cli, argv[0], usage);
    int opt;
    while ((opt = getopt_long(argc, argv, "lps:q", longopts, NULL)) != -1) {
        switch (opt) {
        case 'l': ctx.list = 1; break;
        case 'p': ctx.plain = 1; break;
        case 's':
            if (gir_parse_section_list(optarg, &ctx.sections) < 0)
                gir_cli_usage_error("invalid section list '%s' (sections are 1 to 6, e.g. 2,3)", optarg);
            break;
        default:
            if (!gir_cli_option(&cli, opt, optarg))
                gir_cli_usage_error(NULL);
        }
    }
    gir_cli_operands(&cli, argc - optind, argv + optind);
    gir_cli_run(&cli, each, &ctx);
    int status = gir_cli_finish(&cli);
    gir_cli_free(&cli);
    return status;
}
