/* SPDX-License-Identifier: GPL-3.0-or-later */
/* html.c - web pages into lines (see html.h).
 *
 * The page is decoded to UTF-8 first (forced name; BOM; <meta charset> or
 * http-equiv found by a prescan of the first bytes, as browsers do; else
 * decode.h's detection), then parsed by libxml2's HTML parser in recovery
 * mode and walked.  No regular expression ever looks at markup.
 *
 * The walk is iterative (parent/next pointers, no recursion), so a page
 * nested as deep as libxml2 accepts costs no C stack.  Every node is
 * visited a bounded number of times: once by a post-order pass that
 * records, per element, whether it holds a table and how much text
 * (saturating), once by the main walk, and for data tables once more per
 * pass over their rows.  Memory is the tree plus the output: bounded by
 * the page.
 *
 * Lines: block elements (p, div, h1-h6, li, tr, ...) and <br> end the
 * current line; inline elements (span, font, a, Word's <o:p>, unknown
 * tags) do not.  Whitespace is collapsed, NBSP is a space.  A line carries
 * the source line of the block element that opened it (the text node's
 * own line when the text follows a nested block).  Text holding a blank
 * line between two of its lines is no HTML paragraph but markdown (or
 * plain text) around a raw HTML block: each of its lines is a line, as it
 * stands, at its source line.
 *
 * Tables: a table with at least two columns and no table inside it is a
 * data table: each <tr> is one line, its cells TAB-separated, with
 * rowspan/colspan expanded into a full grid (see grid.c).  A table
 * holding tables, or only one column, is page layout: its cells are
 * ordinary blocks, so two tables side by side in one cell come out one
 * after the other. */
#include "config.h"
#include "html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "xmlload.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "grid.h"
#include "diag.h"
#include "xmalloc.h"

/* Limits against hostile markup. */
enum {
    SNIFF_BYTES = 8192,      /* <meta charset> must be this near the start */
    DETECT_BYTES = 4096,     /* HTML is recognised this near the start */
    BIG_TEXT = 4000          /* "navigation" holding this much text is kept */
};

/* ---- detection ---- */

static int
ascii_prefix_ci(const char *p, const char *e, const char *word)
{
    size_t n = strlen(word);
    return (size_t) (e - p) >= n && strncasecmp(p, word, n) == 0;
}

/* Is the byte after a tag name one that ends it? */
static int
ends_name(const char *p, const char *e)
{
    return p >= e || *p == '>' || *p == '/' || *p == ' ' || *p == '\t' || *p == '\n'
           || *p == '\r' || *p == '\f';
}

/* Does the line [P, E) say "Markdown"?  A pipe table's delimiter row
 * (|---|:--:|), an ATX heading (# to ###### then a space) or a line in
 * bold (**...**): what pandoc and html2text write, never page text. */
static int
markdown_line(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    if (e - p >= 5 && p[0] == '*' && p[1] == '*' && p[2] != ' ' && p[2] != '*'
        && e[-1] == '*' && e[-2] == '*')
        return 1;
    if (p < e && *p == '#') {
        const char *q = p;
        while (q < e && *q == '#')
            q++;
        return q - p <= 6 && q < e && *q == ' ';
    }
    if (p == e || (*p != '|' && *p != '-' && *p != ':'))
        return 0;
    int dashes = 0, pipes = 0;
    for (const char *q = p; q < e; q++) {
        if (*q == '-')
            dashes++;
        else if (*q == '|')
            pipes++;
        else if (*q != ':' && *q != ' ')
            return 0;
    }
    return dashes >= 3 && pipes >= 1;
}

/* Does the line [P, E) hold a table tag (<table, <tr, <td, <th)? */
static int
has_table_tag(const char *p, const char *e)
{
    for (const char *q = p; (q = memchr(q, '<', (size_t) (e - q))) != NULL && e - q > 3; q++)
        if ((q[1] == 't' || q[1] == 'T') && q[2] && strchr("aArRdDhH", q[2]))
            return 1;
    return 0;
}

/* A page fragment (no <html>, <head>, <body> or doctype first) may be
 * Markdown that starts with a raw HTML block: pandoc's gfm keeps <div>s.
 * It is Markdown when a line of it is Markdown and its tables are text:
 * a table kept as markup (pandoc does that for spans it cannot draw) is
 * read best by the HTML parser. */
static int
is_markdown(const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    int markdown = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t) (end - p));
        const char *e = nl ? nl : end;
        if (has_table_tag(p, e))
            return 0;
        if (!markdown)
            markdown = markdown_line(p, e);
        p = e + 1;
    }
    return markdown;
}

/* 1: an HTML document; 2: a fragment that begins with a tag (markup or
 * Markdown: has_markdown_lines decides); 0: not HTML. */
static int
looks_like_html_ascii(const char *p, const char *e)
{
    /* The first N_DOCUMENT_TAGS begin only a whole document. */
    enum { N_DOCUMENT_TAGS = 8 };
    static const char *const tags[] = {
        "html", "head", "body", "meta", "title", "style", "script", "base",
        "table", "p", "div", "link", "h1", "h2", "h3", "h4", "h5", "h6", "span", "font", "center", "article",
        "section", "main", "header", "nav", "form", "ul", "ol", "br", "tr", "td"};
    for (int guard = 0; guard < 64; guard++) {
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'))
            p++;
        if (p >= e || *p != '<')
            return 0;
        p++;
        if (p >= e)                                 /* a lone '<' at the end */
            return 0;
        if (ascii_prefix_ci(p, e, "!doctype"))
            return ascii_prefix_ci(p + 8, e, " html") || ascii_prefix_ci(p + 8, e, "\nhtml")
                   || ascii_prefix_ci(p + 8, e, "  html");
        if (ascii_prefix_ci(p, e, "!--")) {         /* a comment first: skip it */
            const char *end = NULL;
            for (const char *q = p + 3; q + 2 < e; q++)
                if (q[0] == '-' && q[1] == '-' && q[2] == '>') {
                    end = q + 3;
                    break;
                }
            if (!end)
                return 0;
            p = end;
            continue;
        }
        if (*p == '?') {                            /* <?xml ...?> before <html> */
            const char *q = memchr(p, '>', (size_t) (e - p));
            if (!q)
                return 0;
            p = q + 1;
            continue;
        }
        for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
            if (ascii_prefix_ci(p, e, tags[i]) && ends_name(p + strlen(tags[i]), e))
                return i < N_DOCUMENT_TAGS ? 1 : 2;
        return 0;
    }
    return 0;
}

int
gir_looks_like_html(const char *data, size_t len)
{
    const unsigned char *u = (const unsigned char *) data;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        /* UTF-16 with BOM: look at the ASCII characters of the start. */
        char buf[DETECT_BYTES / 2];
        size_t n = 0, lo = u[0] == 0xFF ? 0 : 1;
        for (size_t i = 2; i + 1 < len && n < sizeof buf; i += 2) {
            if (u[i + 1 - lo] != 0)
                break;
            buf[n++] = (char) u[i + lo];
        }
        return looks_like_html_ascii(buf, buf + n) != 0;
    }
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        data += 3;
        len -= 3;
    }
    int kind = looks_like_html_ascii(data, data + (len > DETECT_BYTES ? DETECT_BYTES : len));
    return kind == 1 || (kind == 2 && !is_markdown(data, len));
}

/* ---- encoding ---- */

/* The iconv name for a declared charset; NULL for one we do not trust. */
static const char *
charset_name(const char *s, size_t n, char *buf, size_t bufsz)
{
    static const char *const gb[] = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936",
                                     "gb_2312-80", "gb_2312", "csgb2312", "windows-936",
                                     "euc-cn", "x-euc-cn", "iso-ir-58", "chinese"};
    static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8"};
    for (size_t i = 0; i < sizeof gb / sizeof gb[0]; i++)
        if (n == strlen(gb[i]) && strncasecmp(s, gb[i], n) == 0)
            return "GB18030";
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
        if (n == strlen(utf8[i]) && strncasecmp(s, utf8[i], n) == 0)
            return "UTF-8";
    if (n == 0 || n >= bufsz)
        return NULL;
    if (strncasecmp(s, "big5", n) == 0 || strncasecmp(s, "big5-hkscs", n) == 0)
        return "BIG5-HKSCS";
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;      /* e.g. iso-8859-1, shift_jis: iconv decides */
}

/* Prescan (as the HTML standard's): the charset of the first <meta> that
 * names one, as charset=X or content="...; charset=X".  Comments are
 * skipped.  Returns an iconv name or NULL. */
static const char *
sniff_charset(const char *data, size_t len, char *buf, size_t bufsz)
{
    const char *p = data, *e = data + (len < SNIFF_BYTES ? len : SNIFF_BYTES);
    while (p < e) {
        const char *lt = memchr(p, '<', (size_t) (e - p));
        if (!lt)
            return NULL;
        p = lt + 1;
        if (ascii_prefix_ci(p, e, "!--")) {
            const char *q = p + 3;
            while (q + 2 < e && !(q[0] == '-' && q[1] == '-' && q[2] == '>'))
                q++;
            p = q + 3;
            continue;
        }
        if (!ascii_prefix_ci(p, e, "meta") || ends_name(p + 4, e) == 0 || p + 4 >= e)
            continue;
        const char *gt = memchr(p, '>', (size_t) (e - p));
        const char *te = gt ? gt : e;
        for (const char *q = p + 4; q + 7 <= te; q++) {
            if (strncasecmp(q, "charset", 7) != 0)
                continue;
            const char *v = q + 7;
            while (v < te && (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r'))
                v++;
            if (v >= te || *v != '=')
                continue;
            v++;
            while (v < te && (*v == ' ' || *v == '"' || *v == '\'' || *v == '\t' || *v == '\n'))
                v++;
            const char *ve = v;
            while (ve < te && (((unsigned char) *ve >= 'a' && *ve <= 'z')
                               || (*ve >= 'A' && *ve <= 'Z') || (*ve >= '0' && *ve <= '9')
                               || *ve == '-' || *ve == '_' || *ve == '.' || *ve == ':'))
                ve++;
            const char *name = charset_name(v, (size_t) (ve - v), buf, bufsz);
            if (name)
                return name;
        }
        p = te;
    }
    return NULL;
}

static int
has_high_bytes(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char) p[i] >= 0x80)
            return 1;
    return 0;
}

/* Decode the page to UTF-8 (LF line ends, so the line numbers of the
 * decoded text are those of the source). */
static int
decode_page(const char *data, size_t len, const char *force, gir_decoded *dec)
{
    const unsigned char *u = (const unsigned char *) data;
    if (force || (len >= 2 && (u[0] == 0xFF || u[0] == 0xFE || u[0] == 0xEF)))
        return gir_decode(data, len, force, dec);    /* forced, or a BOM decides */
    char buf[64];
    const char *declared = sniff_charset(data, len, buf, sizeof buf);
    if (declared && strcmp(declared, "UTF-8") != 0) {
        /* A page converted to UTF-8 keeps its old declaration: valid
         * UTF-8 with non-ASCII text is UTF-8 whatever the meta says. */
        if (!(has_high_bytes(data, len) && gir_utf8_valid(data, len))
            && gir_decode(data, len, declared, dec) == 0)
            return 0;
    }
    /* Declared UTF-8, undeclared, or an unknown name: detection (valid
     * UTF-8, else GB18030 when it explains the bytes better). */
    return gir_decode(data, len, NULL, dec);
}

/* ---- output ---- */

/* Append text with whitespace (ASCII and NBSP) collapsed to one space;
 * *SPACE says a space is pending (it is written only before more text). */
static void
put_collapsed(gir_buf *b, const char *s, int *space)
{
    const unsigned char *p = (const unsigned char *) s;
    while (*p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
            *space = 1;
            p++;
            continue;
        }
        if (p[0] == 0xC2 && p[1] == 0xA0) {
            *space = 1;
            p += 2;
            continue;
        }
        const unsigned char *run = p;
        while (*p && !(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'
                       || *p == '\v' || (p[0] == 0xC2 && p[1] == 0xA0)))
            p++;
        if (*space && b->len)
            gir_buf_put(b, " ", 1);
        *space = 0;
        gir_buf_put(b, (const char *) run, (size_t) (p - run));
    }
}

typedef struct out {
    gir_arena *a;
    gir_line *lines;          /* malloc'd while growing, copied to the arena at the end */
    size_t n, cap;
    gir_buf cur;                  /* the line being built */
    int space;                /* a space is pending in cur */
    long line;                /* source line of cur, 0 until it has text */
    long pending;             /* line of the block that opened cur, 0 if none */
    /* The page's text, for the source line of text put_lines keeps as
     * lines (libxml2 numbers a long text node by where its first chunk
     * ended): searched forward from SRC_AT, which is on line SRC_LINE. */
    const char *src;
    size_t src_len, src_at;
    long src_line;
    int src_misses;
    size_t dropped_cells;
} out;

static void
emit(out *o, long line, const char *s, size_t n)
{
    o->lines = xgrow(o->lines, &o->cap, o->n + 1, sizeof *o->lines);
    o->lines[o->n].line = line > 0 ? line : 1;
    o->lines[o->n].text = gir_arena_memdup0(o->a, s, n);
    o->lines[o->n].len = n;
    o->n++;
}

static void
flush(out *o)
{
    if (o->cur.len)
        emit(o, o->line, o->cur.p, o->cur.len);
    o->cur.len = 0;
    o->space = 0;
    o->line = 0;
    o->pending = 0;
}

/* ---- element classes ---- */

static int
name_is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && strcasecmp((const char *) n->name, name) == 0;
}

static int
name_in(const xmlNode *n, const char *const *names)
{
    for (; *names; names++)
        if (name_is(n, *names))
            return 1;
    return 0;
}

static const char *const block_names[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "tr", "td", "th", "table", "thead", "tbody", "tfoot", "caption", "section", "article",
    "main", "aside", "blockquote", "pre", "address", "figure", "figcaption", "center",
    "form", "fieldset", "legend", "hr", "body", "html", "title", "details", "summary",
    "dir", "menu", "listing", "xmp", "plaintext", NULL};

/* Elements whose content is never report text. */
static const char *const noise_names[] = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "audio", "video", "map", "select",
    "option", "button", "textarea", "input", "link", "meta", "base", NULL};

/* Navigation by element: dropped unless it holds a table or much text
 * (then it is more likely an unclosed tag swallowing the report). */
static const char *const nav_names[] = {"nav", "header", "footer", NULL};

static int
is_block(const xmlNode *n)
{
    return name_in(n, block_names);
}

/* Does a word of a class or id value (split at non-letters and at
 * camelCase humps, trailing digits ignored) clearly mean navigation? */
static int
nav_word(const char *w, size_t n)
{
    static const char *const words[] = {"nav", "navs", "navbar", "navigation", "menu",
                                        "menus", "submenu", "header", "footer",
                                        "breadcrumb", "breadcrumbs", "crumb", "crumbs",
                                        "topbar", "sitenav", "mainnav", "subnav", NULL};
    while (n && w[n - 1] >= '0' && w[n - 1] <= '9')
        n--;
    for (const char *const *p = words; *p; p++)
        if (n == strlen(*p) && strncasecmp(w, *p, n) == 0)
            return 1;
    return 0;
}

static int
nav_value(const char *v)
{
    const char *p = v;
    while (*p) {
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            p++;
        const char *w = p;
        if (!*p)
            break;
        p++;
        /* a word: letters/digits, broken before an upper-case letter that
         * follows a lower-case one (mainNav -> main, Nav) */
        while (*p && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
                      || ((*p >= 'A' && *p <= 'Z') && p[-1] >= 'A' && p[-1] <= 'Z')))
            p++;
        if (nav_word(w, (size_t) (p - w)))
            return 1;
    }
    return 0;
}

static const char *
attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcasecmp((const char *) a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                return (const char *) a->children->content;
            return "";
        }
    return NULL;
}

/* Per-element facts from the post-order pass, kept in _private. */
enum { F_NESTED_TABLE = 2, F_TEXT_SHIFT = 2 };

static uintptr_t
facts(const xmlNode *n)
{
    return (uintptr_t) n->_private;
}

static size_t
text_bytes(const xmlNode *n)
{
    return (size_t) (facts(n) >> F_TEXT_SHIFT);
}

static int
holds_table(const xmlNode *n)
{
    return (facts(n) & F_NESTED_TABLE) != 0;
}

static int
is_noise(const xmlNode *n)
{
    if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE || n->type == XML_DTD_NODE)
        return 1;
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (name_in(n, noise_names))
        return 1;
    int nav = name_in(n, nav_names);
    if (!nav) {
        const char *c = attr(n, "class"), *id = attr(n, "id"), *role = attr(n, "role");
        nav = (c && nav_value(c)) || (id && nav_value(id))
              || (role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "banner") == 0));
    }
    /* Navigation holds neither the tables nor the bulk of a report. */
    return nav && !holds_table(n) && !name_is(n, "table") && text_bytes(n) < BIG_TEXT;
}

/* Post-order pass: for every element, whether a table is inside it and
 * how many bytes of text (saturating), stored in _private. */
static void
compute_facts(xmlNode *root)
{
    const uintptr_t cap = (uintptr_t) 1 << 24;
    xmlNode *n = root;
    while (n) {
        if (n->children && (n->type == XML_ELEMENT_NODE || n == root)) {
            n->_private = NULL;
            n = n->children;
            continue;
        }
        for (;;) {
            /* n is complete: add it to its parent */
            xmlNode *p = n->parent;
            if (n == root || !p) {
                n = NULL;
                break;
            }
            uintptr_t f = p->type == XML_ELEMENT_NODE ? facts(p) : 0;
            uintptr_t t = f >> F_TEXT_SHIFT, bits = f & 3;
            if (n->type == XML_TEXT_NODE && n->content)
                t += strlen((const char *) n->content);
            else if (n->type == XML_ELEMENT_NODE) {
                if (!n->children)
                    n->_private = NULL;
                t += text_bytes(n);
                if (name_is(n, "table") || holds_table(n))
                    bits |= F_NESTED_TABLE;
            }
            if (t > cap)
                t = cap;
            if (p->type == XML_ELEMENT_NODE)
                p->_private = (void *) ((t << F_TEXT_SHIFT) | bits);
            if (n->next) {
                n = n->next;
                break;
            }
            n = p;
        }
    }
}

/* ---- text of a subtree (a table cell) ---- */

/* The text of cell C: its inline text, with blocks and <br> inside it
 * joined by a space (they do not split the cell); trimmed. */
static void
cell_text(const xmlNode *c, gir_buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = '\0';
    int space = 0;
    const xmlNode *n = c->children;
    while (n) {
        int enter = 0;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                put_collapsed(b, (const char *) n->content, &space);
        } else if (n->type == XML_ELEMENT_NODE && !is_noise(n)) {
            if (name_is(n, "br") || is_block(n))
                space = 1;
            enter = n->children != NULL;
        }
        if (enter) {
            n = n->children;
            continue;
        }
        while (n && n != c && !n->next) {
            n = n->parent;
            if (n && n != c && is_block(n))
                space = 1;
        }
        if (!n || n == c)
            break;
        n = n->next;
    }
    /* Trim U+3000 (ideographic space) at the edges too: a cell of only
     * indentation is blank. */
    size_t s = 0, e = b->len;
    for (;;) {
        if (s < e && b->p[s] == ' ')
            s++;
        else if (e - s >= 3 && memcmp(b->p + s, "\xE3\x80\x80", 3) == 0)
            s += 3;
        else
            break;
    }
    for (;;) {
        if (e > s && b->p[e - 1] == ' ')
            e--;
        else if (e - s >= 3 && memcmp(b->p + e - 3, "\xE3\x80\x80", 3) == 0)
            e -= 3;
        else
            break;
    }
    if (!b->p)                                      /* an empty cell: nothing to trim */
        return;
    memmove(b->p, b->p + s, e - s);
    b->len = e - s;
    b->p[b->len] = '\0';
}

/* ---- tables ---- */

static long
span_attr(const xmlNode *c, const char *name, long dflt)
{
    const char *v = attr(c, name);
    if (!v)
        return dflt;
    while (*v == ' ' || *v == '\t' || *v == '\n')
        v++;
    if (*v < '0' || *v > '9')
        return dflt;
    long x = 0;
    for (; *v >= '0' && *v <= '9'; v++)
        if (x < 1000000)
            x = x * 10 + (*v - '0');
    return x;
}

static int
is_cell(const xmlNode *n)
{
    return name_is(n, "td") || name_is(n, "th");
}

static void
add_row(gir_grid *g, xmlNode *tr, gir_buf *cell)
{
    gir_grid_add_row(g, xmlGetLineNo(tr));
    for (xmlNode *c = tr->children; c; c = c->next)
        if (is_cell(c)) {
            cell_text(c, cell);
            gir_grid_add_cell(g, cell->p, cell->len, span_attr(c, "colspan", 1),
                              span_attr(c, "rowspan", 1));
        }
}

/* The grid of table T: its rows (direct, or inside thead/tbody/tfoot), in
 * order; rows of tables nested in them are not theirs. */
static void
table_grid(xmlNode *t, gir_grid *g)
{
    gir_buf cell = {0};
    for (xmlNode *c = t->children; c; c = c->next) {
        if (name_is(c, "tr")) {
            add_row(g, c, &cell);
        } else if (name_is(c, "thead") || name_is(c, "tbody") || name_is(c, "tfoot")) {
            for (xmlNode *r = c->children; r; r = r->next)
                if (name_is(r, "tr"))
                    add_row(g, r, &cell);
        }
    }
    free(cell.p);
}

static void
emit_cb(void *ctx, long line, const char *s, size_t n)
{
    emit(ctx, line, s, n);
}

/* Emit table T when it is a data table (see grid.c for merged cells):
 * one line per <tr>, its cells TAB-separated.  A table with a table
 * inside, or only one column, is page layout: returns 0 and emits
 * nothing. */
static int
emit_table(out *o, xmlNode *t)
{
    if (holds_table(t))
        return 0;
    gir_grid g = {0};
    table_grid(t, &g);
    int data = gir_grid_width(&g) >= 2;
    if (data)
        o->dropped_cells += gir_grid_emit(&g, emit_cb, o);
    gir_grid_free(&g);
    return data;
}

/* ---- the walk ---- */

/* Does text S hold a blank line between two lines of text?  HTML never
 * needs one (its paragraphs are elements), but markdown does, and a
 * markdown file holding a raw HTML block (pandoc's gfm writes a table it
 * cannot draw with pipes as <table>, the whole inside a <div>) reads as
 * HTML: its text is then one text node, its headings and pipe tables
 * lines apart. */
static int
holds_paragraphs(const char *s)
{
    int text = 0;               /* text seen on some line before */
    int blank = 0;              /* ... and a blank line after it */
    const char *p = s;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t) (e - p) : strlen(p);
        int has = 0;
        for (size_t i = 0; i < n && !has; i++)
            has = !(p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\f');
        if (has && blank)
            return 1;
        if (has)
            text = 1;
        else if (text && e)
            blank = 1;
        if (!e)
            break;
        p = e + 1;
    }
    return 0;
}

/* The source line where text S starts (its first line of text, found in
 * the page after the text found before), or 0. */
static long
source_line(out *o, const char *s)
{
    while (*s == '\n' || *s == '\r' || *s == ' ' || *s == '\t')
        s++;
    const char *e = strchr(s, '\n');
    size_t n = e ? (size_t) (e - s) : strlen(s);
    if (!o->src || n == 0 || o->src_at >= o->src_len)
        return 0;
    const char *at = memmem(o->src + o->src_at, o->src_len - o->src_at, s, n);
    if (!at) {
        /* Text the page writes otherwise (an entity in its first line):
         * each miss reads the rest of the page, so only a few are tried. */
        if (++o->src_misses == 16)
            o->src = NULL;
        return 0;
    }
    for (const char *p = o->src + o->src_at; p < at; p++)
        o->src_line += *p == '\n';
    o->src_at = (size_t) (at - o->src);
    return o->src_line;
}

/* Text S of node N as lines of its own, each as it stands (a pipe
 * table's or a space-aligned table's columns kept), numbered from the
 * source line of its first line of text. */
static void
put_lines(out *o, const xmlNode *n, const char *s)
{
    flush(o);
    /* Numbered from S's first line of text: the lines before it are blank. */
    long first = source_line(o, s);
    if (first <= 0)
        first = xmlGetLineNo(n);
    while (*s == '\n' || *s == '\r' || *s == ' ' || *s == '\t') {
        const char *e = strchr(s, '\n');
        size_t lead = 0;
        while (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\r')
            lead++;
        if (!e || s[lead] != '\n')
            break;              /* text on this line */
        s = e + 1;
    }
    long k = 0;
    for (const char *p = s; *p; k++) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t) (e - p) : strlen(p);
        while (len && (p[len - 1] == '\r' || p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        size_t lead = 0;
        while (lead < len && (p[lead] == ' ' || p[lead] == '\t'))
            lead++;
        if (lead < len) {
            gir_buf_put(&o->cur, p, len);
            o->line = first > 0 ? first + k : 0;
            flush(o);
        }
        if (!e)
            break;
        p = e + 1;
    }
}

static void
open_block(out *o, const xmlNode *n)
{
    flush(o);
    o->pending = xmlGetLineNo(n);
}

static void
walk(out *o, xmlNode *root)
{
    xmlNode *n = root;
    while (n) {
        int enter = 0;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content && holds_paragraphs((const char *) n->content)) {
                put_lines(o, n, (const char *) n->content);
            } else if (n->content) {
                size_t before = o->cur.len;
                put_collapsed(&o->cur, (const char *) n->content, &o->space);
                if (before == 0 && o->cur.len) {
                    long l = o->pending;
                    if (l <= 0)
                        l = xmlGetLineNo(n);
                    if (l <= 0 && n->parent)
                        l = xmlGetLineNo(n->parent);
                    o->line = l;
                }
            }
        } else if (n->type == XML_ELEMENT_NODE && n != root && is_noise(n)) {
            /* dropped with its content */
        } else if (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE
                   || n->type == XML_HTML_DOCUMENT_NODE) {
            if (name_is(n, "br")) {
                flush(o);
            } else {
                int written = 0;
                if (name_is(n, "table")) {
                    flush(o);
                    written = emit_table(o, n);
                }
                if (!written) {
                    if (is_block(n))
                        open_block(o, n);
                    enter = n->children != NULL;
                }
            }
        }
        if (enter) {
            n = n->children;
            continue;
        }
        /* leave N and the ancestors it closes */
        while (n && n != root && !n->next) {
            n = n->parent;
            if (n && is_block(n))
                flush(o);
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
    flush(o);
}

static void
silent(void *ctx, const char *msg, ...)
{
    (void) ctx;
    (void) msg;
}

static void
silent_structured(void *ctx, xmlErrorPtr e)
{
    (void) ctx;
    (void) e;
}

int
gir_html_lines(const char *source, const char *data, size_t len, const char *force, gir_arena *a,
               gir_line **lines, size_t *nlines, const char **encoding)
{
    *lines = NULL;
    *nlines = 0;
    *encoding = "UTF-8";

    gir_decoded dec;
    if (decode_page(data, len, force, &dec) < 0)
        return -1;
    *encoding = dec.encoding;
    if (dec.n_invalid)
        gir_warn(source, dec.first_invalid_line,
                 "HTML page: %zu invalid byte%s (as %s) replaced by U+FFFD",
                 dec.n_invalid, dec.n_invalid == 1 ? "" : "s", dec.encoding);
    if (dec.len > (size_t) INT32_MAX) {
        gir_decoded_free(&dec);
        gir_error_set("HTML page too large (%zu bytes)", dec.len);
        return -1;
    }

    if (gir_xml_bind("an HTML page") < 0) {
        gir_decoded_free(&dec);
        return -1;
    }
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, silent);
    xmlSetStructuredErrorFunc(NULL, silent_structured);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        gir_decoded_free(&dec);
        gir_error_set("cannot create the HTML parser");
        return -1;
    }
    /* HUGE lifts libxml2's depth and text-node limits (depth stays
     * bounded): a page of unclosed <font>/<span> tags nests deep, and a
     * 10 MB data: URI attribute must not end the parse.  Memory stays
     * proportional to the page (about 6x for a 30 MB attribute).  The
     * encoding is ours: the page is UTF-8 by now, whatever it declares. */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
               | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD
               | XML_PARSE_HUGE | XML_PARSE_BIG_LINES;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, dec.data, (int) dec.len, NULL, "UTF-8", opts);
    htmlFreeParserCtxt(ctxt);
    if (!doc) {
        gir_decoded_free(&dec);
        /* An empty or markup-free page: no lines, not an error. */
        *lines = gir_arena_alloc(a, sizeof **lines);
        return 0;
    }

    out o = {0};
    o.src = dec.data;
    o.src_len = dec.len;
    o.src_line = 1;
    o.a = a;
    xmlNode *root = (xmlNode *) doc;
    compute_facts(root);
    walk(&o, root);
    xmlFreeDoc(doc);
    gir_decoded_free(&dec);
    free(o.cur.p);
    if (o.dropped_cells)
        gir_warn(source, 0, "HTML page: %zu table cell%s past column %d dropped", o.dropped_cells,
                 o.dropped_cells == 1 ? "" : "s", GIR_GRID_MAX_COLS);

    *lines = gir_arena_alloc(a, (o.n ? o.n : 1) * sizeof **lines);
    if (o.n)
        memcpy(*lines, o.lines, o.n * sizeof **lines);
    *nlines = o.n;
    free(o.lines);
    return 0;
}
