/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pdf.c - PDF into lines with poppler-glib (see pdf.h).
 *
 * A PDF has no lines and no tables, only glyphs at positions and strokes
 * on a page.  Reports are printed from Word or WPS with ruled tables, so a
 * table's cells are read from its rules, as a reader sees them:
 *
 *  1. Glyphs: poppler gives each character of a page's text with its box
 *     (poppler_page_get_text_layout).
 *  2. Rules: the page is rendered in grey (cairo, 2 pixels a point at
 *     most) and scanned for long thin runs of ink, horizontal and
 *     vertical.  A run that crosses a glyph's box is a stroke of text (a
 *     dash, 一), not a rule; a band thicker than MAX_RULE is a filled area.
 *     A rule must meet two rules across it (a cell's edge runs from rule
 *     to rule), which drops underlines and text strokes.
 *  3. Tables: rules that meet form a table; its distinct rule positions
 *     are the grid's column and row edges.  Two neighbouring grid cells
 *     with no rule between them are one merged cell, so the grid reads as
 *     HTML's colspan/rowspan, and grid.c writes each row as a line of
 *     TAB-separated cells exactly as the HTML reader does.  A cell's
 *     glyphs are its text, its lines joined (a label wrapped over several
 *     lines is one cell).  A table at the top of a page whose column edges
 *     are those of the table the previous page ended with is its
 *     continuation: it takes that table's column edges, so a continued
 *     page whose rows merge the label columns keeps the columns.
 *  4. Text outside tables: glyphs grouped into lines by position, in
 *     reading order (top to bottom), words apart by a space, or by two or
 *     more when the gap is wider than a character, as many as reach the
 *     glyph's column: each glyph one column a digit wide from the page's
 *     leftmost glyph, as pdftotext -layout sets a page, so a table
 *     without rules still reads as space-aligned columns.  A ruled table
 *     whose cells join two rows' values (rows_joined) is written so too.
 *
 * Only one page is held at a time (its text, boxes and bitmap are freed
 * before the next), so memory is one page plus the lines.  LINE is the
 * line's number among all lines written (the line gir-split -p prints). */
#include "config.h"
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

#ifndef HAVE_PDF

int
gir_pdf_lines(const char *source, const char *data, size_t len, gir_arena *a,
              gir_line **lines, size_t *nlines)
{
    (void) source, (void) data, (void) len, (void) a;
    *lines = NULL;
    *nlines = 0;
    gir_error_set("a PDF, and this gir was built without PDF support (poppler-glib); "
                  "convert it with 'pdftotext -layout FILE' and read the .txt");
    return -1;
}

#else

#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>
#include <stdint.h>
#include <poppler.h>

#include "grid.h"
#include "xmalloc.h"

#ifdef GIR_POPPLER_SONAME
/* poppler-glib is loaded when the first PDF is read (dl.h): linked, it
 * and its dependencies cost every run of every program, PDF or not,
 * about 25 ms of CPU.  Its functions are called through poppler_api; the
 * names below stand for them, so the code reads as if it were linked. */
#include "dl.h"

#define POPPLER_API(X) \
    X(cairo_create) \
    X(cairo_destroy) \
    X(cairo_image_surface_create) \
    X(cairo_image_surface_get_data) \
    X(cairo_image_surface_get_stride) \
    X(cairo_paint) \
    X(cairo_scale) \
    X(cairo_set_antialias) \
    X(cairo_set_source_rgb) \
    X(cairo_surface_destroy) \
    X(cairo_surface_flush) \
    X(cairo_surface_status) \
    X(g_bytes_new_static) \
    X(g_bytes_unref) \
    X(g_error_free) \
    X(g_free) \
    X(g_log_set_handler) \
    X(g_object_unref) \
    X(g_utf8_find_next_char) \
    X(g_utf8_validate) \
    X(poppler_document_get_n_pages) \
    X(poppler_document_get_page) \
    X(poppler_document_new_from_bytes) \
    X(poppler_error_quark) \
    X(poppler_page_get_size) \
    X(poppler_page_get_text) \
    X(poppler_page_get_text_layout) \
    X(poppler_page_render)

GIR_DL_TABLE(poppler_api, POPPLER_API);

static int
bind_poppler(void)
{
    static gir_dl_lib lib = {GIR_POPPLER_SONAME, 0, ""};
    if (GIR_DL_BIND(&lib, poppler_api) == 0)
        return 0;
    gir_error_set("a PDF, and its reader could not be loaded (%s); install poppler-glib "
                  "(Debian: libpoppler-glib8), or convert it with 'pdftotext -layout FILE' "
                  "and read the .txt", lib.why);
    return -1;
}

#define cairo_create (poppler_api.fn.cairo_create)
#define cairo_destroy (poppler_api.fn.cairo_destroy)
#define cairo_image_surface_create (poppler_api.fn.cairo_image_surface_create)
#define cairo_image_surface_get_data (poppler_api.fn.cairo_image_surface_get_data)
#define cairo_image_surface_get_stride (poppler_api.fn.cairo_image_surface_get_stride)
#define cairo_paint (poppler_api.fn.cairo_paint)
#define cairo_scale (poppler_api.fn.cairo_scale)
#define cairo_set_antialias (poppler_api.fn.cairo_set_antialias)
#define cairo_set_source_rgb (poppler_api.fn.cairo_set_source_rgb)
#define cairo_surface_destroy (poppler_api.fn.cairo_surface_destroy)
#define cairo_surface_flush (poppler_api.fn.cairo_surface_flush)
#define cairo_surface_status (poppler_api.fn.cairo_surface_status)
#define g_bytes_new_static (poppler_api.fn.g_bytes_new_static)
#define g_bytes_unref (poppler_api.fn.g_bytes_unref)
#define g_error_free (poppler_api.fn.g_error_free)
#define g_free (poppler_api.fn.g_free)
#define g_log_set_handler (poppler_api.fn.g_log_set_handler)
#define g_object_unref (poppler_api.fn.g_object_unref)
#define g_utf8_find_next_char (poppler_api.fn.g_utf8_find_next_char)
#define g_utf8_validate (poppler_api.fn.g_utf8_validate)
#define poppler_document_get_n_pages (poppler_api.fn.poppler_document_get_n_pages)
#define poppler_document_get_page (poppler_api.fn.poppler_document_get_page)
#define poppler_document_new_from_bytes (poppler_api.fn.poppler_document_new_from_bytes)
#define poppler_error_quark (poppler_api.fn.poppler_error_quark)
#define poppler_page_get_size (poppler_api.fn.poppler_page_get_size)
#define poppler_page_get_text (poppler_api.fn.poppler_page_get_text)
#define poppler_page_get_text_layout (poppler_api.fn.poppler_page_get_text_layout)
#define poppler_page_render (poppler_api.fn.poppler_page_render)
#else
static int
bind_poppler(void)
{
    return 0;
}
#endif

/* Geometry, in points (1/72 inch). */
#define SCALE_MAX 2.0           /* pixels a point when rendering for rules */
#define PIXELS_MAX 16e6         /* ... fewer for a page that would be larger */
#define INK_LUMA 200            /* darker than this is ink: light fills are not */
#define MIN_RULE 6.0            /* a rule is at least this long */
#define MAX_RULE 3.0            /* ... and at most this thick */
#define MEET 2.0                /* rules meet when this close */
#define SAME_EDGE 3.0           /* rule positions this close are one edge */
/* Bounds on a hostile page's work: a page with more rules holds no table
 * we read; a table with more grid cells is read as positioned text. */
#define MAX_RULES 2000
#define MAX_TABLE_CELLS 100000

typedef struct glyph {
    double x0, y0, x1, y1;
    const char *s;              /* UTF-8 bytes in the page text */
    int n;
    int cell;                   /* merged cell of a table, or -1 */
    int table;                  /* table index on the page, or -1 */
    int space_before;           /* poppler's text has a space before it */
} glyph;

typedef struct rule {
    double pos;                 /* y of a horizontal rule, x of a vertical */
    double a, b;                /* its extent along the other axis */
    double thick;
    int keep;
    int comp;                   /* connected component (table) */
} rule;

typedef struct table {
    double *xs, *ys;            /* column and row edges */
    size_t nx, ny;
    int *region;                /* (ny-1) x (nx-1): merged cell of each grid cell */
    double top;
    int cut;                    /* text stands beside its rows: a column edge not seen */
} table;

typedef struct page_ctx {
    glyph *g;
    size_t ng, gcap;
    rule *h, *v;
    size_t nh, nv, hcap, vcap;
    table *t;
    size_t nt, tcap;
} page_ctx;

/* A line written by its glyphs' places (put_line with a grid): kept
 * until every page is read, as its columns count from the leftmost
 * glyph of the whole document (a page of table alone, its text starting
 * right of the margin the body text reaches, must not set its columns
 * off the other pages': a table going on over it would read its values
 * a few columns over). */
typedef struct placed_line {
    size_t out;                 /* its line in reader.out */
    glyph *g;                   /* copies, their bytes in the arena */
    size_t n;
    double unit;                /* its page's layout_grid.unit */
} placed_line;

typedef struct reader {
    gir_line_list out;
    double *prev_xs;            /* column edges of the last table of the previous page */
    size_t prev_nx;
    int prev_at_end;            /* ... and nothing but text below it? */
    gir_buf buf;
    placed_line *placed;
    size_t nplaced, placed_cap;
    double left;                /* the leftmost glyph of every page read */
    int have_left;
} reader;

/* poppler-glib gives no way to route poppler's own error messages
 * ("Syntax Error: ..." on a damaged file, on a form field it cannot draw):
 * they would reach standard error unprefixed, beside gir's one message
 * about the file.  Standard error is pointed at /dev/null during each
 * call into poppler, and only then: a sanitizer's report on our own code
 * must still be seen (gir is single-threaded). */
static int
quiet_begin(void)
{
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && null >= 0)
        dup2(null, STDERR_FILENO);
    if (null >= 0)
        close(null);
    return saved;
}

static void
quiet_end(int saved)
{
    if (saved < 0)
        return;
    dup2(saved, STDERR_FILENO);
    close(saved);
}

/* ---- glyphs ---- */

static int
is_space_char(const char *s, int n)
{
    return (n == 1 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
           || (n == 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA0)
           || (n == 3 && memcmp(s, "\xE3\x80\x80", 3) == 0);
}

static void
page_glyphs(page_ctx *pc, const char *text, PopplerRectangle *rects, guint nrects)
{
    const char *p = text;
    int space = 0;
    for (guint i = 0; *p && i < nrects; i++) {
        const char *q = g_utf8_find_next_char(p, NULL);
        if (!q)
            q = p + strlen(p);
        int n = (int) (q - p);
        if (is_space_char(p, n)) {
            space = 1;
        } else if (g_utf8_validate(p, n, NULL)) {
            PopplerRectangle *r = &rects[i];
            pc->g = xgrow(pc->g, &pc->gcap, pc->ng + 1, sizeof *pc->g);
            pc->g[pc->ng++] = (glyph) {fmin(r->x1, r->x2), fmin(r->y1, r->y2),
                                       fmax(r->x1, r->x2), fmax(r->y1, r->y2), p, n, -1, -1,
                                       space};
            space = 0;
        }
        p = q;
    }
}

/* ---- rules ---- */

static void
add_rule(rule **v, size_t *n, size_t *cap, double pos, double a, double b, double thick)
{
    *v = xgrow(*v, cap, *n + 1, sizeof **v);
    (*v)[(*n)++] = (rule) {pos, a, b, thick, 1, -1};
}

/* Runs of ink of at least MINLEN pixels along rows (VERT 0) or columns
 * (VERT 1) of INK (W x H), each added as a one-pixel rule in points. */
static void
scan_runs(const unsigned char *ink, int w, int h, int vert, int minlen, double scale,
          rule **v, size_t *n, size_t *cap)
{
    int lines = vert ? w : h, len = vert ? h : w;
    for (int l = 0; l < lines; l++) {
        int start = -1;
        for (int k = 0; k <= len; k++) {
            int on = k < len && ink[vert ? (size_t) k * (size_t) w + (size_t) l
                                         : (size_t) l * (size_t) w + (size_t) k];
            if (on && start < 0)
                start = k;
            else if (!on && start >= 0) {
                if (k - start >= minlen)
                    add_rule(v, n, cap, (l + 0.5) / scale, start / scale, k / scale,
                             1 / scale);
                start = -1;
            }
        }
    }
}

static int
cmp_rule(const void *a, const void *b)
{
    const rule *x = a, *y = b;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return x->a < y->a ? -1 : x->a > y->a;
}

/* Merge the one-pixel runs of adjacent pixel lines that overlap into one
 * rule with a thickness; drop bands thicker than MAX_RULE (filled areas). */
static void
merge_runs(rule *v, size_t *n)
{
    if (*n == 0)
        return;
    qsort(v, *n, sizeof *v, cmp_rule);
    size_t out = 0;
    for (size_t i = 0; i < *n; i++) {
        if (!v[i].keep)
            continue;
        rule r = v[i];
        double sum = r.pos, cnt = 1, last = r.pos;
        for (size_t j = i + 1; j < *n && v[j].pos <= last + 1.5 * r.thick + 0.01; j++) {
            if (!v[j].keep || v[j].pos <= last - 0.01)
                continue;
            double ov = fmin(r.b, v[j].b) - fmax(r.a, v[j].a);
            if (ov < 0.8 * fmin(r.b - r.a, v[j].b - v[j].a))
                continue;
            r.a = fmin(r.a, v[j].a);
            r.b = fmax(r.b, v[j].b);
            sum += v[j].pos;
            cnt++;
            last = v[j].pos;
            v[j].keep = 0;
        }
        r.thick = cnt * r.thick;
        r.pos = sum / cnt;
        if (r.thick <= MAX_RULE)
            v[out++] = r;
    }
    *n = out;
}

/* Is rule R (horizontal when HORIZ) a stroke of glyphs (一, —, a dash run)
 * rather than a rule?  It is when it runs through a glyph's box and is
 * no longer than two of its ems (三's strokes in a bold face reach past
 * its box), or when the glyph boxes it runs through cover most of its
 * length (a dash run).  A table's rule merely grazing a digit set tight
 * against it in a narrow cell runs on far beyond that digit. */
static int
through_glyph(const page_ctx *pc, const rule *r, int horiz)
{
    double covered = 0, len = r->b - r->a;
    for (size_t i = 0; i < pc->ng; i++) {
        const glyph *g = &pc->g[i];
        double gw = g->x1 - g->x0, gh = g->y1 - g->y0, mx = gw * 0.15, my = gh * 0.15;
        double lo = horiz ? g->y0 + my : g->x0 + mx, hi = horiz ? g->y1 - my : g->x1 - mx;
        double a = horiz ? g->x0 + mx : g->y0 + my, b = horiz ? g->x1 - mx : g->y1 - my;
        if (!(r->pos > lo && r->pos < hi && r->a < b && r->b > a))
            continue;
        if (len <= 2 * fmax(gw, gh))
            return 1;
        covered += fmin(r->b, b) - fmax(r->a, a);
    }
    return covered >= 0.5 * len;
}

static int
meets(const rule *h, const rule *v)
{
    return v->pos >= h->a - MEET && v->pos <= h->b + MEET && h->pos >= v->a - MEET
           && h->pos <= v->b + MEET;
}

/* Keep the rules that meet two rules across them, until nothing changes. */
static void
keep_meeting(page_ctx *pc)
{
    for (int changed = 1, round = 0; changed && round < 8; round++) {
        changed = 0;
        for (int pass = 0; pass < 2; pass++) {
            rule *a = pass ? pc->v : pc->h, *b = pass ? pc->h : pc->v;
            size_t na = pass ? pc->nv : pc->nh, nb = pass ? pc->nh : pc->nv;
            for (size_t i = 0; i < na; i++) {
                if (!a[i].keep)
                    continue;
                int k = 0;
                for (size_t j = 0; j < nb && k < 2; j++)
                    if (b[j].keep && (pass ? meets(&b[j], &a[i]) : meets(&a[i], &b[j])))
                        k++;
                if (k < 2) {
                    a[i].keep = 0;
                    changed = 1;
                }
            }
        }
    }
}

static void
find_rules(page_ctx *pc, PopplerPage *page, double pw, double ph)
{
    double scale = SCALE_MAX;
    if (pw * ph * scale * scale > PIXELS_MAX)
        scale = sqrt(PIXELS_MAX / (pw * ph));
    int w = (int) ceil(pw * scale), h = (int) ceil(ph * scale);
    if (w < 1 || h < 1)
        return;
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return;
    }
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);     /* a thin rule stays one dark pixel wide */
    /* Not the printing mode: only the screen mode widens a hairline to a
     * whole pixel, which the unsmoothed bitmap needs to keep every rule. */
    int saved = quiet_begin();
    poppler_page_render(page, cr);
    quiet_end(saved);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    const unsigned char *px = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    unsigned char *ink = xmalloc((size_t) w * (size_t) h);
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *) (const void *) (px + (size_t) y * (size_t) stride);
        for (int x = 0; x < w; x++) {
            uint32_t c = row[x];
            unsigned r = (c >> 16) & 255, g = (c >> 8) & 255, b = c & 255;
            ink[(size_t) y * (size_t) w + (size_t) x] = (r * 299 + g * 587 + b * 114) / 1000 < INK_LUMA;
        }
    }
    cairo_surface_destroy(s);
    int minlen = (int) (MIN_RULE * scale);
    scan_runs(ink, w, h, 0, minlen, scale, &pc->h, &pc->nh, &pc->hcap);
    scan_runs(ink, w, h, 1, minlen, scale, &pc->v, &pc->nv, &pc->vcap);
    free(ink);
    merge_runs(pc->h, &pc->nh);
    merge_runs(pc->v, &pc->nv);
    if (pc->nh > MAX_RULES || pc->nv > MAX_RULES) {
        /* a hatched or drawn page, not a table: its text is read as lines */
        pc->nh = pc->nv = 0;
        return;
    }
    for (size_t i = 0; i < pc->nh; i++)
        pc->h[i].keep = !through_glyph(pc, &pc->h[i], 1);
    for (size_t i = 0; i < pc->nv; i++)
        pc->v[i].keep = !through_glyph(pc, &pc->v[i], 0);
    keep_meeting(pc);
}

/* ---- tables ---- */

static int
find_root(int *parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

static void
unite(int *parent, int a, int b)
{
    a = find_root(parent, a);
    b = find_root(parent, b);
    if (a != b)
        parent[a < b ? b : a] = a < b ? a : b;
}

static int
cmp_double(const void *a, const void *b)
{
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

/* The distinct positions of VALS (sorted, clustered within SAME_EDGE). */
static size_t
edges(double *vals, size_t n)
{
    if (n < 2)
        return n;
    qsort(vals, n, sizeof *vals, cmp_double);
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        double sum = 0;
        while (j < n && vals[j] - vals[i] <= SAME_EDGE)
            sum += vals[j++];
        vals[out++] = sum / (double) (j - i);
        i = j;
    }
    return out;
}

static size_t
edge_index(const double *e, size_t n, double v)
{
    /* the interval [e[k], e[k+1]) holding V; n >= 2 */
    size_t k = 0;
    while (k + 2 < n && v >= e[k + 1])
        k++;
    return k;
}

/* Is there a rule of RULES at POS (within SAME_EDGE) covering AT? */
static int
ruled(const rule *rules, size_t n, double pos, double at)
{
    for (size_t i = 0; i < n; i++)
        if (rules[i].keep && fabs(rules[i].pos - pos) <= SAME_EDGE && rules[i].a - MEET <= at
            && rules[i].b + MEET >= at)
            return 1;
    return 0;
}

/* Column edges of a continued table: when every edge of XS is within
 * SAME_EDGE of one of PREV's and both span the same width, PREV's. */
static int
continues(const double *xs, size_t nx, const double *prev, size_t np)
{
    if (!prev || np < 2 || nx < 2 || fabs(xs[0] - prev[0]) > SAME_EDGE
        || fabs(xs[nx - 1] - prev[np - 1]) > SAME_EDGE)
        return 0;
    for (size_t i = 0; i < nx; i++) {
        int found = 0;
        for (size_t j = 0; j < np && !found; j++)
            found = fabs(xs[i] - prev[j]) <= SAME_EDGE;
        if (!found)
            return 0;
    }
    return 1;
}

/* Build the tables of the page from its kept rules. */
static void
build_tables(page_ctx *pc, reader *rd, int first_text_above)
{
    size_t nh = pc->nh, n = pc->nh + pc->nv;
    if (!pc->nh || !pc->nv)
        return;
    int *parent = xmalloc(n * sizeof *parent);
    for (size_t i = 0; i < n; i++)
        parent[i] = (int) i;
    for (size_t i = 0; i < pc->nh; i++)
        for (size_t j = 0; j < pc->nv; j++)
            if (pc->h[i].keep && pc->v[j].keep && meets(&pc->h[i], &pc->v[j]))
                unite(parent, (int) i, (int) (nh + j));
    for (size_t c = 0; c < n; c++) {
        if (find_root(parent, (int) c) != (int) c || !(c < nh ? pc->h[c].keep : pc->v[c - nh].keep))
            continue;
        double *xs = NULL, *ys = NULL;
        size_t nx = 0, ny = 0, xcap = 0, ycap = 0;
        for (size_t i = 0; i < n; i++) {
            if (find_root(parent, (int) i) != (int) c)
                continue;
            if (i < nh && pc->h[i].keep) {
                ys = xgrow(ys, &ycap, ny + 1, sizeof *ys);
                ys[ny++] = pc->h[i].pos;
            } else if (i >= nh && pc->v[i - nh].keep) {
                xs = xgrow(xs, &xcap, nx + 1, sizeof *xs);
                xs[nx++] = pc->v[i - nh].pos;
            }
        }
        nx = edges(xs, nx);
        ny = edges(ys, ny);
        if (nx < 3 || ny < 2) {          /* one column: a frame round text, not a table */
            free(xs);
            free(ys);
            continue;
        }
        if (pc->nt == 0 && !first_text_above && rd->prev_at_end
            && continues(xs, nx, rd->prev_xs, rd->prev_nx) && rd->prev_nx > nx) {
            free(xs);
            xs = xmalloc(rd->prev_nx * sizeof *xs);
            memcpy(xs, rd->prev_xs, rd->prev_nx * sizeof *xs);
            nx = rd->prev_nx;
        }
        size_t rows = ny - 1, cols = nx - 1;
        if (rows * cols > MAX_TABLE_CELLS || cols > GIR_GRID_MAX_COLS) {
            free(xs);
            free(ys);
            continue;
        }
        int *region = xmalloc(rows * cols * sizeof *region);
        for (size_t k = 0; k < rows * cols; k++)
            region[k] = (int) k;
        for (size_t r = 0; r < rows; r++)
            for (size_t k = 0; k < cols; k++) {
                double ym = (ys[r] + ys[r + 1]) / 2, xm = (xs[k] + xs[k + 1]) / 2;
                if (k + 1 < cols && !ruled(pc->v, pc->nv, xs[k + 1], ym))
                    unite(region, (int) (r * cols + k), (int) (r * cols + k + 1));
                if (r + 1 < rows && !ruled(pc->h, pc->nh, ys[r + 1], xm))
                    unite(region, (int) (r * cols + k), (int) ((r + 1) * cols + k));
            }
        for (size_t k = 0; k < rows * cols; k++)
            region[k] = find_root(region, (int) k);
        pc->t = xgrow(pc->t, &pc->tcap, pc->nt + 1, sizeof *pc->t);
        pc->t[pc->nt++] = (table) {xs, ys, nx, ny, region, ys[0], 0};
    }
    free(parent);
}

/* ---- lines of glyphs ---- */

static int
cmp_glyph_y(const void *a, const void *b)
{
    const glyph *x = *(glyph *const *) a, *y = *(glyph *const *) b;
    double cx = x->y0 + x->y1, cy = y->y0 + y->y1;
    if (cx != cy)
        return cx < cy ? -1 : 1;
    return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int
cmp_glyph_x(const void *a, const void *b)
{
    const glyph *x = *(glyph *const *) a, *y = *(glyph *const *) b;
    return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

/* Sort G[0..N) into lines: by the centre of each glyph, a glyph whose
 * centre lies within a quarter of a glyph's height below the line's
 * first centre joins it; each line then sorted by x.  Not the band the
 * glyphs' boxes cover: poppler's boxes are the font's full height, taller
 * than a tight line pitch, so a number wrapped in a narrow cell (33 over
 * 2, for 332) overlaps the row's text line between its pieces, and a
 * growing band joined all three lines into one (3 2 3, read as 323).
 * Writes the start of each line into STARTS (N + 1 slots); returns the
 * number of lines. */
static size_t
group_lines(glyph **g, size_t n, size_t *starts)
{
    qsort(g, n, sizeof *g, cmp_glyph_y);
    size_t nl = 0, i = 0;
    while (i < n) {
        size_t s = i;
        double c0 = (g[i]->y0 + g[i]->y1) / 2, tol = (g[i]->y1 - g[i]->y0) / 4;
        i++;
        while (i < n && (g[i]->y0 + g[i]->y1) / 2 - c0 <= tol)
            i++;
        qsort(g + s, i - s, sizeof *g, cmp_glyph_x);
        starts[nl++] = s;
    }
    starts[nl] = n;
    return nl;
}

static int
ascii_word_char(const glyph *g)
{
    return g->n == 1 && ((*g->s >= '0' && *g->s <= '9') || (*g->s >= 'a' && *g->s <= 'z')
                         || (*g->s >= 'A' && *g->s <= 'Z'));
}

/* Are A and B both ideographs (or other wide characters): glyphs set
 * edge to edge in a word, each an em wide? */
static int
wide_pair(const glyph *a, const glyph *b)
{
    return a->n > 1 && b->n > 1;
}

/* The em of two wide glyphs: the wider one's width.  poppler's boxes are
 * the font's full height, a third taller than its em, so a quarter of the
 * height misses a quarter em of space between two ideographs (无 成信息
 * of （四）无法提供 printed down the edge beside a row label), which
 * pdftotext keeps as a space. */
static double
em_of(const glyph *a, const glyph *b)
{
    return fmax(a->x1 - a->x0, b->x1 - b->x0);
}

/* Where layout text puts its columns: glyphs are set on a grid of UNIT
 * points from LEFT, the page's leftmost glyph, each glyph one column, as
 * pdftotext -layout sets a page (an ideograph too: gir-table measures
 * such text both by characters and by display columns, and a row's
 * place must agree in both).  A line starts at its first glyph's column:
 * in a table drawn without rules that is the column, and a value alone
 * on its line (a number a narrow cell wrapped) must stand where it is. */
typedef struct layout_grid {
    double left, unit;
} layout_grid;

/* Columns a line may reach: a page is at most a few hundred. */
#define MAX_LAYOUT_COLUMN 1000

/* Append the line G[0..N) to B: glyphs apart by more than a quarter of
 * their height (a quarter em between two wide ones), or by a space in
 * poppler's text, get a space.  Laid out on grid LG (NULL: a cell's
 * text), a gap wider than a character gets two or more spaces, up to the
 * glyph's column on the grid, and the line starts at its first glyph's
 * column: so the columns of a table with no rules stand at the same
 * place on every line, whatever the text left of them (a row label of
 * ideographs is wider per character than the digits of another row).
 * A gap wider than a digit but not than a character (a narrow cell's
 * padding after its row label) gets one space or more, up to the grid's
 * column: else the value after it stands left of its place, and a word
 * of two cells' digits set edge to edge (56587 and 2 as 565872) ends
 * short of the second cell's column it reaches on the page. */
static void
put_line(gir_buf *b, glyph **g, size_t n, const layout_grid *lg)
{
    long col = 0;
    for (size_t i = 0; i < n; i++) {
        long target = 0, pad = 0;
        if (lg) {
            double at = (g[i]->x0 - lg->left) / lg->unit;
            target = at < 0 ? 0 : at > MAX_LAYOUT_COLUMN ? MAX_LAYOUT_COLUMN : lround(at);
        }
        if (i == 0) {
            pad = target;
        } else {
            double h = fmax(g[i]->y1 - g[i]->y0, g[i - 1]->y1 - g[i - 1]->y0);
            double gap = g[i]->x0 - g[i - 1]->x1;
            if (lg && gap > h) {
                pad = target - col > 2 ? target - col : 2;
            } else if (lg && gap > lg->unit) {
                pad = target - col > 1 ? target - col : 1;
            } else if (gap > h / 4 || (wide_pair(g[i - 1], g[i]) && gap > em_of(g[i - 1], g[i]) / 4)
                       || (g[i]->space_before && gap > 0 && g[i]->n == 1 && g[i - 1]->n == 1)) {
                /* poppler's spaces are trusted between ASCII only: it
                 * puts one where a font changes (西塞山区 2022 年) */
                pad = 1;
            }
        }
        for (long j = 0; j < pad; j++)
            gir_buf_put(b, " ", 1);
        gir_buf_put(b, g[i]->s, (size_t) g[i]->n);
        col += pad + 1;
    }
}

/* The grid of a page's layout text: from its leftmost glyph, a column
 * the median width of its digits (else of its narrow glyphs, else half
 * that of its wide ones, an ideograph being an em wide). */
static layout_grid
page_grid(const page_ctx *pc)
{
    layout_grid lg = {0, 0};
    double *w = xmalloc((pc->ng + 1) * sizeof *w);
    for (int pass = 0; pass < 3 && !(lg.unit > 0.5); pass++) {
        size_t nw = 0;
        for (size_t i = 0; i < pc->ng; i++) {
            const glyph *g = &pc->g[i];
            int digit = g->n == 1 && *g->s >= '0' && *g->s <= '9';
            if (g->x1 > g->x0 && (pass == 0 ? digit : pass == 1 ? g->n == 1 : g->n > 1))
                w[nw++] = g->x1 - g->x0;
        }
        if (nw) {
            qsort(w, nw, sizeof *w, cmp_double);
            lg.unit = pass == 2 ? w[nw / 2] / 2 : w[nw / 2];
        }
    }
    if (!(lg.unit > 0.5))
        lg.unit = 6;            /* a digit of 11-point type */
    for (size_t i = 0; i < pc->ng; i++)
        if (i == 0 || pc->g[i].x0 < lg.left)
            lg.left = pc->g[i].x0;
    free(w);
    return lg;
}

/* ---- a page ---- */

typedef struct block {
    double y;
    int table;              /* index, or -1 for a text line */
    size_t line;            /* text line index */
} block;

static int
cmp_block(const void *a, const void *b)
{
    const block *x = a, *y = b;
    if (x->y != y->y)
        return x->y < y->y ? -1 : 1;
    return x->table < y->table ? -1 : x->table > y->table;
}

/* Is line G[0..N) a number alone (digits, maybe a point or comma)? */
static int
numeric_line(glyph **g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(g[i]->n == 1 && ((*g[i]->s >= '0' && *g[i]->s <= '9') || *g[i]->s == '.'
                               || *g[i]->s == ',')))
            return 0;
    return n > 0;
}

/* Do the NL lines of a cell INNER_W points wide inside its padding (G,
 * by STARTS) hold one number wrapped: every line numeric, each line but
 * the last so full that the next line's first glyph would not have
 * fitted beside it (33 over 2 in a cell 16 points wide: 13.2 + 6.6), and
 * each next line the next one down, less than half a line's height
 * further than the glyphs are tall (wrapped lines lie 0.8 to 1.12 box
 * heights apart, by the font)?  Writers wrap at the glyph that does not
 * fit, so a full line falls short of the width by less than a glyph:
 * half a glyph is the margin.  Two numbers a line each that leave room
 * (5 over 3), or stand further apart (61 at the top of a row three lines
 * tall, 0 in the middle of the next, 1.8 heights down), are two rows'
 * values in a cell whose rule between them was not seen. */
static int
wrapped_number(glyph **g, const size_t *starts, size_t nl, double inner_w)
{
    if (nl < 2)
        return 0;
    for (size_t l = 0; l < nl; l++)
        if (!numeric_line(g + starts[l], starts[l + 1] - starts[l]))
            return 0;
    for (size_t l = 0; l + 1 < nl; l++) {
        const glyph *first = g[starts[l]], *last = g[starts[l + 1] - 1], *next = g[starts[l + 1]];
        double next_w = next->x1 - next->x0;
        if ((last->x1 - first->x0) + next_w <= inner_w - next_w / 2)
            return 0;
        double h = fmax(first->y1 - first->y0, next->y1 - next->y0);
        if ((next->y0 + next->y1) / 2 - (first->y0 + first->y1) / 2 > 1.5 * h)
            return 0;
    }
    return 1;
}

/* The text of a merged cell INNER_W points wide inside its padding: its
 * glyphs, by lines; lines joined without a space between two ideographs
 * (a wrapped label) or the pieces of a wrapped number, with one
 * otherwise. */
static void
cell_text(gir_buf *b, glyph **cg, size_t n, size_t *starts, double inner_w)
{
    b->len = 0;
    size_t nl = group_lines(cg, n, starts);
    int number = wrapped_number(cg, starts, nl, inner_w);
    for (size_t l = 0; l < nl; l++) {
        size_t s = starts[l], e = starts[l + 1];
        if (l && b->len && !number
            && ((unsigned char) b->p[b->len - 1] < 0x80 || ascii_word_char(cg[s])))
            gir_buf_put(b, " ", 1);
        put_line(b, cg + s, e - s, NULL);
    }
}

/* The glyphs of table TI sorted by merged cell into SCRATCH; FIRST[reg]
 * and COUNT[reg] (calloc'd, one per grid cell) say where each cell's run
 * is.  Returns the number of glyphs. */
static int
cmp_glyph_cell(const void *a, const void *b)
{
    const glyph *x = *(glyph *const *) a, *y = *(glyph *const *) b;
    if (x->cell != y->cell)
        return x->cell < y->cell ? -1 : 1;
    return x < y ? -1 : x > y;
}

static size_t
table_glyphs(page_ctx *pc, size_t ti, glyph **scratch, size_t **first, size_t **count)
{
    table *t = &pc->t[ti];
    size_t cells = (t->ny - 1) * (t->nx - 1), n = 0;
    for (size_t i = 0; i < pc->ng; i++)
        if (pc->g[i].table == (int) ti)
            scratch[n++] = &pc->g[i];
    qsort(scratch, n, sizeof *scratch, cmp_glyph_cell);
    *first = xcalloc(cells, sizeof **first);
    *count = xcalloc(cells, sizeof **count);
    for (size_t i = 0; i < n; i++) {
        size_t reg = (size_t) scratch[i]->cell;
        if (!(*count)[reg])
            (*first)[reg] = i;
        (*count)[reg]++;
    }
    return n;
}

/* Two numbers on lines of their own in one cell mean a rule between two
 * rows was not seen (a table drawn with a rule too faint or broken): the
 * cells would join two rows' values.  Such a table is written as
 * positioned text instead, which gir-table reads by its columns.  A
 * number wrapped in a cell of one grid row (wrapped_number) is not that.
 * LAST_R and LAST_C give each merged cell's last grid row and column. */
static int
rows_joined(const table *t, glyph **tg, const size_t *first, const size_t *count,
            const size_t *last_r, const size_t *last_c, double pad, size_t *starts)
{
    size_t cols = t->nx - 1, cells = (t->ny - 1) * cols;
    for (size_t reg = 0; reg < cells; reg++) {
        if (!count[reg])
            continue;
        glyph **g = tg + first[reg];
        size_t nl = group_lines(g, count[reg], starts), numeric = 0;
        for (size_t l = 0; l < nl; l++)
            numeric += numeric_line(g + starts[l], starts[l + 1] - starts[l]);
        if (numeric < 2)
            continue;
        double inner_w = t->xs[last_c[reg] + 1] - t->xs[reg % cols] - 2 * pad;
        if (last_r[reg] > reg / cols || !wrapped_number(g, starts, nl, inner_w))
            return 1;
    }
    return 0;
}

/* A table's cell padding: the least space between a cell's edge and its
 * text, left or right, over every line of every cell (a full line, or
 * text set against the edge, shows the padding; centred text only adds
 * to it).  0 for a table with no text. */
static double
cell_padding(const table *t, glyph **tg, const size_t *first, const size_t *count,
             const size_t *last_c, size_t *starts)
{
    size_t cols = t->nx - 1, cells = (t->ny - 1) * cols;
    double pad = -1;
    for (size_t reg = 0; reg < cells; reg++) {
        if (!count[reg])
            continue;
        glyph **g = tg + first[reg];
        double left = t->xs[reg % cols], right = t->xs[last_c[reg] + 1];
        size_t nl = group_lines(g, count[reg], starts);
        for (size_t l = 0; l < nl; l++) {
            double p = fmin(g[starts[l]]->x0 - left, right - g[starts[l + 1] - 1]->x1);
            if (pad < 0 || p < pad)
                pad = p;
        }
    }
    return pad > 0 ? pad : 0;
}

/* Line G[0..N) of a page whose grid is LG, copied to be written by
 * place once every page is read (placed_line). */
static placed_line
copy_placed(reader *rd, glyph **g, size_t n, const layout_grid *lg)
{
    gir_arena *a = rd->out.a;
    placed_line pl = {0, NULL, n, lg->unit};
    pl.g = gir_arena_alloc(a, (n ? n : 1) * sizeof *pl.g);
    for (size_t i = 0; i < n; i++) {
        pl.g[i] = *g[i];
        pl.g[i].s = gir_arena_memdup0(a, g[i]->s, (size_t) g[i]->n);
    }
    if (!rd->have_left || lg->left < rd->left)
        rd->left = lg->left;
    rd->have_left = 1;
    return pl;
}


/* PL as the next line; an empty line stands in for it until write_placed. */
static void
push_placed(reader *rd, placed_line pl)
{
    rd->placed = xgrow(rd->placed, &rd->placed_cap, rd->nplaced + 1, sizeof *rd->placed);
    pl.out = rd->out.n;
    rd->placed[rd->nplaced++] = pl;
    gir_line_list_add(&rd->out, 1, "", 0);
}


/* Write every placed line, its columns counted from the document's
 * leftmost glyph. */
static void
write_placed(reader *rd)
{
    glyph **ptr = NULL;
    size_t cap = 0;
    for (size_t k = 0; k < rd->nplaced; k++) {
        placed_line *pl = &rd->placed[k];
        ptr = xgrow(ptr, &cap, pl->n + 1, sizeof *ptr);
        for (size_t i = 0; i < pl->n; i++)
            ptr[i] = &pl->g[i];
        layout_grid lg = {rd->left, pl->unit};
        rd->buf.len = 0;
        put_line(&rd->buf, ptr, pl->n, &lg);
        gir_line *l = &rd->out.v[pl->out];
        l->text = gir_arena_memdup0(rd->out.a, rd->buf.p ? rd->buf.p : "", rd->buf.len);
        l->len = rd->buf.len;
    }
    free(ptr);
}


static void
emit_layout(reader *rd, glyph **g, size_t n, size_t *starts, const layout_grid *lg)
{
    size_t nl = group_lines(g, n, starts);
    for (size_t l = 0; l < nl; l++)
        push_placed(rd, copy_placed(rd, g + starts[l], starts[l + 1] - starts[l], lg));
}

/* Table T's cells as lines of the grid (grid.c), each merged cell's text
 * where its top left grid cell is. */
static void
emit_grid(reader *rd, const table *t, glyph **scratch, const size_t *first, const size_t *count,
          const size_t *last_r, const size_t *last_c, double pad, size_t *starts)
{
    size_t rows = t->ny - 1, cols = t->nx - 1;
    gir_grid g = {0};
    for (size_t r = 0; r < rows; r++) {
        gir_grid_add_row(&g, 1);
        for (size_t c = 0; c < cols; c++) {
            size_t reg = r * cols + c;
            if ((size_t) t->region[reg] != reg)
                continue;
            size_t r1 = last_r[reg] > r ? last_r[reg] : r, c1 = last_c[reg] > c ? last_c[reg] : c;
            cell_text(&rd->buf, scratch + first[reg], count[reg], starts,
                      t->xs[c1 + 1] - t->xs[c] - 2 * pad);
            gir_grid_add_cell(&g, rd->buf.p, rd->buf.len, (long) (c1 - c + 1), (long) (r1 - r + 1));
        }
    }
    gir_grid_emit(&g, gir_line_list_emit, &rd->out);
    gir_grid_free(&g);
}

static void
emit_table(reader *rd, page_ctx *pc, size_t ti, glyph **scratch, size_t *starts,
           const layout_grid *lg)
{
    table *t = &pc->t[ti];
    size_t rows = t->ny - 1, cols = t->nx - 1, cells = rows * cols;
    size_t *first, *count;
    size_t n = table_glyphs(pc, ti, scratch, &first, &count);
    /* The last grid row and column of each merged cell, in one pass. */
    size_t *last_r = xcalloc(cells, sizeof *last_r), *last_c = xcalloc(cells, sizeof *last_c);
    for (size_t k = 0; k < cells; k++) {
        size_t reg = (size_t) t->region[k];
        if (k / cols > last_r[reg])
            last_r[reg] = k / cols;
        if (k % cols > last_c[reg])
            last_c[reg] = k % cols;
    }
    /* A table its rules do not cut right is written as positioned text. */
    double pad = 0;
    int positioned = t->cut;
    if (!positioned) {
        pad = cell_padding(t, scratch, first, count, last_c, starts);
        positioned = rows_joined(t, scratch, first, count, last_r, last_c, pad, starts);
    }
    if (positioned)
        emit_layout(rd, scratch, n, starts, lg);
    else
        emit_grid(rd, t, scratch, first, count, last_r, last_c, pad, starts);
    free(last_r);
    free(last_c);
    free(first);
    free(count);
}

static void
page_free(page_ctx *pc)
{
    for (size_t i = 0; i < pc->nt; i++) {
        free(pc->t[i].xs);
        free(pc->t[i].ys);
        free(pc->t[i].region);
    }
    free(pc->g);
    free(pc->h);
    free(pc->v);
    free(pc->t);
    memset(pc, 0, sizeof *pc);
}

/* Read one page's lines into RD.  Returns the number of glyphs read. */
static size_t
read_page(reader *rd, PopplerPage *page)
{
    page_ctx pc = {0};
    int saved = quiet_begin();
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nrects = 0;
    gboolean have_layout = text && poppler_page_get_text_layout(page, &rects, &nrects);
    quiet_end(saved);
    if (!have_layout) {
        g_free(text);
        g_free(rects);
        return 0;
    }
    page_glyphs(&pc, text, rects, nrects < GIR_PDF_MAX_PAGE_CHARS ? nrects : GIR_PDF_MAX_PAGE_CHARS);
    size_t nglyphs = pc.ng;
    if (!pc.ng) {
        g_free(text);
        g_free(rects);
        return 0;
    }
    double pw, ph;
    poppler_page_get_size(page, &pw, &ph);
    find_rules(&pc, page, pw, ph);

    /* Text above the first table decides whether it continues the last
     * table of the previous page (a page header or number aside). */
    double first_rule_y = ph;
    for (size_t i = 0; i < pc.nh; i++)
        if (pc.h[i].keep && pc.h[i].pos < first_rule_y)
            first_rule_y = pc.h[i].pos;
    int text_above = 0;
    for (size_t i = 0; i < pc.ng; i++)
        if (pc.g[i].y1 < first_rule_y && pc.g[i].y0 > ph * 0.1)
            text_above = 1;
    build_tables(&pc, rd, text_above);

    /* Glyphs to the tables' cells. */
    for (size_t i = 0; i < pc.ng; i++) {
        glyph *g = &pc.g[i];
        double cx = (g->x0 + g->x1) / 2, cy = (g->y0 + g->y1) / 2;
        for (size_t k = 0; k < pc.nt; k++) {
            table *t = &pc.t[k];
            if (cx < t->xs[0] || cx > t->xs[t->nx - 1] || cy < t->ys[0] || cy > t->ys[t->ny - 1])
                continue;
            size_t c = edge_index(t->xs, t->nx, cx), r = edge_index(t->ys, t->ny, cy);
            g->table = (int) k;
            g->cell = t->region[r * (t->nx - 1) + c];
            break;
        }
    }
    /* Text beside a table's rows, left or right of its edges, is a column
     * whose rule was not seen (the table's last column, 合计, outside a
     * grid that ends at 其他): the grid would drop it and shift the rows'
     * cells.  Such a table is written with that text as positioned text. */
    for (size_t i = 0; i < pc.ng; i++) {
        glyph *g = &pc.g[i];
        double cy = (g->y0 + g->y1) / 2;
        for (size_t k = 0; k < pc.nt && g->table < 0; k++) {
            table *t = &pc.t[k];
            if (cy > t->ys[0] && cy < t->ys[t->ny - 1]) {
                t->cut = 1;
                g->table = (int) k;
                g->cell = 0;
            }
        }
    }

    layout_grid lg = page_grid(&pc);
    glyph **scratch = xmalloc((pc.ng + 1) * sizeof *scratch);
    size_t *starts = xmalloc((pc.ng + 1) * sizeof *starts);
    size_t n = 0;
    for (size_t i = 0; i < pc.ng; i++)
        if (pc.g[i].table < 0)
            scratch[n++] = &pc.g[i];
    size_t nl = group_lines(scratch, n, starts);

    /* Text lines and tables in order down the page. */
    block *blocks = xmalloc((nl + pc.nt + 1) * sizeof *blocks);
    size_t nb = 0;
    for (size_t l = 0; l < nl; l++)
        blocks[nb++] = (block) {scratch[starts[l]]->y0, -1, l};
    for (size_t k = 0; k < pc.nt; k++)
        blocks[nb++] = (block) {pc.t[k].top, (int) k, 0};
    qsort(blocks, nb, sizeof *blocks, cmp_block);
    /* The text lines are copied first, as the tables reuse the scratch
     * arrays. */
    placed_line *texts = xcalloc(nl ? nl : 1, sizeof *texts);
    for (size_t l = 0; l < nl; l++)
        texts[l] = copy_placed(rd, scratch + starts[l], starts[l + 1] - starts[l], &lg);
    for (size_t b = 0; b < nb; b++) {
        if (blocks[b].table < 0)
            push_placed(rd, texts[blocks[b].line]);
        else
            emit_table(rd, &pc, (size_t) blocks[b].table, scratch, starts, &lg);
    }
    free(texts);

    /* Remember the last table's columns for a continuation on the next
     * page, when nothing but a footer (page number) stands below it. */
    free(rd->prev_xs);
    rd->prev_xs = NULL;
    rd->prev_nx = 0;
    rd->prev_at_end = 0;
    if (pc.nt) {
        table *last = &pc.t[0];
        for (size_t k = 1; k < pc.nt; k++)
            if (pc.t[k].top > last->top)
                last = &pc.t[k];
        double bottom = last->ys[last->ny - 1];
        int below = 0;
        for (size_t i = 0; i < pc.ng; i++)
            if (pc.g[i].table < 0 && pc.g[i].y0 > bottom && pc.g[i].y1 < ph * 0.9)
                below = 1;
        rd->prev_at_end = !below;
        rd->prev_xs = xmalloc(last->nx * sizeof *last->xs);
        memcpy(rd->prev_xs, last->xs, last->nx * sizeof *last->xs);
        rd->prev_nx = last->nx;
    }
    free(blocks);
    free(scratch);
    free(starts);
    page_free(&pc);
    g_free(text);
    g_free(rects);
    return nglyphs;
}

/* ---- the document ---- */


static int
has_eof_marker(const char *data, size_t len)
{
    size_t tail = len < 2048 ? len : 2048;
    return memmem(data + len - tail, tail, "%%EOF", 5) != NULL;
}

static void
quiet_log(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer ctx)
{
    (void) domain, (void) level, (void) msg, (void) ctx;
}

int
gir_pdf_lines(const char *source, const char *data, size_t len, gir_arena *a,
              gir_line **lines, size_t *nlines)
{
    *lines = NULL;
    *nlines = 0;
    if (!has_eof_marker(data, len)) {
        gir_error_set("a truncated PDF (no %%%%EOF at its end); download it again");
        return -1;
    }
    if (bind_poppler() < 0)
        return -1;
    g_log_set_handler("Poppler", G_LOG_LEVEL_MASK, quiet_log, NULL);
    GBytes *bytes = g_bytes_new_static(data, len);
    GError *err = NULL;
    int saved = quiet_begin();
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &err);
    int npages = doc ? poppler_document_get_n_pages(doc) : 0;
    quiet_end(saved);
    if (!doc) {
        if (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED)
            gir_error_set("an encrypted PDF that needs a password; decrypt it with "
                          "'qpdf --decrypt --password=PASSWORD FILE out.pdf' and read out.pdf");
        else
            gir_error_set("a damaged PDF (%s); download it again, or repair it with "
                          "'qpdf FILE out.pdf'", err ? err->message : "unreadable");
        if (err)
            g_error_free(err);
        g_bytes_unref(bytes);
        return -1;
    }
    if (npages > GIR_PDF_MAX_PAGES) {
        gir_error_set("a PDF of %d pages, more than the limit of %d", npages, GIR_PDF_MAX_PAGES);
        g_object_unref(doc);
        g_bytes_unref(bytes);
        return -1;
    }
    reader rd = {.out = {a, NULL, 0, 0}};
    size_t glyphs = 0;
    int textless = 0, first_textless = 0;
    for (int i = 0; i < npages; i++) {
        saved = quiet_begin();
        PopplerPage *page = poppler_document_get_page(doc, i);
        quiet_end(saved);
        if (!page)
            continue;
        size_t n = read_page(&rd, page);
        g_object_unref(page);
        glyphs += n;
        if (!n && !textless++)
            first_textless = i + 1;
    }
    g_object_unref(doc);
    g_bytes_unref(bytes);
    write_placed(&rd);
    free(rd.placed);
    free(rd.prev_xs);
    free(rd.buf.p);
    if (!glyphs) {
        gir_line_list_free(&rd.out);
        gir_error_set("a PDF without a text layer (%d page%s of images: a scan?); run OCR on it, "
                      "e.g. 'ocrmypdf -l chi_sim FILE out.pdf', and read out.pdf",
                      npages, npages == 1 ? "" : "s");
        return -1;
    }
    if (textless)
        gir_warn(source, 0, "%d of %d pages have no text (page %d first): scanned pages? "
                 "Their content is missing; OCR them (e.g. ocrmypdf) to read it",
                 textless, npages, first_textless);
    for (size_t i = 0; i < rd.out.n; i++)
        rd.out.v[i].line = (long) i + 1;
    gir_line_list_finish(&rd.out, lines, nlines);
    return 0;
}

#endif
