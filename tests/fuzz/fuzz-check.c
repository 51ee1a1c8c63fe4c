/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-check - gir-check's rules on reports read from a gir stream, so
 * that cell values, meta (organ, year) and existing issues hold anything:
 * 40-digit numbers, decimals, signs, text.  One checker serves all the
 * reports of an input (the cross-year rule compares them).  A report
 * without cell records is built by gir_table_build first, as gir-check
 * does. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static void
check(gir_checker *c, gir_report *r, gir_out *out)
{
    if (!r->have_cells)
        gir_table_build(r);
    (void) gir_check_report(c, r);
    gir_report_write(out, r);
    gir_report_reset(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
    gir_out out;
    gir_out_init(&out, fuzz_devnull);
    gir_checker *c = gir_checker_new(0);
    gir_report r;
    gir_report_init(&r);
    const char *p = (const char *) data, *end = p + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t) (end - p));
        const char *le = nl ? nl : end;
        if (gir_report_add_raw(&r, p, (size_t) (le - p)) == GIR_REC_END)
            check(c, &r, &out);
        p = nl ? nl + 1 : end;
    }
    if (r.nrecords)
        check(c, &r, &out);
    gir_checker_free(c);
    gir_report_free(&r);
    out.len = 0;
    return 0;
}
