/* SPDX-License-Identifier: GPL-3.0-or-later */
/* regex.h - the library's PCRE2 patterns, compiled one way.
 *
 * Every pattern gir uses is its own constant: UTF-8 with Unicode
 * properties (\d, \s and classes know full-width forms), tolerant of
 * invalid UTF-8 in the subject (decoding already replaced what it could
 * not read, but a stream record may still hold anything), and JIT-compiled
 * because each is matched against every line of a report. */
#ifndef GIR_REGEX_H
#define GIR_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Compile PATTERN; NULL gives NULL (an optional pattern).  A built-in
 * pattern that does not compile is a programming error: it says so and
 * aborts, so a broken pattern cannot ship past `make check`. */
pcre2_code *gir_regex_compile(const char *pattern);

#endif
