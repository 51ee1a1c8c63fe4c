/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decode.h - turn the bytes of a report into UTF-8 text with LF line ends.
 *
 * UTF-8 (BOM stripped); UTF-16 with a BOM; otherwise, if the bytes are not
 * valid UTF-8, GB18030 (a superset of GBK and GB2312) when it explains
 * them better.  --encoding names the encoding instead.  CRLF and CR become
 * LF.  Bytes that are invalid in the chosen encoding, and NUL bytes,
 * become U+FFFD: never a crash, never a silent change (the counts are
 * returned so that the caller can warn). */
#ifndef GIR_DECODE_H
#define GIR_DECODE_H

#include <stddef.h>

typedef struct gir_decoded {
    char *data;               /* malloc'd, NUL-terminated UTF-8 */
    size_t len;
    const char *encoding;     /* "UTF-8", "GB18030", "UTF-16LE", ... or the forced name */
    int had_bom;
    size_t n_invalid;         /* bytes replaced by U+FFFD */
    long first_invalid_line;  /* line of the first replacement, 0 if none */
    int final_newline;        /* the input ended with a line break (or was empty) */
} gir_decoded;

/* Decode IN[0..LEN).  FORCE, if non-NULL, is an iconv encoding name.
 * Returns 0, or -1 (gir_error_text() says why: an unknown FORCE name). */
int gir_decode(const char *in, size_t len, const char *force, gir_decoded *out);
void gir_decoded_free(gir_decoded *d);

/* "UTF-16LE" or "UTF-16BE" when BUF[0..LEN) looks like UTF-16 text
 * without a byte order mark, else NULL. */
const char *gir_utf16_guess(const char *buf, size_t len);
/* Is BUF[0..LEN) valid UTF-8 without NUL bytes? */
int gir_utf8_valid(const char *buf, size_t len);

#endif
