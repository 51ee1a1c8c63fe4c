/* SPDX-License-Identifier: GPL-3.0-or-later */
/* docx.c - Word .docx into lines (see docx.h).
 *
 * Only word/document.xml is read: the body's paragraphs and tables.  Its
 * size is checked against GIR_DOCX_MAX_PART before it is inflated, and the
 * read stops at the limit whatever the zip's directory claims, so a zip
 * bomb costs at most the limit.  The XML is parsed without entity
 * substitution, DTD loading or network access, with libxml2's default
 * depth limit; the walk recurses at most that deep.
 *
 * Lines: a paragraph (w:p) is a line, verbatim: w:tab is a TAB, a soft
 * break (w:br, w:cr) ends the line as Enter would; an empty paragraph is
 * an empty line (Word's way of spacing, as in a text file).  Deleted text
 * of tracked changes (w:del, w:delText), field instructions (w:instrText)
 * and the fallback copy of a drawing (mc:Fallback) are not text.
 *
 * Tables: each row (w:tr) is one line of TAB-separated cells.  A cell's
 * paragraphs, breaks and tabs are spaces inside it (the cell stays one
 * field), whitespace collapsed; w:gridSpan is a colspan, a w:vMerge run
 * (restart, then continue cells below) a rowspan, and grid.c writes them
 * as it writes HTML's spans.  A table inside a cell is text of that cell.
 *
 * Elements are matched by local name, so Strict OOXML's namespace reads
 * as the transitional one. */
#include "config.h"
#include "docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

#ifndef HAVE_DOCX

int
gir_docx_lines(const char *source, const char *data, size_t len, gir_arena *a,
               gir_line **lines, size_t *nlines)
{
    (void) source, (void) data, (void) len, (void) a;
    *lines = NULL;
    *nlines = 0;
    gir_error_set("a Word document (.docx), and this gir was built without .docx support "
                  "(libzip); convert it with 'soffice --headless --convert-to html FILE' "
                  "and read the .html");
    return -1;
}

#else

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "xmlload.h"

#include "grid.h"
#include "xmalloc.h"

#ifdef GIR_LIBZIP_SONAME
/* libzip is loaded when the first .docx is read (dl.h); its functions
 * are called through zip_api, under their own names. */
#include "dl.h"

#define ZIP_API(X) \
    X(zip_discard) \
    X(zip_error_fini) \
    X(zip_error_init) \
    X(zip_error_strerror) \
    X(zip_fclose) \
    X(zip_file_strerror) \
    X(zip_fopen_index) \
    X(zip_fread) \
    X(zip_name_locate) \
    X(zip_open_from_source) \
    X(zip_source_buffer_create) \
    X(zip_source_free) \
    X(zip_stat_index) \
    X(zip_stat_init) \
    X(zip_strerror)

GIR_DL_TABLE(zip_api, ZIP_API);

static int
bind_zip(void)
{
    static gir_dl_lib lib = {GIR_LIBZIP_SONAME, 0, ""};
    if (GIR_DL_BIND(&lib, zip_api) == 0)
        return 0;
    gir_error_set("a Word document, and its reader could not be loaded (%s); install libzip "
                  "(Debian: libzip4), or convert it with 'soffice --headless --convert-to txt FILE' "
                  "and read the .txt", lib.why);
    return -1;
}

#define zip_discard (zip_api.fn.zip_discard)
#define zip_error_fini (zip_api.fn.zip_error_fini)
#define zip_error_init (zip_api.fn.zip_error_init)
#define zip_error_strerror (zip_api.fn.zip_error_strerror)
#define zip_fclose (zip_api.fn.zip_fclose)
#define zip_file_strerror (zip_api.fn.zip_file_strerror)
#define zip_fopen_index (zip_api.fn.zip_fopen_index)
#define zip_fread (zip_api.fn.zip_fread)
#define zip_name_locate (zip_api.fn.zip_name_locate)
#define zip_open_from_source (zip_api.fn.zip_open_from_source)
#define zip_source_buffer_create (zip_api.fn.zip_source_buffer_create)
#define zip_source_free (zip_api.fn.zip_source_free)
#define zip_stat_index (zip_api.fn.zip_stat_index)
#define zip_stat_init (zip_api.fn.zip_stat_init)
#define zip_strerror (zip_api.fn.zip_strerror)
#else
static int
bind_zip(void)
{
    return 0;
}
#endif

static const char DOCUMENT_PART[] = "word/document.xml";
static const char NUMBERING_PART[] = "word/numbering.xml";

/* ---- the part ---- */

/* Inflate part PART of the zip DATA into *XML (malloc'd).  Returns 0, -1
 * on error, or 1 when the part is absent and OPTIONAL. */
static int
read_part(const char *data, size_t len, const char *part, int optional, char **xml, size_t *xlen)
{
    *xml = NULL;
    *xlen = 0;
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &zerr);
    if (!src) {
        gir_error_set("cannot read the zip: %s", zip_error_strerror(&zerr));
        zip_error_fini(&zerr);
        return -1;
    }
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (!z) {
        gir_error_set("a damaged or truncated Word document (%s); open it in Word or "
                      "LibreOffice and save it again", zip_error_strerror(&zerr));
        zip_source_free(src);
        zip_error_fini(&zerr);
        return -1;
    }
    zip_error_fini(&zerr);
    int rc = -1;
    zip_file_t *f = NULL;
    zip_int64_t idx = zip_name_locate(z, part, 0);
    zip_stat_t st;
    if (idx < 0) {
        if (optional)
            rc = 1;
        else
            gir_error_set("a zip archive, not a Word document (no %s)", part);
        goto out;
    }
    zip_stat_init(&st);
    if (zip_stat_index(z, (zip_uint64_t) idx, 0, &st) < 0) {
        gir_error_set("a damaged Word document (%s)", zip_strerror(z));
        goto out;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > GIR_DOCX_MAX_PART) {
        gir_error_set("%s would inflate to %llu bytes, more than the limit of %zu MiB "
                      "(a zip bomb, or not a report)", part,
                      (unsigned long long) st.size, GIR_DOCX_MAX_PART >> 20);
        goto out;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        gir_error_set("an encrypted Word document; save it without a password first");
        goto out;
    }
    f = zip_fopen_index(z, (zip_uint64_t) idx, 0);
    if (!f) {
        gir_error_set("a damaged Word document (%s: %s)", part, zip_strerror(z));
        goto out;
    }
    size_t cap = (st.valid & ZIP_STAT_SIZE) ? (size_t) st.size + 1 : 65536, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) {
            if (cap > GIR_DOCX_MAX_PART) {
                free(buf);
                gir_error_set("%s inflates to more than the limit of %zu MiB "
                              "(a zip bomb, or not a report)", part,
                              GIR_DOCX_MAX_PART >> 20);
                goto out;
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        zip_int64_t got = zip_fread(f, buf + n, cap - n);
        if (got < 0) {
            free(buf);
            gir_error_set("a damaged or truncated Word document (%s: %s)", part,
                          zip_file_strerror(f));
            goto out;
        }
        if (got == 0)
            break;
        n += (size_t) got;
        if (n > GIR_DOCX_MAX_PART) {
            free(buf);
            gir_error_set("%s inflates to more than the limit of %zu MiB "
                          "(a zip bomb, or not a report)", part,
                          GIR_DOCX_MAX_PART >> 20);
            goto out;
        }
    }
    *xml = buf;
    *xlen = n;
    rc = 0;
out:
    if (f)
        zip_fclose(f);
    zip_discard(z);     /* read-only: nothing to write back; frees the source */
    return rc;
}

/* ---- the walk ---- */

static int
is(const xmlNode *n, const char *local)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *) n->name, local) == 0;
}

/* Elements whose content is not the document's text. */
static int
skipped(const xmlNode *n)
{
    return is(n, "del") || is(n, "delText") || is(n, "instrText") || is(n, "moveFrom")
           || is(n, "Fallback") || is(n, "rPr") || is(n, "pPr") || is(n, "tcPr")
           || is(n, "trPr") || is(n, "tblPr") || is(n, "tblGrid") || is(n, "sectPr");
}

/* The w:val of child element NAME of N (e.g. tcPr/gridSpan), or NULL. */
static const char *
child_val(const xmlNode *n, const char *name, int *present)
{
    if (present)
        *present = 0;
    if (!n)
        return NULL;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is(c, name)) {
            if (present)
                *present = 1;
            for (const xmlAttr *at = c->properties; at; at = at->next)
                if (strcmp((const char *) at->name, "val") == 0 && at->children
                    && at->children->type == XML_TEXT_NODE)
                    return (const char *) at->children->content;
            return NULL;
        }
    return NULL;
}

static const xmlNode *
child(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is(c, name))
            return c;
    return NULL;
}

static long
number(const char *v, long dflt)
{
    if (!v || *v < '0' || *v > '9')
        return dflt;
    long x = 0;
    for (; *v >= '0' && *v <= '9'; v++)
        if (x < 1000000)
            x = x * 10 + (*v - '0');
    return x;
}

/* ---- numbering ----
 *
 * A numbered paragraph (w:pPr/w:numPr) shows a label that is not in its
 * text: Word makes it from word/numbering.xml (w:num -> w:abstractNum ->
 * w:lvl: w:numFmt, w:lvlText such as "（%1）", w:start) and the count of
 * paragraphs of that list so far.  Report headings (一、) and row labels
 * ((一)) are often numbered this way, so the label is written before the
 * paragraph's text.  Bullets and formats not listed are left out. */

enum { NUM_LEVELS = 9, MAX_LISTS = 512 };

typedef struct list_level {
    char fmt[24];
    char text[48];
    long start;
} list_level;

typedef struct list_def {
    long num_id;
    list_level lvl[NUM_LEVELS];
    long count[NUM_LEVELS];
} list_def;

typedef struct numbering {
    list_def *lists;
    size_t n;
} numbering;

static void
copy_attr(char *dst, size_t size, const char *v)
{
    snprintf(dst, size, "%s", v ? v : "");
}

static void
read_numbering(numbering *nb, const char *xml, size_t len)
{
    xmlDocPtr doc = xmlReadMemory(xml, (int) len, "numbering.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc)
        return;
    xmlNode *root = xmlDocGetRootElement(doc);
    for (xmlNode *num = root ? root->children : NULL; num; num = num->next) {
        if (!is(num, "num") || nb->n >= MAX_LISTS)
            continue;
        const char *id = NULL;
        for (xmlAttr *at = num->properties; at; at = at->next)
            if (strcmp((const char *) at->name, "numId") == 0 && at->children)
                id = (const char *) at->children->content;
        const char *abs = child_val(num, "abstractNumId", NULL);
        if (!id || !abs)
            continue;
        list_def d;
        memset(&d, 0, sizeof d);
        d.num_id = number(id, -1);
        for (xmlNode *an = root->children; an; an = an->next) {
            if (!is(an, "abstractNum"))
                continue;
            const char *aid = NULL;
            for (xmlAttr *at = an->properties; at; at = at->next)
                if (strcmp((const char *) at->name, "abstractNumId") == 0 && at->children)
                    aid = (const char *) at->children->content;
            if (!aid || strcmp(aid, abs) != 0)
                continue;
            for (xmlNode *l = an->children; l; l = l->next) {
                if (!is(l, "lvl"))
                    continue;
                long il = -1;
                for (xmlAttr *at = l->properties; at; at = at->next)
                    if (strcmp((const char *) at->name, "ilvl") == 0 && at->children)
                        il = number((const char *) at->children->content, -1);
                if (il < 0 || il >= NUM_LEVELS)
                    continue;
                copy_attr(d.lvl[il].fmt, sizeof d.lvl[il].fmt, child_val(l, "numFmt", NULL));
                copy_attr(d.lvl[il].text, sizeof d.lvl[il].text, child_val(l, "lvlText", NULL));
                d.lvl[il].start = number(child_val(l, "start", NULL), 1);
            }
            break;
        }
        nb->lists = xrealloc(nb->lists, (nb->n + 1) * sizeof *nb->lists);
        nb->lists[nb->n++] = d;
    }
    xmlFreeDoc(doc);
}

/* N written in format FMT into B. */
static void
put_number(gir_buf *b, const char *fmt, long n)
{
    static const char *const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    char tmp[32];
    if (strcmp(fmt, "chineseCounting") == 0 || strcmp(fmt, "chineseCountingThousand") == 0
        || strcmp(fmt, "japaneseCounting") == 0 || strcmp(fmt, "ideographTraditional") == 0) {
        if (n <= 0 || n >= 100) {
            snprintf(tmp, sizeof tmp, "%ld", n);
            gir_buf_put(b, tmp, strlen(tmp));
            return;
        }
        if (n >= 20)
            gir_buf_put(b, digits[n / 10], strlen(digits[n / 10]));
        if (n >= 10)
            gir_buf_put(b, "十", strlen("十"));
        if (n % 10 || n < 10)
            gir_buf_put(b, digits[n % 10], strlen(digits[n % 10]));
        return;
    }
    if ((strcmp(fmt, "upperLetter") == 0 || strcmp(fmt, "lowerLetter") == 0) && n >= 1 && n <= 26) {
        tmp[0] = (char) ((fmt[0] == 'u' ? 'A' : 'a') + n - 1);
        gir_buf_put(b, tmp, 1);
        return;
    }
    snprintf(tmp, sizeof tmp, "%ld", n);      /* decimal and the rest */
    gir_buf_put(b, tmp, strlen(tmp));
}

/* The label of a paragraph with properties PPR, appended to B (nothing
 * for an unnumbered paragraph, a bullet or an unknown list). */
static void
number_label(numbering *nb, const xmlNode *ppr, gir_buf *b)
{
    const xmlNode *np = child(ppr, "numPr");
    if (!np || !nb->n)
        return;
    long id = number(child_val(np, "numId", NULL), -1);
    long il = number(child_val(np, "ilvl", NULL), 0);
    if (id <= 0 || il < 0 || il >= NUM_LEVELS)
        return;
    list_def *d = NULL;
    for (size_t i = 0; i < nb->n && !d; i++)
        if (nb->lists[i].num_id == id)
            d = &nb->lists[i];
    if (!d || strcmp(d->lvl[il].fmt, "bullet") == 0 || strcmp(d->lvl[il].fmt, "none") == 0
        || !d->lvl[il].text[0])
        return;
    d->count[il] = d->count[il] ? d->count[il] + 1 : d->lvl[il].start;
    for (int k = (int) il + 1; k < NUM_LEVELS; k++)
        d->count[k] = 0;
    for (const char *p = d->lvl[il].text; *p; p++) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            int k = p[1] - '1';
            long v = d->count[k] ? d->count[k] : d->lvl[k].start;
            put_number(b, d->lvl[k].fmt[0] ? d->lvl[k].fmt : "decimal", v);
            p++;
        } else {
            gir_buf_put(b, p, 1);
        }
    }
}

typedef struct walker {
    gir_line_list out;
    gir_buf line;               /* the paragraph being built */
    numbering nb;
} walker;

/* ---- cell text ---- */

/* Append the text of N's subtree to B, paragraphs, breaks and tabs as
 * spaces; whitespace is collapsed later. */
static void
cell_text(numbering *nb, const xmlNode *n, gir_buf *b)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && is(c->parent, "t")) {
            gir_buf_put(b, (const char *) c->content, strlen((const char *) c->content));
        } else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
            if (is(c, "tab") || is(c, "br") || is(c, "cr"))
                gir_buf_put(b, " ", 1);
            else if (is(c, "noBreakHyphen"))
                gir_buf_put(b, "-", 1);
            else if (is(c, "p"))
                number_label(nb, child(c, "pPr"), b);
            cell_text(nb, c, b);
            if (is(c, "p") || is(c, "tc"))
                gir_buf_put(b, " ", 1);
        }
    }
}

/* Collapse runs of white space (ASCII, NBSP, U+3000) in B[0..LEN) to one
 * space, trimmed at both ends: a cell of only indentation is blank. */
static size_t
collapse(char *b, size_t len)
{
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len;) {
        unsigned char ch = (unsigned char) b[i];
        size_t w = 0;
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
            w = 1;
        else if (ch == 0xC2 && i + 1 < len && (unsigned char) b[i + 1] == 0xA0)
            w = 2;
        else if (ch == 0xE3 && i + 2 < len && (unsigned char) b[i + 1] == 0x80
                 && (unsigned char) b[i + 2] == 0x80)
            w = 3;
        if (w) {
            space = 1;
            i += w;
            continue;
        }
        if (space && o)
            b[o++] = ' ';
        space = 0;
        b[o++] = b[i++];
    }
    return o;
}

/* ---- tables ---- */

/* The element children of N, looking through the wrappers a cell or row
 * may sit in (content controls, custom XML, tracked insertions). */
static void
collect(const xmlNode *n, const char *name, const xmlNode ***v, size_t *k, size_t *cap)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (is(c, name)) {
            *v = xgrow(*v, cap, *k + 1, sizeof **v);
            (*v)[(*k)++] = c;
        } else if (is(c, "sdt") || is(c, "sdtContent") || is(c, "customXml") || is(c, "ins")) {
            collect(c, name, v, k, cap);
        }
    }
}

enum { VM_NONE, VM_RESTART, VM_CONTINUE };

typedef struct tcell {
    const xmlNode *tc;
    long col, span;             /* first grid column, columns spanned */
    int vmerge;
    long rowspan;
} tcell;

static void
emit_table(walker *w, const xmlNode *tbl)
{
    const xmlNode **rows = NULL;
    size_t nrows = 0, rcap = 0;
    collect(tbl, "tr", &rows, &nrows, &rcap);
    tcell **cells = xcalloc(nrows ? nrows : 1, sizeof *cells);
    size_t *ncells = xcalloc(nrows ? nrows : 1, sizeof *ncells);
    for (size_t r = 0; r < nrows; r++) {
        const xmlNode **tcs = NULL;
        size_t n = 0, cap = 0;
        collect(rows[r], "tc", &tcs, &n, &cap);
        long before = number(child_val(child(rows[r], "trPr"), "gridBefore", NULL), 0);
        if (before > GIR_GRID_MAX_COLSPAN)
            before = GIR_GRID_MAX_COLSPAN;
        cells[r] = xcalloc(n + 1, sizeof **cells);
        long col = 0;
        size_t k = 0;
        if (before > 0) {            /* cells left out at the row's start */
            cells[r][k++] = (tcell) {NULL, 0, before, VM_NONE, 1};
            col = before;
        }
        for (size_t i = 0; i < n; i++) {
            const xmlNode *pr = child(tcs[i], "tcPr");
            long span = number(child_val(pr, "gridSpan", NULL), 1);
            if (span < 1)
                span = 1;
            if (span > GIR_GRID_MAX_COLSPAN)
                span = GIR_GRID_MAX_COLSPAN;
            int present;
            const char *vm = child_val(pr, "vMerge", &present);
            int vmerge = !present ? VM_NONE
                         : (vm && strcmp(vm, "restart") == 0) ? VM_RESTART : VM_CONTINUE;
            cells[r][k++] = (tcell) {tcs[i], col, span, vmerge, 1};
            if (col < GIR_GRID_MAX_COLS * 2)
                col += span;
        }
        ncells[r] = k;
        free(tcs);
    }
    /* A vMerge run: the cell that starts it spans the continue cells
     * starting at its column in the rows below. */
    for (size_t r = 0; r < nrows; r++)
        for (size_t i = 0; i < ncells[r]; i++) {
            tcell *c = &cells[r][i];
            if (c->vmerge == VM_CONTINUE && r > 0)
                continue;
            if (c->vmerge == VM_NONE)
                continue;
            c->vmerge = VM_RESTART;          /* a continue cell on top starts a run */
            for (size_t b = r + 1; b < nrows && c->rowspan < GIR_GRID_MAX_ROWSPAN; b++) {
                tcell *below = NULL;
                for (size_t j = 0; j < ncells[b]; j++)
                    if (cells[b][j].col == c->col)
                        below = &cells[b][j];
                if (!below || below->vmerge != VM_CONTINUE || below->span != c->span)
                    break;
                below->rowspan = 0;          /* covered: not a cell of its own */
                c->rowspan++;
            }
        }
    gir_grid g = {0};
    gir_buf text = {0};
    for (size_t r = 0; r < nrows; r++) {
        gir_grid_add_row(&g, 1);
        for (size_t i = 0; i < ncells[r]; i++) {
            tcell *c = &cells[r][i];
            if (c->rowspan == 0)
                continue;
            text.len = 0;
            if (c->tc)
                cell_text(&w->nb, c->tc, &text);
            size_t n = collapse(text.p, text.len);
            gir_grid_add_cell(&g, text.p, n, c->span, c->rowspan);
        }
        free(cells[r]);
    }
    gir_grid_emit(&g, gir_line_list_emit, &w->out);
    gir_grid_free(&g);
    free(text.p);
    free(cells);
    free(ncells);
    free(rows);
}

/* ---- paragraphs ---- */

static void
end_line(walker *w)
{
    gir_line_list_add(&w->out, 1, w->line.p ? w->line.p : "", w->line.len);
    w->line.len = 0;
}

/* The runs of paragraph content N: text, tabs and breaks into the line. */
static void
para_text(walker *w, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && is(c->parent, "t")) {
            /* A line break written into w:t (not Word's way, but valid
             * XML) is a space: only w:br ends a line. */
            size_t at = w->line.len;
            gir_buf_put(&w->line, (const char *) c->content, strlen((const char *) c->content));
            for (size_t i = at; i < w->line.len; i++)
                if (w->line.p[i] == '\n' || w->line.p[i] == '\r')
                    w->line.p[i] = ' ';
        } else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
            if (is(c, "tab"))
                gir_buf_put(&w->line, "\t", 1);
            else if (is(c, "br") || is(c, "cr"))
                end_line(w);
            else if (is(c, "noBreakHyphen"))
                gir_buf_put(&w->line, "-", 1);
            else if (is(c, "p") || is(c, "tbl")) {
                /* a text box's own paragraphs, inside this one */
                if (w->line.len)
                    end_line(w);
                if (is(c, "tbl"))
                    emit_table(w, c);
                else {
                    para_text(w, c);
                    end_line(w);
                }
                continue;
            }
            para_text(w, c);
        }
    }
}

/* Body-level content: paragraphs and tables, in order. */
static void
walk_blocks(walker *w, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || skipped(c))
            continue;
        if (is(c, "p")) {
            w->line.len = 0;
            number_label(&w->nb, child(c, "pPr"), &w->line);
            para_text(w, c);
            end_line(w);
        } else if (is(c, "tbl")) {
            emit_table(w, c);
        } else {
            walk_blocks(w, c);       /* w:body, w:sdt, w:sdtContent, w:customXml, ... */
        }
    }
}

static void
silent(void *ctx, const char *msg, ...)
{
    (void) ctx, (void) msg;
}

static void
silent_structured(void *ctx, xmlErrorPtr e)
{
    (void) ctx, (void) e;
}

static int document_lines(const char *xml, size_t xlen, const char *num, size_t nlen,
                          gir_arena *a, gir_line **lines, size_t *nlines);

int
gir_docx_xml_lines(const char *xml, size_t xlen, gir_arena *a, gir_line **lines, size_t *nlines)
{
    return document_lines(xml, xlen, NULL, 0, a, lines, nlines);
}

/* The lines of word/document.xml XML, with the list labels of
 * word/numbering.xml NUM (NULL when there is none). */
static int
document_lines(const char *xml, size_t xlen, const char *num, size_t nlen, gir_arena *a,
               gir_line **lines, size_t *nlines)
{
    *lines = NULL;
    *nlines = 0;
    if (xlen > GIR_DOCX_MAX_PART) {
        gir_error_set("%s larger than the limit of %zu MiB", DOCUMENT_PART,
                      GIR_DOCX_MAX_PART >> 20);
        return -1;
    }
    if (gir_xml_bind("a Word document") < 0)
        return -1;
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, silent);
    xmlSetStructuredErrorFunc(NULL, silent_structured);
    xmlDocPtr doc = xmlReadMemory(xml, (int) xlen, DOCUMENT_PART, NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        gir_error_set("a damaged Word document (%s is not well-formed XML); open it in Word "
                      "or LibreOffice and save it again", DOCUMENT_PART);
        return -1;
    }
    walker w = {{a, NULL, 0, 0}, {0}, {0}};
    if (num)
        read_numbering(&w.nb, num, nlen);
    xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *body = root && is(root, "document") ? child(root, "body") : NULL;
    if (!body) {
        xmlFreeDoc(doc);
        gir_error_set("a damaged Word document (%s has no w:body)", DOCUMENT_PART);
        return -1;
    }
    walk_blocks(&w, body);
    xmlFreeDoc(doc);
    free(w.line.p);
    free(w.nb.lists);
    /* A .docx has no source lines: LINE is the line's place in the text. */
    for (size_t i = 0; i < w.out.n; i++)
        w.out.v[i].line = (long) i + 1;
    gir_line_list_finish(&w.out, lines, nlines);
    return 0;
}

int
gir_docx_lines(const char *source, const char *data, size_t len, gir_arena *a,
               gir_line **lines, size_t *nlines)
{
    (void) source;
    *lines = NULL;
    *nlines = 0;
    if (bind_zip() < 0)
        return -1;
    char *xml;
    size_t xlen;
    if (read_part(data, len, DOCUMENT_PART, 0, &xml, &xlen) < 0)
        return -1;
    char *num = NULL;
    size_t nlen = 0;
    if (read_part(data, len, NUMBERING_PART, 1, &num, &nlen) != 0) {
        /* list labels are a nicety: a damaged numbering.xml loses them only */
        free(num);
        num = NULL;
        nlen = 0;
    }
    int rc = document_lines(xml, xlen, num, nlen, a, lines, nlines);
    free(xml);
    free(num);
    return rc;
}

#endif
