/* SPDX-License-Identifier: GPL-3.0-or-later */
/* regex.c - see regex.h. */
#include "config.h"

#include <stdlib.h>

#include "diag.h"
#include "regex.h"

pcre2_code *
gir_regex_compile(const char *pattern)
{
    if (!pattern)
        return NULL;
    int err;
    PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
                                     &err, &off, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        gir_errmsg(NULL, 0, "internal error: pattern %s at %zu: %s", pattern, (size_t) off, msg);
        abort();
    }
    /* Without JIT (a platform PCRE2 lacks it for) the interpreter runs. */
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}
