/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv - the CSV writer in every shape.  The first byte chooses the
 * options (scripts/fuzz and tests/hardening-fuzz-regressions.sh decode
 * it the same way):
 *     bits 0-1  shape: wide, long, grid, issues
 *     bits 2-3  grid table: t2, t3, t4, t2
 *     bit 4 --bom, bit 5 --crlf, bit 6 --labels=zh, bit 7 --no-header
 * The rest is a gir stream body, fed line by line to gir_report_add_raw
 * (so meta, cells and issues hold anything); each 'end' writes the
 * report.  A report without cell records gets its text lines as cell
 * values, so arbitrary bytes reach every cell; or, for an input of odd
 * length, takes gir-csv's own path: text records read lazily
 * (defer_text), their views made by gir_report_text, then the table
 * step. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static void
emit(gir_csv_writer *w, gir_report *r)
{
    if (!r->have_cells) {
        gir_report_text(r);
        if (r->defer_text) {
            if (gir_report_is_report(r))
                gir_table_build(r);
        } else {
            for (size_t i = 0; i < r->nlines; i++)
                gir_report_set_cell(r, i % r->tmpl->ncells, r->lines[i].text, r->lines[i].line);
        }
    }
    gir_csv_report(w, r);
    gir_report_reset(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    static const char *const grids[4] = {"t2", "t3", "t4", "t2"};
    fuzz_init();
    if (len == 0)
        return 0;
    unsigned o = data[0];
    gir_csv_opts opts = {0};
    opts.shape = (gir_csv_shape) (o & 3);
    opts.grid_table = grids[(o >> 2) & 3];
    opts.bom = !!(o & 0x10);
    opts.crlf = !!(o & 0x20);
    opts.labels_zh = !!(o & 0x40);
    opts.no_header = !!(o & 0x80);

    gir_out out;
    gir_out_init(&out, fuzz_devnull);
    gir_csv_writer w;
    gir_csv_init(&w, &out, &opts);
    gir_report r;
    gir_report_init(&r);
    r.defer_text = len & 1;

    const char *p = (const char *) data + 1, *end = (const char *) data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t) (end - p));
        const char *le = nl ? nl : end;
        if (gir_report_add_raw(&r, p, (size_t) (le - p)) == GIR_REC_END)
            emit(&w, &r);
        p = nl ? nl + 1 : end;
    }
    if (r.nrecords)
        emit(&w, &r);
    gir_csv_finish(&w);

    char label[64];
    size_t size = (o % sizeof label) + 1;
    for (size_t i = 0; i < 4 + r.tmpl->ncells; i++) {
        gir_csv_zh_label(r.tmpl, i, label, size);
        if (strlen(label) >= size)
            fuzz_fail("zh label %zu overflows its buffer of %zu", i, size);
    }
    gir_report_free(&r);
    out.len = 0;
    return 0;
}
