/* SPDX-License-Identifier: GPL-3.0-or-later */
/* number.c - cell values (see number.h). */
#include "config.h"
#include "number.h"

#include <string.h>

#include "norm.h"

static const char *const placeholders[] = {
    "", "/", "//", "\\", "-", "--", "---", "----", "无", "空", "x", "X", "*",
    "\xe2\x80\xa6", "...",   /* … */
    "?",    /* ？, or what a writer made of a character its encoding
               lacks (w3m -O GB18030 prints — as ?): never digits */
};

static int
is_placeholder(const char *s)
{
    /* Numbers and labels, nearly all cells, start with a byte no
     * placeholder starts with: told apart without the list.  The bytes
     * come from the list itself, so they cannot disagree with it. */
    static unsigned char starts[256], ready;
    if (!ready) {
        for (size_t i = 0; i < sizeof placeholders / sizeof placeholders[0]; i++)
            starts[(unsigned char) placeholders[i][0]] = 1;
        ready = 1;
    }
    if (!starts[(unsigned char) *s] || strnlen(s, 5) > 4)
        return 0;
    for (size_t i = 0; i < sizeof placeholders / sizeof placeholders[0]; i++)
        if (strcmp(s, placeholders[i]) == 0)
            return 1;
    return 0;
}

gir_value_kind
gir_parse_value(const char *s, size_t n, char *out, size_t outsz)
{
    char small[2 * GIR_VALUE_MAX_LEN + 2];
    if (n > GIR_VALUE_MAX_LEN)
        return GIR_VALUE_TEXT;
    size_t len = gir_norm(s, n, small, GIR_NORM_STRIP_SPACE, NULL);
    return gir_parse_norm_value(small, len, out, outsz);
}

gir_value_kind
gir_parse_norm_value(const char *small, size_t len, char *out, size_t outsz)
{
    /* Full-width comma and the ideographic one normalise to ',' or stay. */
    if (is_placeholder(small))
        return GIR_VALUE_BLANK;

    const char *p = small, *end = small + len;
    int neg = 0;
    if (p < end && (*p == '-' || *p == '+')) {
        neg = *p == '-';
        p++;
    }
    /* Integer part: digits, with optional thousands separators. */
    char digits[128];
    size_t nd = 0, group = 0;
    int seen_sep = 0, ndigits_before_sep = 0;
    while (p < end && ((*p >= '0' && *p <= '9') || *p == ',')) {
        if (*p == ',') {
            if (nd == 0 || (seen_sep && group != 3) || (!seen_sep && nd > 3))
                return GIR_VALUE_TEXT;
            if (!seen_sep)
                ndigits_before_sep = (int) nd;
            seen_sep = 1;
            group = 0;
        } else {
            if (nd + 1 >= sizeof digits)
                return GIR_VALUE_TEXT;
            digits[nd++] = *p;
            group++;
        }
        p++;
    }
    (void) ndigits_before_sep;
    if (nd == 0 || (seen_sep && group != 3))
        return GIR_VALUE_TEXT;
    char frac[128];
    size_t nf = 0;
    if (p < end && *p == '.') {
        p++;
        while (p < end && *p >= '0' && *p <= '9') {
            if (nf + 1 >= sizeof frac)
                return GIR_VALUE_TEXT;
            frac[nf++] = *p++;
        }
        if (nf == 0)
            return GIR_VALUE_TEXT;
    }
    /* The fee cell's unit, 万元, is the template's own: "12.5万元" is 12.5.
     * No other unit is read (1.2万 in a count would be 12000). */
    static const char wan_yuan[] = "\xe4\xb8\x87\xe5\x85\x83";
    if ((size_t) (end - p) == sizeof wan_yuan - 1 && memcmp(p, wan_yuan, sizeof wan_yuan - 1) == 0)
        p = end;
    if (p != end)
        return GIR_VALUE_TEXT;

    size_t lead = 0;
    while (lead + 1 < nd && digits[lead] == '0')
        lead++;
    while (nf > 0 && frac[nf - 1] == '0')
        nf--;
    int is_zero = (nd - lead == 1 && digits[lead] == '0' && nf == 0);
    size_t need = (neg && !is_zero) + (nd - lead) + (nf ? nf + 1 : 0) + 1;
    if (need > outsz)
        return GIR_VALUE_TEXT;
    char *w = out;
    if (neg && !is_zero)
        *w++ = '-';
    memcpy(w, digits + lead, nd - lead);
    w += nd - lead;
    if (nf) {
        *w++ = '.';
        memcpy(w, frac, nf);
        w += nf;
    }
    *w = '\0';
    return GIR_VALUE_NUMBER;
}

int
gir_number_is_plain(const char *s)
{
    if (*s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

int
gir_number_is_count(const char *s)
{
    if (!*s || strchr(s, '.') || *s == '-')
        return 0;
    return strlen(s) <= 15;     /* well inside long long */
}

int
gir_number_scaled(const char *s, int scale, long long *units)
{
    int neg = *s == '-';
    if (neg)
        s++;
    long long v = 0;
    int frac = -1;
    for (; *s; s++) {
        if (*s == '.') {
            if (frac >= 0)
                return -1;
            frac = 0;
            continue;
        }
        if (*s < '0' || *s > '9')
            return -1;
        if (frac >= 0 && ++frac > scale)
            return -1;
        if (v > (9000000000000000000LL - 9) / 10)
            return -1;
        v = v * 10 + (*s - '0');
    }
    for (int k = frac < 0 ? 0 : frac; k < scale; k++) {
        if (v > 900000000000000000LL)
            return -1;
        v *= 10;
    }
    *units = neg ? -v : v;
    return 0;
}


int
gir_is_digit_run(const char *s)
{
    return *s && s[strspn(s, "0123456789")] == '\0';
}


int
gir_is_cut_number(const char *s)
{
    return s[strspn(s, "0123456789,")] == '\0' && strchr(s, ',') && strpbrk(s, "0123456789");
}


int
gir_is_comma_cut_head(const char *s)
{
    size_t n = strlen(s);
    return n >= 2 && s[n - 1] == ',' && strspn(s, "0123456789") == n - 1;
}


size_t
gir_glued_digits_start(const char *s)
{
    size_t n = strlen(s), i = n;
    if (n == 0 || s[n - 1] < '0' || s[n - 1] > '9')
        return n;
    while (i > 0 && strchr("0123456789,.", s[i - 1]))
        i--;
    return i == 0 ? n : i;      /* all of it a number: nothing glued */
}


int
gir_ends_in_glued_digits(const char *s)
{
    return gir_glued_digits_start(s) < strlen(s);
}
