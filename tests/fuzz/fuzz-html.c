/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-html - the HTML path: gir_html_lines on any bytes (whether or not
 * they look like HTML), then the lines through heading recognition.
 * Invariants: every line is NUL-terminated valid UTF-8 and line numbers
 * are positive. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
    gir_arena a;
    gir_arena_init(&a);
    gir_line *lines;
    size_t n;
    const char *enc;
    (void) gir_looks_like_html((const char *) data, len);
    if (gir_html_lines("fuzz", (const char *) data, len, NULL, &a, &lines, &n, &enc) == 0) {
        for (size_t i = 0; i < n; i++) {
            if (lines[i].line <= 0)
                fuzz_fail("line %zu has number %ld", i, lines[i].line);
            if (lines[i].text[lines[i].len] != '\0')
                fuzz_fail("line %zu not NUL-terminated", i);
            if (!gir_utf8_valid(lines[i].text, lines[i].len))
                fuzz_fail("line %zu is not valid UTF-8", i);
        }
        gir_section s[6];
        gir_find_sections(lines, n, s, &a);
        gir_meta_found m;
        gir_find_meta(lines, n, &m, &a);
    }
    gir_arena_free(&a);
    return 0;
}
