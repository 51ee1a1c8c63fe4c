/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-table - table reconstruction: a raw report split as gir-split
 * would, then gir_table_build, then gir_check_report and the stream
 * written to /dev/null.  Invariant: every cell of the template gets a
 * value (a number or blank) after the build. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
    gir_report r;
    gir_report_init(&r);
    if (gir_split_raw(&r, "fuzz", (const char *) data, len, NULL) < 0) {
        gir_report_free(&r);
        return 0;
    }
    gir_table_build(&r);
    if (r.cells)
        for (size_t i = 0; i < r.tmpl->ncells; i++)
            if (!r.cells[i].value)
                fuzz_fail("cell %s has no value after gir_table_build", r.tmpl->cells[i].key);
    gir_checker *c = gir_checker_new(len & 1);
    (void) gir_check_report(c, &r);
    gir_checker_free(c);
    gir_out out;
    gir_out_init(&out, fuzz_devnull);
    gir_report_write(&out, &r);
    out.len = 0;
    gir_report_free(&r);
    return 0;
}
