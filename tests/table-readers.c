/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table-readers - what each reader of the table core proposes for each
 * row of a small text, and what the verifier takes: the unit test of the
 * readers (tests/table-readers.sh runs it on tests/fixtures/readers/NAME.txt and
 * compares with NAME.exp).
 *
 * Usage: table-readers FILE [TEMPLATE]
 * The whole text is each table's region (no section needed), and a row
 * is read even when too few rows were found to make a table, so a case
 * can be three lines.  For each row found, what every reader proposes
 * for it once the table is read (the rows accepted around it in view):
 *   t3.new count: 1 2 _ 0 0 0 3      (_ a blank cell; ? after the reader:
 *                                      a reading that needed a choice; < or
 *                                      > after a value: it reaches out of its
 *                                      column towards a blank cell beside it
 *                                      in pdftotext's text, which it may be)
 * then what the verifier decided while reading:
 *   t3.new = count: 1 2 _ 0 0 0 3    (the reader taken, and the cells; ~ a
 *                                      cell left empty as the identities did
 *                                      not single out a value's place)
 *   t3.new = unread (count_unsure)   (and why not) */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gir.h"
#include "split.h"
#include "table/internal.h"

static void
print_proposals(const table *t, const row *w)
{
    for (size_t i = 0; i < n_table_readers; i++) {
        proposal p;
        memset(&p, 0, sizeof p);
        if (!reader_applies(&table_readers[i], t) || !table_readers[i].read(t, w, &p))
            continue;
        printf("%s.%s %s%s:", t->name, w->name, table_readers[i].name, p.inferred ? "?" : "");
        for (int c = 0; c < w->n; c++)
            printf(" %s%s%s", *p.value[c] ? p.value[c] : "_",
                   (p.move_left & p.off_left) >> c & 1 ? "<" : "",
                   (p.move_right & p.off_right) >> c & 1 ? ">" : "");
        printf("%s\n", p.under_unread ? " (under unread values)" : "");
    }
}

/* What the verifier decided for row W. */
static void
print_verdict(const table *t, const row *w)
{
    printf("%s.%s = ", t->name, w->name);
    if (w->state == ROW_READ) {
        printf("%s:", w->by);
        for (int c = 0; c < w->n; c++)
            printf(" %s", w->column_unsure >> c & 1 ? "~" : *w->value[c] ? w->value[c] : "_");
        printf("%s\n", w->place_unsure ? " (place_unsure)" : "");
    }
    else if (w->state == ROW_GLUED)
        printf("unread (glued runs, no split singled out)\n");
    else
        printf("unread (%s)\n", w->contested ? "contested" : w->ordinal ? "ordinal"
               : w->disagree ? "disagree" : w->under_unread ? "under_unread"
               : w->under_digit ? "under_digit"
               : w->repair_unsure ? "repair_unsure"
               : w->count_unsure ? "count_unsure" : w->over_stack ? "over_stack"
               : w->page_split ? "page_split" : "no reading");
}

int
main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fputs("usage: table-readers FILE [TEMPLATE]\n", stderr);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    static char data[1 << 20];
    size_t len = fread(data, 1, sizeof data, f);
    fclose(f);
    gir_report r;
    gir_report_init(&r);
    gir_split_opts opts = {NULL, 0};
    if (gir_split_raw(&r, argv[1], data, len, &opts) != 0) {
        fprintf(stderr, "table-readers: %s: %s\n", argv[1], gir_error_text());
        return 2;
    }
    if (argc == 3 && !(r.tmpl = gir_template_named(argv[2]))) {
        fprintf(stderr, "table-readers: no template %s\n", argv[2]);
        return 2;
    }
    size_t ntables;
    const table_def *defs = table_defs(r.tmpl, &ntables);
    static table tbl;   /* static: its buffers stay reachable, as gir-table's kept table */
    table *t = &tbl;
    find_form_feeds(t, &r);
    for (size_t i = 0; i < ntables; i++) {
        table_init(t, &r, &defs[i]);
        region_build(&t->g, &r, defs[i].merged_labels, 0, r.nlines);
        if (getenv("GIR_TABLE_DEBUG"))
            dump_tokens(&t->g);
        read_rows(t, 0, 0);
        for (size_t k = 0; k < t->nrows; k++) {
            row read = t->rows[k];
            if (read.state == ROW_MISSING || read.state == ROW_DROPPED)
                continue;
            /* The readers see the row as not yet read, the others as the
             * verifier left them. */
            t->rows[k].state = ROW_FOUND;
            print_proposals(t, &t->rows[k]);
            t->rows[k] = read;
            print_verdict(t, &t->rows[k]);
        }
    }
    gir_report_free(&r);
    return 0;
}
