/* SPDX-License-Identifier: GPL-3.0-or-later */
/* number.h - what a table cell's text means: a number, blank, or neither.
 *
 * "1,234", full-width digits, "12.5" and "12.5万元" (the fee cell's own
 * unit) are numbers; "", "/", "-", "—",
 * "无" are blank (a blank cell is blank, never 0). */
#ifndef GIR_NUMBER_H
#define GIR_NUMBER_H

#include <stddef.h>

typedef enum {
    GIR_VALUE_TEXT = 0,   /* not a number, not blank: a label or noise */
    GIR_VALUE_BLANK,      /* empty or a placeholder */
    GIR_VALUE_NUMBER      /* OUT holds the normalised number */
} gir_value_kind;

/* Classify S[0..N) (raw text; normalised here).  For a number, OUT (of
 * OUTSZ bytes; 64 is plenty for any sane cell) receives its normalised
 * form: no separators, no leading zeros, no trailing fractional zeros
 * ("0,012.50" -> "12.5").  A number too long for OUT is TEXT. */
gir_value_kind gir_parse_value(const char *s, size_t n, char *out, size_t outsz);
/* The same for text already normalised by gir_norm(..., GIR_NORM_STRIP_SPACE)
 * (NUL-terminated, LEN bytes), for callers that have that copy anyway.
 * Raw text longer than GIR_VALUE_MAX_LEN bytes is TEXT. */
#define GIR_VALUE_MAX_LEN 127
gir_value_kind gir_parse_norm_value(const char *norm, size_t len, char *out, size_t outsz);

/* Is S written -?DIGITS(.DIGITS)?: what gir writes for a value, and what
 * every spreadsheet reads as a number (anything else is text there)? */
int gir_number_is_plain(const char *s);
/* Is S (NUL-terminated) ASCII digits only, at least one: a count as a
 * tokeniser printed it, no sign, separator or point? */
int gir_is_digit_run(const char *s);
/* Number-like text a tokeniser leaves as a label (NUL-terminated, ASCII
 * after normalising): digits and commas only, with at least one of each,
 * is a number a narrow cell cut after a comma (4,8 of 4,838); */
int gir_is_cut_number(const char *s);
/* digits then one comma, the head of such a cut (17, over 887); */
int gir_is_comma_cut_head(const char *s);
/* and digits at the end of other text, a number glued to a label
 * (信30,888, 8.属于行政查询事项12), is not a number's piece. */
int gir_ends_in_glued_digits(const char *s);
/* Where those glued digits start in S (strlen(S) when there are none). */
size_t gir_glued_digits_start(const char *s);
/* Is the normalised number S a non-negative integer that fits a count? */
int gir_number_is_count(const char *s);
/* Parse a normalised number into a scaled integer: *units = S * 10^scale
 * with the given SCALE (digits after the point).  -1 if it does not fit or
 * has more fractional digits than SCALE. */
int gir_number_scaled(const char *s, int scale, long long *units);

#endif
