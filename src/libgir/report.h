/* SPDX-License-Identifier: GPL-3.0-or-later */
/* report.h - one report in memory: the unit every program works on.
 *
 * A program reads a report (from a gir stream, or by splitting a raw
 * report in-process), adds what it computes (cells, issues) and writes it
 * back.  Everything read is kept as raw record lines and written back
 * verbatim, so unknown record types pass through untouched; the parsed
 * views (lines, sections, meta, cells, issues) point into the same arena.
 * All memory of a report is freed by gir_report_reset(), so a stream of
 * any length runs in the memory of its largest report. */
#ifndef GIR_REPORT_H
#define GIR_REPORT_H

#include <stddef.h>

#include "stream.h"
#include "template.h"
#include "xmalloc.h"

typedef enum gir_rec_type {
    GIR_REC_OTHER, GIR_REC_REPORT, GIR_REC_META, GIR_REC_SECTION,
    GIR_REC_TEXT, GIR_REC_CELL, GIR_REC_ISSUE, GIR_REC_END
} gir_rec_type;

typedef struct gir_record {
    gir_rec_type type;
    const char *raw;            /* the escaped line, without its LF */
    size_t len;
} gir_record;

typedef struct gir_line {       /* a text record: one input line */
    long line;                  /* 1-based line number in the original input */
    const char *text;           /* decoded, unescaped, NUL-terminated */
    size_t len;
} gir_line;

typedef struct gir_section {
    long line;                  /* 0: not found */
    const char *heading;
} gir_section;

typedef struct gir_cell {
    const char *value;          /* normalised number, "" for blank; NULL: no record */
    long line;                  /* input line the value came from, 0 if none */
} gir_cell;

typedef struct gir_issue {
    const char *severity;       /* "error" or "warning" */
    const char *rule;           /* "t3.row_sum" */
    const char *where;          /* row/col/cell key, "" if none */
    const char *expected, *found;
    long line;
    const char *message;
} gir_issue;

typedef struct gir_meta {
    const char *key, *value;
} gir_meta;

typedef struct gir_report {
    gir_arena arena;
    const char *source;         /* SOURCE of the report record ("-" for stdin) */
    long stream_line;           /* line of the report record in its stream, 0 if raw */

    gir_record *records;        /* everything before 'end', in input order */
    size_t nrecords, caprecords;

    gir_line *lines;            /* text records */
    size_t nlines, caplines;

    gir_section sections[6];    /* sections 1..6 at [0..5] */

    gir_meta *meta;
    size_t nmeta, capmeta;

    const gir_template *tmpl;   /* the template cells are keyed by: meta template */
    gir_cell *cells;            /* tmpl->ncells entries */
    int have_cells;             /* cell records were read */
    int cells_added;            /* cells were computed here: write them */
    int next_cell;              /* where the next cell record is looked up first */

    gir_issue *issues;
    size_t nissues, capissues;
    size_t issues_read;         /* issues [0, issues_read) came from the input */
    int checked;                /* issue records were read, or check ran */

    int truncated;              /* the stream ended before 'end' */

    /* A program that may not need the text views sets defer_text: text
     * records are then only checked and kept raw, and gir_report_text()
     * makes LINES when they are needed (gir-csv reads cells only). */
    int defer_text;
    int text_deferred;          /* some text records have no view yet */
} gir_report;

void gir_report_init(gir_report *r);
void gir_report_reset(gir_report *r);
void gir_report_free(gir_report *r);

/* Value of meta KEY, or NULL. */
const char *gir_report_meta(const gir_report *r, const char *key);
/* Section N (1..6) or NULL if not found. */
const gir_section *gir_report_section(const gir_report *r, int n);

/* Build-up, used by the reader and by the splitter.  Each call appends a
 * record (escaping the fields) and the parsed view of it. */
void gir_report_begin(gir_report *r, const char *source);
void gir_report_add_meta(gir_report *r, const char *key, const char *value);
void gir_report_add_section(gir_report *r, int n, long line, const char *heading);
void gir_report_add_text(gir_report *r, long line, const char *text, size_t len);

/* Parse one record line (escaped, no LF) of a stream into R.  The line is
 * copied.  Returns the record type; -1 if the line is malformed (it is
 * then kept as an OTHER record, so nothing is lost). */
int gir_report_add_raw(gir_report *r, const char *raw, size_t len);

/* Make the text views (LINES) that defer_text left out; a no-op when
 * there are none. */
void gir_report_text(gir_report *r);

/* Results computed by a program. */
void gir_report_set_cell(gir_report *r, size_t index, const char *value, long line);
void gir_report_add_issue(gir_report *r, const char *severity, const char *rule,
                          const char *where, const char *expected, const char *found,
                          long line, const char *message);

/* The issue rules gir-split records for an input whose tables are not
 * read: no report in it at all, or a report in the format before the
 * 2019 template. */
#define GIR_RULE_NO_REPORT "report.none"
#define GIR_RULE_PRE_2019 "report.pre2019"
/* Is R a report whose tables are read?  0 when gir-split recorded one of
 * the rules above: no cells are built or checked, and no CSV row is
 * written for it. */
int gir_report_is_report(const gir_report *r);

/* Write the report as a gir stream: its records verbatim, then the cells
 * computed here (if any, in template order), then the issues added here,
 * then 'end'. */
void gir_report_write(gir_out *o, const gir_report *r);
/* Write the text records as plain text (gir-split -p); with SECTIONS a
 * bitmask of sections (bit n for section n), only lines inside them. */
void gir_report_write_plain(gir_out *o, const gir_report *r, unsigned sections);
/* Section number (1..6) the input line LINE falls in, 0 if before 一. */
int gir_report_section_of(const gir_report *r, long line);

#endif
