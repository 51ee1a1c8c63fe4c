/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-stream - the reader: bytes as a gir stream (or a raw report) read
 * through gir_in from a file, twice in one reader (two inputs), each
 * report written back as a stream and as plain text.  Also feeds every
 * line straight to gir_report_add_raw.  Covers stream.c, reader.c,
 * report.c (and split.c for input that is not a stream). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
    char path[64];
    int fd = fuzz_memfile(data, len, path, sizeof path);
    char *paths[2] = {path, path};

    gir_out out;
    gir_out_init(&out, fuzz_devnull);
    gir_reader rd;
    gir_reader_init(&rd, paths, 2, NULL);
    gir_report r;
    gir_report_init(&r);
    int rc;
    while ((rc = gir_reader_next(&rd, &r)) != 0) {
        if (rc < 0)
            continue;
        gir_report_write(&out, &r);
        gir_report_write_plain(&out, &r, 0);
        gir_report_write_plain(&out, &r, 0x7e);
        for (size_t i = 0; i < r.nlines; i++)
            (void) gir_report_section_of(&r, r.lines[i].line);
        (void) gir_report_meta(&r, "organ");
    }
    gir_reader_close(&rd);
    close(fd);

    /* Line by line into one report, as a stream body. */
    gir_report_reset(&r);
    const char *p = (const char *) data, *end = p + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t) (end - p));
        const char *le = nl ? nl : end;
        if (gir_report_add_raw(&r, p, (size_t) (le - p)) == GIR_REC_END)
            gir_report_reset(&r);
        p = nl ? nl + 1 : end;
    }
    gir_report_write(&out, &r);
    gir_report_free(&r);
    out.len = 0;
    return 0;
}
