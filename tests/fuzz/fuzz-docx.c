/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-docx - the Word reader.  First byte even: the rest is
 * word/document.xml itself (gir_docx_xml_lines: the walk, merged cells,
 * past the zip's checksums, which would reject nearly every mutation);
 * odd: the rest is the whole file (gir_docx_lines: libzip, the part's
 * limits).  Invariants: every line is NUL-terminated valid UTF-8 and the
 * lines are numbered 1..n. */
#include "fuzz.h"
#include "config.h"     /* HAVE_PDF, HAVE_DOCX (after fuzz.h: it defines _GNU_SOURCE) */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
#ifdef HAVE_DOCX
    if (len < 1)
        return 0;
    const char *in = (const char *) data + 1;
    gir_arena a;
    gir_arena_init(&a);
    gir_line *lines;
    size_t nl;
    int rc = data[0] & 1 ? gir_docx_lines("fuzz", in, len - 1, &a, &lines, &nl)
                         : gir_docx_xml_lines(in, len - 1, &a, &lines, &nl);
    if (rc == 0) {
        for (size_t i = 0; i < nl; i++) {
            if (lines[i].line != (long) i + 1)
                fuzz_fail("line %zu has number %ld", i, lines[i].line);
            if (lines[i].text[lines[i].len] != '\0')
                fuzz_fail("line %zu not NUL-terminated", i);
            if (!gir_utf8_valid(lines[i].text, lines[i].len))
                fuzz_fail("line %zu is not valid UTF-8", i);
        }
    }
    gir_arena_free(&a);
#else
    (void) data, (void) len;
#endif
    return 0;
}
