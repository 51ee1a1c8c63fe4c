/* csvout.c - CSV output.  Not written yet: the long shape only. */
#include "config.h"
#include "csvout.h"

#include <string.h>

void
gir_csv_init(gir_csv_writer *w, gir_out *out, const gir_csv_opts *opts)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->opts = *opts;
}

static void
start(gir_csv_writer *w)
{
    if (w->started)
        return;
    w->started = 1;
    gir_out_puts(w->out, "source,table,row,col,value\n");
}

void
gir_csv_report(gir_csv_writer *w, const gir_report *r)
{
    start(w);
    if (!r->cells)
        return;
    for (size_t i = 0; i < r->tmpl->ncells; i++) {
        const gir_cell_def *d = &r->tmpl->cells[i];
        gir_out_puts(w->out, r->source);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, d->table);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, d->row);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, d->col);
        gir_out_putc(w->out, ',');
        gir_out_puts(w->out, r->cells[i].value ? r->cells[i].value : "");
        gir_out_putc(w->out, '\n');
    }
}

void
gir_csv_finish(gir_csv_writer *w)
{
    start(w);
}
