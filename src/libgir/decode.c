/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decode.c - input decoding with iconv (see decode.h). */
#include "config.h"
#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "norm.h"
#include "xmalloc.h"

static const char REPLACEMENT[] = "\xEF\xBF\xBD";   /* U+FFFD */

int
gir_utf8_valid(const char *buf, size_t len)
{
    const unsigned char *s = (const unsigned char *) buf;
    size_t i = 0;
    while (i < len) {
        /* Skip ASCII eight bytes at a time where we can. */
        while (i + 8 <= len) {
            unsigned long long w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            /* a NUL byte in the word? */
            if ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)
                return 0;
            i += 8;
        }
        if (i >= len)
            break;
        if (s[i] == 0)
            return 0;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        /* CJK comes in runs of always-valid 3-byte characters, which
         * this inner loop takes whole. */
        if (gir_utf8_is_plain3(s + i, len - i)) {
            do
                i += 3;
            while (gir_utf8_is_plain3(s + i, len - i));
            continue;
        }
        unsigned cp;
        size_t n = gir_utf8_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && !(n == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD))
            return 0;
        i += n;
    }
    return 1;
}

/* Copy UTF-8, replacing each bad sequence and each NUL with one U+FFFD.
 * A bad sequence is an invalid byte with the continuation bytes after it
 * (a character cut short by a converter that wraps at a byte count is one
 * replacement, not three).  *multibyte counts the well-formed characters
 * beyond ASCII, which tells damaged UTF-8 from another encoding. */
static size_t
repair_utf8(const char *in, size_t len, gir_buf *b, size_t *multibyte)
{
    const unsigned char *s = (const unsigned char *) in;
    size_t bad = 0, good = 0, i = 0, run = 0;
    while (i < len) {
        if (s[i] && s[i] < 0x80) {
            i++;
            continue;
        }
        unsigned cp = 0;
        size_t n = s[i] ? gir_utf8_decode(s + i, len - i, &cp) : 1;
        int invalid = s[i] == 0
            || (cp == 0xFFFD && !(n == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD));
        if (invalid) {
            gir_buf_put(b, in + run, i - run);
            gir_buf_put(b, REPLACEMENT, 3);
            bad++;
            i++;
            for (size_t k = 0; k < 3 && i < len && (s[i] & 0xC0) == 0x80; k++)
                i++;
            run = i;
        } else {
            good++;
            i += n;
        }
    }
    gir_buf_put(b, in + run, len - run);
    if (multibyte)
        *multibyte = good;
    return bad;
}

/* Convert with iconv, replacing what cannot be converted by U+FFFD and
 * skipping one byte.  Returns the number of replacements, or -1 if the
 * encoding is unknown. */
static long
convert(const char *from, const char *in, size_t len, gir_buf *b)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t) -1)
        return -1;
    long bad = 0;
    char *ip = (char *) in;
    size_t il = len;
    char tmp[16384];
    while (il > 0) {
        char *op = tmp;
        size_t ol = sizeof tmp;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        gir_buf_put(b, tmp, (size_t) (op - tmp));
        if (r == (size_t) -1) {
            if (errno == E2BIG)
                continue;
            /* EILSEQ or EINVAL (truncated at the end): replace one byte. */
            gir_buf_put(b, REPLACEMENT, 3);
            bad++;
            ip++;
            il--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
    /* NUL bytes decode to NUL: replace them too. */
    for (size_t i = 0; i < b->len; i++)
        if (b->p[i] == '\0') {
            b->p = xgrow(b->p, &b->cap, b->len + 3, 1);
            memmove(b->p + i + 3, b->p + i + 1, b->len - i - 1);
            memcpy(b->p + i, REPLACEMENT, 3);
            b->len += 2;
            bad++;
        }
    return bad;
}

static int
is_utf8_name(const char *name)
{
    return strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0;
}

/* CRLF and lone CR become LF, in place. */
static size_t
unify_newlines(char *p, size_t len)
{
    char *cr = memchr(p, '\r', len);
    if (!cr)
        return len;
    size_t w = (size_t) (cr - p);
    for (size_t r = w; r < len; r++) {
        if (p[r] == '\r') {
            p[w++] = '\n';
            if (r + 1 < len && p[r + 1] == '\n')
                r++;
        } else {
            p[w++] = p[r];
        }
    }
    return w;
}

static long
line_of_first_replacement(const char *p, size_t len)
{
    const char *hit = NULL;
    for (size_t i = 0; i + 3 <= len; i++)
        if (memcmp(p + i, REPLACEMENT, 3) == 0) {
            hit = p + i;
            break;
        }
    if (!hit)
        return 0;
    long line = 1;
    for (const char *q = p; q < hit; q++)
        line += *q == '\n';
    return line;
}

int
gir_decode(const char *in, size_t len, const char *force, gir_decoded *out)
{
    memset(out, 0, sizeof *out);
    gir_buf b = {0};
    long bad = 0;
    const unsigned char *u = (const unsigned char *) in;

    if (force && is_utf8_name(force)) {
        /* glibc's UTF-8 to UTF-8 conversion lets invalid bytes through. */
        size_t skip = len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
        out->had_bom = skip > 0;
        bad = (long) repair_utf8(in + skip, len - skip, &b, NULL);
        out->encoding = "UTF-8";
    } else if (force) {
        bad = convert(force, in, len, &b);
        if (bad < 0) {
            free(b.p);
            gir_error_set("unknown encoding '%s'", force);
            return -1;
        }
        out->encoding = force;
    } else if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        out->had_bom = 1;
        bad = (long) repair_utf8(in + 3, len - 3, &b, NULL);
        out->encoding = "UTF-8";
    } else if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        out->had_bom = 1;
        out->encoding = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
        bad = convert(out->encoding, in + 2, len - 2, &b);
    } else if (gir_utf8_valid(in, len)) {
        gir_buf_put(&b, in, len);
        out->encoding = "UTF-8";
    } else {
        /* Not valid UTF-8.  Text that is mostly well-formed UTF-8 with a few
         * bad sequences (html2text cuts characters at column widths) is
         * damaged UTF-8: GB18030 bytes form a well-formed UTF-8 character
         * far less often than a bad one (about 1 in 4 on Chinese text), so
         * four good characters a bad sequence keep it UTF-8.  Otherwise
         * GB18030 if it explains the bytes better. */
        gir_buf g = {0};
        long gbad = convert("GB18030", in, len, &g);
        gir_buf f = {0};
        size_t good = 0;
        long fbad = (long) repair_utf8(in, len, &f, &good);
        int mostly_utf8 = good >= 4 * (size_t) fbad;
        if (gbad >= 0 && gbad < fbad && !mostly_utf8) {
            b = g;
            bad = gbad;
            free(f.p);
            out->encoding = "GB18030";
        } else {
            b = f;
            bad = fbad;
            free(g.p);
            out->encoding = "UTF-8";
        }
    }
    if (!b.p)
        gir_buf_put(&b, "", 0);
    if (force && !gir_utf8_valid(b.p, b.len)) {
        /* iconv may pass through what it cannot judge (glibc copies
         * UTF-8 above U+10FFFF): the output must be valid UTF-8 anyway. */
        gir_buf fixed = {0};
        bad += (long) repair_utf8(b.p, b.len, &fixed, NULL);
        free(b.p);
        b = fixed;
        if (!b.p)
            gir_buf_put(&b, "", 0);
    }
    b.len = unify_newlines(b.p, b.len);
    b.p[b.len] = '\0';
    out->data = b.p;
    out->len = b.len;
    out->n_invalid = (size_t) bad;
    out->first_invalid_line = bad ? line_of_first_replacement(b.p, b.len) : 0;
    out->final_newline = b.len == 0 || b.p[b.len - 1] == '\n';
    return 0;
}

void
gir_decoded_free(gir_decoded *d)
{
    free(d->data);
    d->data = NULL;
}

const char *
gir_utf16_guess(const char *buf, size_t len)
{
    const unsigned char *u = (const unsigned char *) buf;
    size_t n = len < 64 * 1024 ? len : 64 * 1024;
    n &= ~(size_t) 1;
    /* Its ASCII, line ends included, has a zero byte: text without one is
     * not UTF-16, and memchr says so fast (this runs on every input). */
    if (n < 8 || !memchr(buf, '\0', n))
        return NULL;
    /* Text in UTF-16 has its high bytes in few places: 0 for ASCII, 0x30
     * and 0xFF for CJK and full-width punctuation, 0x4E-0x9F for the
     * ideographs.  Try both byte orders; the high byte is the odd one in
     * little-endian. */
    for (int order = 0; order < 2; order++) {
        size_t fit = 0, ascii = 0;
        for (size_t i = 0; i < n; i += 2) {
            unsigned hi = u[i + (order == 0)], lo = u[i + (order != 0)];
            if (hi == 0 && lo != 0)
                ascii++;
            if ((hi == 0 && lo != 0) || hi == 0x20 || hi == 0x30 || hi == 0xFF
                || (hi >= 0x4E && hi <= 0x9F))
                fit++;
        }
        size_t units = n / 2;
        /* Nearly every unit fits, and some are ASCII (line ends at least). */
        if (fit * 100 >= units * 95 && ascii > 0)
            return order == 0 ? "UTF-16LE" : "UTF-16BE";
    }
    return NULL;
}
