/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table_tok.h - a table region of a report as cells in reading order.
 *
 * Whatever the layout (TAB or CSV rows, | or box-drawing grids, one cell
 * per line, pdftotext -layout columns, a page flattened to one line), the
 * region becomes one sequence of tokens: labels, numbers, blank
 * placeholders, and empty fields of delimited lines.  Each token keeps
 * where it came from (line, field, display column), which is all the
 * table reader needs to place values it cannot place by counting. */
#ifndef GIR_TABLE_TOK_H
#define GIR_TABLE_TOK_H

#include <stddef.h>

#include "report.h"
#include "xmalloc.h"

typedef enum {
    GIR_TOK_LABEL,      /* text: row or column labels, headings, noise */
    GIR_TOK_NUM,        /* a number; value holds its normalised form */
    GIR_TOK_BLANK,      /* a placeholder: / - — 无 */
    GIR_TOK_EMPTY       /* an empty field of a TAB, | or CSV line */
} gir_tok_kind;

typedef enum {
    GIR_LINE_LAYOUT,    /* columns aligned by spaces (or one cell per line) */
    GIR_LINE_DELIMITED  /* fields split by TAB, |, box-drawing bars or CSV */
} gir_line_mode;

enum { GIR_TOK_LINE_CUT = 1, GIR_TOK_MAY_BE_CUT = 2 };    /* gir_tok.damaged */

typedef struct gir_tok {
    gir_tok_kind kind;
    gir_line_mode mode;
    size_t li;          /* index of the line in the report's lines */
    long line;          /* input line number */
    int field;          /* field (delimited) or chunk (layout) on the line */
    int nfields;        /* fields on the line */
    int x0, x1;         /* display columns [x0, x1) of the token (layout) */
    int c0, c1;         /* the same in characters: pdftotext -layout puts
                           every glyph, CJK too, in one column of its grid */
    const char *text;   /* normalised, white space removed (arena) */
    char value[48];     /* NUM: normalised number */
    int run;            /* NUM: a bare run of 2+ digits (maybe glued cells) */
    int stacked;        /* NUM: digits a narrow PDF column printed one above
                           the other, joined and moved to the row's line:
                           its character columns hold, its display ones not */
    int damaged;        /* NUM, BLANK: may have lost digits (html2text cuts
                           cells at widths in bytes): GIR_TOK_LINE_CUT on a
                           line where a broken character (U+FFFD) follows a
                           value; GIR_TOK_MAY_BE_CUT a full-width number
                           filling its | cell in a table that was cut */
    int repaired;       /* NUM: joined from pieces on several lines (digits
                           stacked in a narrow column, a number wrapped in a
                           grid cell): a reading the row's identities must
                           confirm (table/verify.c) */
} gir_tok;

/* A rule of dash runs over a table's columns (`------ ---- ----`, as
 * pandoc's plain and markdown simple tables and rst's draw): each run is
 * a column's extent, the same in display columns and characters. */
typedef struct gir_col_rule {
    size_t li;          /* the rule's line */
    size_t first, n;    /* its runs: gir_toks.runs[first .. first + n) */
} gir_col_rule;

typedef struct gir_run {
    int x0, x1;
} gir_run;

typedef struct gir_toks {
    gir_tok *v;
    size_t n, cap;
    gir_col_rule *rules;    /* in line order */
    size_t nrules, caprules;
    gir_run *runs;
    size_t nruns, capruns;
    size_t rule_lines;      /* lines that are a grid's rules (is_rule_line), last gir_tokenise */
} gir_toks;

/* Append the tokens of lines [FIRST, END) to OUT: each line's cells as
 * they stand, read as nothing more. */
void gir_tokenise(const gir_line *lines, size_t first, size_t end, gir_arena *a,
                  gir_toks *out);
/* The repairs of OUT's tokens [FROM, N) of lines [FIRST, END), once the
 * table core has read each line's head: a number a grid cell wrapped
 * over its row's lines, or pdftotext stacked a digit a line around its
 * row in a narrow column, joined into one token marked repaired (a
 * reading the row's identities must confirm); values on a line that
 * lost bytes, or full-width numbers filling their cut cells, marked
 * damaged. */
void gir_toks_repair(const gir_line *lines, size_t first, size_t end, gir_arena *a,
                     gir_toks *out, size_t from);
void gir_toks_free(gir_toks *t);

/* The tokens of line LI among T's tokens [FROM, N), which come in line
 * order: [*LO, *HI), found by binary search; 0 if there is none. */
int gir_toks_line(const gir_toks *t, size_t from, size_t li, size_t *lo, size_t *hi);

/* Is token I the only value (number or blank) of its line, among T's
 * tokens [FROM, N)?  Found from I outward, without a search. */
int gir_toks_lone_value(const gir_toks *t, size_t from, size_t i);

#endif
