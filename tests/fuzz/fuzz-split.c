/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-split - gir-split's work on a raw report: decoding, heading
 * recognition, meta.  Invariants: found sections are in line order
 * (several may share a line: a page flattened to one line); for text (not HTML) input the lines reproduce the decoded input
 * exactly (lossless) and are numbered 1..n; the report written as a
 * stream and read back gives the same lines. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
    const char *in = (const char *) data;
    gir_report r;
    gir_report_init(&r);
    if (gir_split_raw(&r, "fuzz", in, len, NULL) < 0) {
        gir_report_free(&r);
        return 0;
    }

    long last = 0;
    for (int n = 1; n <= 6; n++) {
        const gir_section *s = gir_report_section(&r, n);
        if (!s)
            continue;
        if (s->line < last)
            fuzz_fail("section %d at line %ld, before line %ld", n, s->line, last);
        if (!s->heading)
            fuzz_fail("section %d without heading", n);
        last = s->line;
    }
    if (!gir_report_meta(&r, "template") || !gir_report_meta(&r, "encoding"))
        fuzz_fail("meta template/encoding missing");

    if (gir_binary_sniff(in, len) == GIR_BIN_NONE && !gir_looks_like_html(in, len)) {
        gir_decoded d;
        if (gir_decode(in, len, NULL, &d) < 0)
            fuzz_fail("gir_decode failed after gir_split_raw succeeded");
        size_t off = 0;
        for (size_t i = 0; i < r.nlines; i++) {
            const gir_line *l = &r.lines[i];
            if (l->line != (long) i + 1)
                fuzz_fail("line %zu numbered %ld", i + 1, l->line);
            if (off + l->len > d.len || memcmp(d.data + off, l->text, l->len) != 0)
                fuzz_fail("line %zu differs from the decoded input", i + 1);
            off += l->len;
            if (i + 1 < r.nlines || d.final_newline) {
                if (off >= d.len || d.data[off] != '\n')
                    fuzz_fail("line %zu not followed by LF in the decoded input", i + 1);
                off++;
            }
        }
        if (off != d.len)
            fuzz_fail("lines cover %zu of %zu decoded bytes", off, d.len);
        gir_decoded_free(&d);
    }

    /* Write the stream, read it back: the same lines. */
    char path[64];
    int fd = fuzz_memfile(NULL, 0, path, sizeof path);
    gir_out out;
    gir_out_init(&out, fd);
    gir_report_write(&out, &r);
    if (gir_out_flush(&out) < 0)
        fuzz_fail("write to memfd failed");
    char *paths[1] = {path};
    gir_reader rd;
    gir_reader_init(&rd, paths, 1, NULL);
    gir_report back;
    gir_report_init(&back);
    if (gir_reader_next(&rd, &back) != 1)
        fuzz_fail("the written stream does not read back as a report");
    if (back.nlines != r.nlines)
        fuzz_fail("read back %zu lines of %zu", back.nlines, r.nlines);
    for (size_t i = 0; i < r.nlines; i++)
        if (back.lines[i].line != r.lines[i].line || back.lines[i].len != r.lines[i].len
            || memcmp(back.lines[i].text, r.lines[i].text, r.lines[i].len) != 0)
            fuzz_fail("line %zu changed through the stream", i + 1);
    for (int n = 0; n < 6; n++)
        if (back.sections[n].line != r.sections[n].line)
            fuzz_fail("section %d changed through the stream", n + 1);
    if (gir_reader_next(&rd, &back) != 0)
        fuzz_fail("the written stream holds more than one report");
    gir_reader_close(&rd);
    gir_report_free(&back);
    close(fd);

    gir_out_init(&out, fuzz_devnull);
    gir_report_write_plain(&out, &r, 1u << 5);
    out.len = 0;
    gir_report_free(&r);
    return 0;
}
