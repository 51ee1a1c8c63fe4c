/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-pdf - the PDF reader: gir_pdf_lines on any bytes made to look like
 * a PDF (a "%PDF-" header is put in front of input that has none, so the
 * fuzzer spends its time inside the reader), then the lines through
 * heading recognition.  Invariants: every line is NUL-terminated valid
 * UTF-8 and the lines are numbered 1..n. */
#include "fuzz.h"
#include "config.h"     /* HAVE_PDF, HAVE_DOCX (after fuzz.h: it defines _GNU_SOURCE) */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
#ifdef HAVE_PDF
    char *buf = malloc(len + 16);
    size_t n = 0;
    if (len < 5 || memcmp(data, "%PDF-", 5) != 0) {
        memcpy(buf, "%PDF-1.7\n", 9);
        n = 9;
    }
    memcpy(buf + n, data, len);
    n += len;
    gir_arena a;
    gir_arena_init(&a);
    gir_line *lines;
    size_t nl;
    if (gir_pdf_lines("fuzz", buf, n, &a, &lines, &nl) == 0) {
        for (size_t i = 0; i < nl; i++) {
            if (lines[i].line != (long) i + 1)
                fuzz_fail("line %zu has number %ld", i, lines[i].line);
            if (lines[i].text[lines[i].len] != '\0')
                fuzz_fail("line %zu not NUL-terminated", i);
            if (!gir_utf8_valid(lines[i].text, lines[i].len))
                fuzz_fail("line %zu is not valid UTF-8", i);
        }
        gir_section s[6];
        gir_find_sections(lines, nl, s, &a);
    }
    gir_arena_free(&a);
    free(buf);
#else
    (void) data, (void) len;
#endif
    return 0;
}
