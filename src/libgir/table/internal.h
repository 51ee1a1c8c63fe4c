/* SPDX-License-Identifier: GPL-3.0-or-later */
/* internal.h - what the files of the table core share (see table.c). */
#ifndef GIR_TABLE_INTERNAL_H
#define GIR_TABLE_INTERNAL_H

#include <stddef.h>

#include "literals.h"
#include "regex.h"
#include "report.h"
#include "table_glued.h"
#include "table_tok.h"

#define MAXVALS GIR_GLUED_MAXVALS


/* Every pattern here is a few alternatives, each an optional prefix
 * group, then a literal word, then perhaps a lookahead.  A match holds
 * one of those literals at most `lead` bytes after its start, so the
 * literals tell where the earliest match can start; PCRE2 then starts
 * there instead of scanning the whole label stream for every row (most
 * of gir-table's time on a long report).  The literals of all the
 * patterns a table searches are found in one pass over its region's
 * stream (index_literals), not with a memmem per literal per search.  A
 * pattern of another shape is searched by PCRE2 alone. */
#define MAX_LITERALS 8


/* A compiled pattern and its literals (nlit 0: none, PCRE2 alone). */
typedef struct pattern {
    pcre2_code *code;
    size_t id;                  /* its number: region.hit_from, literal_set.has */
    size_t nlit, lead;
    const char *lit[MAX_LITERALS];
    size_t len[MAX_LITERALS];
} pattern;


/* A table searches its rows' patterns and three more (table_def): ids
 * are numbered within a table, so N_PATTERNS bounds them. */
#define N_PATTERNS (32 + 3)
extern pcre2_match_data *match_data;


/* The literals of the patterns one table searches (its rows' anchors
 * and the three patterns above), found in one pass (literals.h); each
 * literal's id is its pattern's. */
typedef struct literal_set {
    gir_literals lits;
    unsigned char has[N_PATTERNS];      /* the patterns whose literals are here */
} literal_set;


typedef struct hit_at {
    size_t pos, pat;            /* a literal of pattern PAT at stream offset POS */
} hit_at;


typedef struct region {
    gir_toks toks;
    char *stream;               /* labels, concatenated */
    size_t slen, scap;
    size_t *lab_tok, *lab_off;  /* each label token and its offset in the stream */
    size_t nlab, cap_tok, cap_off;
    /* Where pattern P's literals start in the stream, in increasing
     * order: hit[hit_from[P] .. hit_from[P + 1]), for the patterns of
     * lits (index_literals). */
    const literal_set *lits;    /* NULL: not indexed yet */
    size_t *hit, hit_from[N_PATTERNS + 1], cap_hit;
    hit_at *found;              /* the hits in stream order (index_literals) */
    size_t nfound, cap_found;
    unsigned char *piece;       /* per token: a piece of a merged label (mark_vertical_pieces) */
    size_t cap_piece, *lead, cap_lead;
} region;


/* How a template prints one table (data/labels-NAME.tsv, through
 * labels_NAME.h): its rows' label cores, header words and the like,
 * compiled once per template and table, as a stream holds many reports.
 * Nothing in the table core names a table or a template: what differs
 * between them is here. */
typedef enum {
    TL_TABLE,       /* name: its section number, text: its title */
    TL_START,       /* text: where the table starts (rows are searched after it) */
    TL_HEADER,      /* text: words only the table's header prints, between a row's label and values */
    TL_FLAG,        /* name: values_after_label | merged_labels */
    TL_ROW,         /* name: a template row, text: its label core */
    TL_SPAN,        /* name: a row holding all the table's cells, text: its core, label: its label */
    TL_FOREIGN,     /* another template's row: name: the rows it stands for, text: core, label: why */
    TL_COLWORD,     /* name: a column, text: a word of its header in delimited lines */
    TL_COLCELL,     /* name: a column, text: its whole header cell's names, a|b */
    TL_GROUP,       /* name: a group of a span row, text: its heading */
    TL_GROUPCOL     /* name: a column of each group, text: a word of its header */
} table_label_kind;

typedef struct table_label {
    table_label_kind kind;
    const char *table, *name, *text, *label;
} table_label;

#define MAX_ROWS 32
#define MAX_OWN 8
#define MAX_GROUPS 4
#define MAX_GROUP_COLS 8

typedef struct row_def {
    const char *name, *label;
    size_t first_cell;
    int n;
    pattern pat;                        /* its label core */
    const char *colword[MAXVALS];       /* each cell's header word, NULL: none */
    const char *colcell[MAXVALS];       /* each cell's header cell names (a|b), NULL: none */
    const char *label_norm;             /* label, normalised as the label stream is */
    const char *own_norm;               /* the row's own part of it (after its group's) */
    /* The template's identities within its cells (t3's row sum, t4's
     * group sums): what confirms a reading that needed a choice. */
    const gir_identity *own[MAX_OWN];
    int nown;
} row_def;

typedef struct table_def {
    const gir_template *tm;
    const char *name, *title;
    int section;
    size_t nrows;
    row_def rows[MAX_ROWS];
    pattern start, header, foreign;     /* code NULL: the table has none */
    const char *foreign_rows, *foreign_reason;
    int values_after_label;             /* rows hold their values right after the label (t2) */
    int merged_labels;                  /* merged label cells print down the edge (t3) */
    size_t ngroups, ngroup_cols;
    const char *group[MAX_GROUPS], *group_col[MAX_GROUP_COLS];
    literal_set lits;                   /* of every pattern above */
} table_def;


typedef enum { ROW_MISSING, ROW_FOUND, ROW_READ, ROW_GLUED, ROW_DROPPED } row_state;


typedef struct row {
    const row_def *def;
    const char *name, *label;
    size_t first_cell;
    int n;
    row_state state;
    size_t tok, end;            /* anchor token; values lie in (tok, end) */
    size_t spos, send;          /* the anchor in the stream */
    const char *value[MAXVALS];
    long line[MAXVALS];
    const gir_tok *cell_tok[MAXVALS];   /* the token behind each cell read, NULL: none */
    gir_glued_row glued;
    size_t piece_tok[GIR_GLUED_MAXPIECES];
    int nvalues;                /* values seen in the range */
    const char *contested;      /* a row not found whose label lies in the range */
    const char *ordinal;        /* another row's number (二、) among the values */
    int repair_unsure;          /* a repaired number (pieces joined) is not confirmed */
    int damaged;                /* a value on a line that lost bytes (tok.damaged) */
    int count_unsure;           /* its values on several lines break its sum */
    int page_split;             /* it runs over a page break; its sums do not confirm it */
    int split_read;             /* read over a page break by its own sums: the table's must not break */
    int split_broken;           /* ... and one of the table's did (confirm_split_rows) */
    int split_unconfirmed;      /* ... or, in pdftotext's text without -layout, did not hold for each number */
    int stack_unconfirmed;      /* a number stacked in a narrow column, in pdftotext's text, not confirmed */
    int over_stack;             /* a value is a piece of a number over two lines (row_over_stack) */
    int disagree;               /* readers proposed different readings, none singled out */
    int by_columns;             /* read by read_by_columns (read_by_pattern's rows) */
    const char *by;             /* the reader whose reading was taken */
    int empty_line_cells;       /* its reading's (proposal.empty_line_cells) */
    unsigned column_unsure;     /* cells a value may be in, by the table's identities (settle_columns) */
    unsigned move_left, move_right;     /* the reading's (proposal): settle_movable */
    unsigned off_left, off_right;
    unsigned past_right;
    int under_unread;           /* a reading's values may be rests of numbers above, not confirmed */
    int under_digit;            /* a reading's value may be a digit of a number down its column */
    int place_unsure;           /* column_unsure: a value beside a blank cell not placed (settle_movable) */
} row;





typedef struct span_x {
    int lo, hi;
} span_x;

/* What read_by_columns works out once per table and page, not once per
 * row: the table's metric, and the columns of the headers on a page.
 * Readers see the table const; this is their scratch, reset with it. */
#define COLUMN_CACHE_PAGES 8

typedef struct column_cache {
    int metric_known, metric;
    int places_known, places;   /* verify.c keeps_places */
    size_t npages;
    struct {
        size_t page;
        int metric;
        const char *const *names;   /* the row's columns' header cells */
        int ncol, found;
        span_x col[MAXVALS];
    } header[COLUMN_CACHE_PAGES];
} column_cache;

typedef struct table {
    gir_report *r;
    const table_def *def;
    const char *name;           /* def->name, for messages */
    row rows[MAX_ROWS];
    size_t nrows;
    region g;
    struct column_cache *cc;    /* what read_by_columns works out once a table */
    size_t *ff, nff, cap_ff;    /* lines holding a form feed (page_of) */
    int laid_out;               /* a line sets two words two spaces apart */
    int pdf_lines;              /* gir-split's own lines of a PDF (pdf.c) */
} table;


/* A reading of one row, as a reader proposes it: a value ("" blank), its
 * input line and the token it was read from for each cell.  A reading that needed a choice beyond
 * one value in each cell's place (INFERRED) is taken only where the
 * row's own identities hold (verify.c). */
typedef struct proposal {
    const char *value[MAXVALS];
    long line[MAXVALS];
    const gir_tok *tok[MAXVALS];        /* the token behind each cell, NULL: none */
    int inferred;
    unsigned move_left, move_right;     /* cells whose number was placed by where it
                                           stands in pdftotext's text beside a cell left or
                                           right with nothing printed (mark_movable) */
    unsigned off_left, off_right;       /* cells whose number reaches out of its column
                                           on that side */
    unsigned past_right;                /* cells whose value stands wholly right of its
                                           column */
    int under_unread;           /* its values stand under unread ones (read_columns.c) */
    int empty_line_cells;       /* empty lines between two values read as blank cells */
} proposal;

/* A reader: from the table's tokens and rows accepted so far, a reading
 * of row W into P; 1 if it has one.  Readers write nothing else. */
typedef int row_reader(const table *t, const row *w, proposal *p);

typedef enum {
    STAGE_OWN,          /* the row alone: every row, before any other stage */
    STAGE_ROWS,         /* may copy rows accepted before, row by row in order */
    STAGE_TABLE         /* the table's accepted rows as a whole, all rows at once */
} reader_stage;

typedef struct reader_def {
    const char *name;
    row_reader *read;
    reader_stage stage;
    int by_columns;     /* places values by columns (what read_by_pattern copies) */
    int cell_a_line;    /* reads a row's cells a line each (see reader_applies) */
    int whole_pieces;   /* joins a number's pieces into the number: may read a
                           row holding one (row.over_stack) */
} reader_def;

extern const reader_def table_readers[];
extern const size_t n_table_readers;





/* Space-aligned columns (pdftotext -layout, lynx, pandoc's plain tables):
 * a blank cell is a column with nothing printed in it, so a row with
 * fewer values than cells is placed by where its values stand.  The
 * columns of a page are where its complete rows have their values, or,
 * when no row of the page is complete, where the column headers
 * (自然人 ... 总计) stand, if every value of the page lies under exactly
 * one of them.  A value is placed only when it overlaps exactly one
 * column; else the row stays empty.  Positions are compared in the
 * metric that aligns the table's values: display columns for terminal
 * renderings, characters for pdftotext (one grid column per glyph). */
enum { X_DISPLAY, X_CHARS };





/* anchors.c */
const table_def *table_defs(const gir_template *tm, size_t *ntables);
void table_init(table *t, gir_report *r, const table_def *def);
void find_anchors(table *t, size_t from);
size_t find_foreign_row(table *t);
void start_at_label_heads(table *t);
void set_ranges(table *t, size_t boundary);
size_t heading_end(const table *t, int sec);
int enough_rows(const table *t);
void mark_contested(table *t);
/* pattern.c */
void literal_set_add(literal_set *set, const pattern *p);
void literal_set_finish(literal_set *set);
void compile(pattern *p, const char *src, size_t id);
void index_literals(region *g, const literal_set *set);
int search(const region *g, const pattern *pat, size_t from, size_t *so, size_t *eo);
/* read_columns.c */
int table_metric(const table *t);
row_reader read_by_columns, read_by_pattern;
/* read_count.c */
row_reader read_by_count, read_stacked_count;
int glued_runs(const table *t, const row *w, gir_glued_row *gr, size_t *piece_tok);
/* read_fields.c */
row_reader read_by_fields, read_by_header, read_by_trailing_fields, read_across_cut;
/* read_groups.c */
row_reader read_groups;
/* read_lines.c */
row_reader read_by_lines, read_by_lines_with_empties, read_by_lines_like_table;
/* region.c */
void region_build(region *g, gir_report *r, int merged_labels, size_t first, size_t end);
size_t tok_at(const region *g, size_t pos);
size_t off_of(const region *g, size_t tok);
/* A value token: a number or a blank cell's placeholder.  Inline: the
 * readers ask it of every token they pass. */
static inline int
is_value(const gir_tok *t)
{
    return t->kind == GIR_TOK_NUM || t->kind == GIR_TOK_BLANK;
}
size_t next_value(const region *g, size_t a);
void propose_value(proposal *p, int k, const gir_tok *t);
int digits_only(const gir_tok *tk);
const char *joined_count(const table *t, const gir_tok *head, const gir_tok *rest);
size_t end_after_values(const region *g, size_t a, size_t limit);
int cut_number_piece(const gir_tok *tk);
int cut_number(const gir_tok *tk);
int lone_value(const region *g, size_t i);
int values_line(const table *t, const row *w, size_t *li);
int read_by_a_row(const table *t, const gir_tok *u);
unsigned long long label_mask(const region *g, size_t li, int *nfields);
const gir_tok * tok_in_field(const region *g, size_t li, int field);
int tok_x0(const gir_tok *tk, int metric);
int tok_x1(const gir_tok *tk, int metric);
int toks_overlap(const gir_tok *a, const gir_tok *b, int metric);
size_t page_of(const table *t, size_t li);
int reads_on(const char *before, const char *after, const char *label);
void find_form_feeds(table *t, const gir_report *r);
/* Text pdftotext set from a page's glyphs, which it pages by form feeds:
 * its words stand where the glyphs' order pushed them (poppler's
 * TextPage: each word at least a space right of every word left of it,
 * or, without -layout, in the order the page draws them), not in
 * columns a table's cells share. */
static inline int
set_from_glyphs(const table *t)
{
    return t->nff > 0;
}
/* Text set on a grid of the page's glyphs, pdftotext's or gir-split's
 * own lines of a PDF (meta encoding PDF): a word stands in its grid
 * column unless the word before it pushed it right, as each is set at
 * least a space after the one before (pdf.c's put_line; poppler's
 * TextPage); a word a space or none after another may stand right of
 * its column. */
static inline int
set_on_glyph_grid(const table *t)
{
    return set_from_glyphs(t) || t->pdf_lines;
}
/* Does reader RD read table T at all?  Not a cell a line in text
 * pdftotext set from a page's glyphs: there a value alone on its line is
 * a cell whose neighbours the page drew elsewhere (without -layout, a
 * narrow table's cells come in the order it draws them, 7 2 3 as 2 3 7,
 * a wrapped 135 as 13 and, lines later, 5), so lines tell neither a
 * cell's place nor its row. */
static inline int
reader_applies(const reader_def *rd, const table *t)
{
    return !(rd->cell_a_line && set_from_glyphs(t));
}
/* The same, without -layout: words in the order the page draws them,
 * one space apart (no line sets two words further apart), so neither a
 * word's column nor its line says which cell it is; a cell the page
 * wrapped (135 as 13 over 5) leaves its first piece among the row's
 * values and the rest on lines drawn later. */
static inline int
set_without_layout(const table *t)
{
    return t->nff > 0 && !t->laid_out;
}
void dump_tokens(const region *g);
void cut_at_next_heading(table *t, int sec);
void join_glued_signs(table *t);
/* table.c */
/* Read the rows of T, whose region is built, SEC its section (0: none);
 * NEED_ROWS: only if enough of them were found to make a table. */
void read_rows(table *t, int sec, int need_rows);
/* verify.c */
int row_over_stack(const table *t, const row *w);
int verify_row(table *t, row *w, const proposal *p, const reader_def *const *by, int np);
void solve_glued(table *t);
void confirm_split_rows(table *t);
void settle_columns(table *t);
void settle_movable(table *t);
void confirm_stacked_rows(table *t);
int row_cut_between_lines(const table *t, const row *w);
int make_own_label(const row *w, const char *up, const char *down);

#endif
