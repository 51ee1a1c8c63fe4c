/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table.c - rebuilding t2, t3 and t4 from a report's text (see table.h).
 *
 * Each table's region (its section, else the whole text) is tokenised in
 * reading order (table_tok.c).  The labels of all tokens, concatenated,
 * form a "label stream" in which each row is anchored by a distinctive
 * core of its official label (anchor_defs below), searched in template
 * order: rows always come in that order, so a core only has to be unique
 * after the previous row.  A row's values are the numbers between its
 * anchor and the next row's.  With exactly as many values as cells they
 * are assigned; otherwise the row's layout must say where each value
 * goes (field positions of delimited lines, one cell per line, display
 * columns of pdftotext text, or glued digit runs with a unique split);
 * if nothing is certain the cells stay empty and a warning says where. */
#include "config.h"
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "table_glued.h"
#include "table_tok.h"

#define MAXVALS GIR_GLUED_MAXVALS

/* ---- the template's rows as the tables print them ---- */

/* Patterns run on the normalised label stream (full-width forms folded,
 * white space removed), so they name only what survives typos and
 * wrapping: the earliest distinctive part of each label. */
typedef struct anchor_def {
    const char *table, *row;
    const char *pattern;
} anchor_def;

static const anchor_def anchor_defs[] = {
    {"t2", "regulations", "规章"},
    {"t2", "normative_docs", "规范性文件"},
    {"t2", "licensing", "行政许可"},
    {"t2", "penalty", "行政处罚"},
    {"t2", "enforcement", "行政强制"},
    {"t2", "fees", "事业性收费"},
    {"t3", "new", "本年新收"},
    {"t3", "carried_over", "上年结转"},
    {"t3", "granted", "予以公开"},
    {"t3", "partial", "部分公开"},
    {"t3", "denied.state_secret", "(?:\\d[.、])?属于国家|国家秘密"},
    {"t3", "denied.law_forbidden", "(?:\\d[.、])?其他法律|法规禁止"},
    {"t3", "denied.three_safety", "(?:\\d[.、])?危及|三安全一稳定"},
    {"t3", "denied.third_party", "(?:\\d[.、])?保护第三方|第三方合法"},
    {"t3", "denied.internal", "(?:\\d[.、])?属于三类|内部事务"},
    {"t3", "denied.process", "(?:\\d[.、])?属于四类|过程性信息"},
    {"t3", "denied.enforcement_file", "(?:\\d[.、])?属于行政执|执法案卷"},
    {"t3", "denied.query", "(?:\\d[.、])?属于行政查|查询事项"},
    {"t3", "unable.not_held", "(?:\\d[.、])?本机关不|不掌握"},
    {"t3", "unable.needs_creation", "没有现成|另行制作"},
    {"t3", "unable.unclear", "(?:\\d[.、])?补正后|仍不明确"},
    {"t3", "not_processed.petition", "信访|举报投诉"},
    {"t3", "not_processed.duplicate", "(?:\\d[.、])?重复申请"},
    {"t3", "not_processed.publication", "(?:\\d[.、])?要求提供|出版物"},
    {"t3", "not_processed.mass_repeat", "无正当理由大|大量反复"},
    {"t3", "not_processed.confirm", "(?:\\d[.、])?要求行政机关确认|确认或重新出具|重新出具"},
    {"t3", "other.no_correction", "(?:\\d[.、])?申请人无正当|逾期不补正"},
    {"t3", "other.no_fee", "(?:\\d[.、])?申请人逾期|收费通知|缴纳费用"},
    {"t3", "other.other", "(?:\\d[.、])?其他(?!处)"},
    {"t3", "total", "(?:\\(七\\))?总计"},
    {"t3", "carried_forward", "(?:[一二三四五六]、)?结转下年"},
    {"t4", "all", "(?:政府信息公开)?行政复议"},
};
#define N_ANCHORS (sizeof anchor_defs / sizeof anchor_defs[0])

/* The 2019 template's rows (keys-2019.tsv): t2 has two more rows, t3 has
 * the single row （六）其他处理 instead of 2021's three; the other t3 rows
 * and t4 print as in 2021, so their patterns are the same. */
static const anchor_def anchor_defs_2019[] = {
    {"t2", "regulations", "规章"},
    {"t2", "normative_docs", "规范性文件"},
    {"t2", "licensing", "行政许可"},
    {"t2", "other_services", "对外管理服务"},
    {"t2", "penalty", "行政处罚"},
    {"t2", "enforcement", "行政强制"},
    {"t2", "fees", "事业性收费"},
    {"t2", "procurement", "集中采购"},
    {"t3", "new", "本年新收"},
    {"t3", "carried_over", "上年结转"},
    {"t3", "granted", "予以公开"},
    {"t3", "partial", "部分公开"},
    {"t3", "denied.state_secret", "(?:\\d[.、])?属于国家|国家秘密"},
    {"t3", "denied.law_forbidden", "(?:\\d[.、])?其他法律|法规禁止"},
    {"t3", "denied.three_safety", "(?:\\d[.、])?危及|三安全一稳定"},
    {"t3", "denied.third_party", "(?:\\d[.、])?保护第三方|第三方合法"},
    {"t3", "denied.internal", "(?:\\d[.、])?属于三类|内部事务"},
    {"t3", "denied.process", "(?:\\d[.、])?属于四类|过程性信息"},
    {"t3", "denied.enforcement_file", "(?:\\d[.、])?属于行政执|执法案卷"},
    {"t3", "denied.query", "(?:\\d[.、])?属于行政查|查询事项"},
    {"t3", "unable.not_held", "(?:\\d[.、])?本机关不|不掌握"},
    {"t3", "unable.needs_creation", "没有现成|另行制作"},
    {"t3", "unable.unclear", "(?:\\d[.、])?补正后|仍不明确"},
    {"t3", "not_processed.petition", "信访|举报投诉"},
    {"t3", "not_processed.duplicate", "(?:\\d[.、])?重复申请"},
    {"t3", "not_processed.publication", "(?:\\d[.、])?要求提供|出版物"},
    {"t3", "not_processed.mass_repeat", "无正当理由大|大量反复"},
    {"t3", "not_processed.confirm", "(?:\\d[.、])?要求行政机关确认|确认或重新出具|重新出具"},
    {"t3", "other", "(?:\\(六\\))?其他处理"},
    {"t3", "total", "(?:\\(七\\))?总计"},
    {"t3", "carried_forward", "(?:[一二三四五六]、)?结转下年"},
    {"t4", "all", "(?:政府信息公开)?行政复议"},
};
#define N_ANCHORS_2019 (sizeof anchor_defs_2019 / sizeof anchor_defs_2019[0])

/* The 2019 template's single row (六)其他处理, still printed by some 2021
 * reports; and the header that starts t2 (its rows' words also occur in
 * section 二's narrative).  t4's header, before its values, tells its
 * 行政复议 from the narrative's: the column words, or the group headers
 * 未经复议直接起诉 / 复议后起诉 that only the table prints (a narrow PDF
 * sets the column words a character a line, 结/果/维/持, so they never
 * read as words). */
static const char other2019_pattern[] = "(?:\\(六\\))?其他处理";
static const char other2019_reason[] =
    "t3: row '（六）其他处理' is the 2019 template's single row; the 2021 rows "
    "other.no_correction, other.no_fee and other.other are left empty";
static const char t2_start_pattern[] = "第二十条|信息内容";
static const char t4_header_pattern[] = "维持|纠正|审结|结果|未经复议|复议后起诉";

static pcre2_match_data *match_data;

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

/* Compiled anchors: anchor_defs at [0, N_ANCHORS), then anchor_defs_2019. */
static pattern anchor_pat[N_ANCHORS + N_ANCHORS_2019];
static pattern other2019_pat, t2_start_pat, t4_header_pat;
#define N_PATTERNS (N_ANCHORS + N_ANCHORS_2019 + 3)

/* The literals of the patterns one table searches (its rows' anchors
 * and the three patterns above), sorted by their first three bytes
 * (key3); a bit for each literal's first two bytes, which rejects almost
 * every position of a stream at once; and a hash of key3 to the first
 * literal with it.  Every literal is 3 bytes or longer (find_literals),
 * and no key3 is 0 (an empty slot). */
#define MAX_TABLE_PATTERNS (32 + 3)
#define KEY3_SLOTS 1024         /* over twice the literals: short probes */

typedef struct literal {
    unsigned key3;
    const char *s;
    size_t len, pat;
} literal;

typedef struct literal_set {
    literal lit[MAX_TABLE_PATTERNS * MAX_LITERALS];
    size_t n;
    unsigned char key2[65536 / 8];
    struct {
        unsigned key3;
        unsigned short first;           /* in lit */
    } slot[KEY3_SLOTS];
    unsigned char has[N_PATTERNS];      /* the patterns whose literals are here */
} literal_set;

/* Source length of the group at SRC, an opening parenthesis, with its
 * closing one; 0 when it has none or repeats (its length then has no
 * bound). */
static size_t
group_len(const char *src)
{
    int depth = 0;
    for (size_t i = 0; src[i]; i++) {
        if (src[i] == '\\' && src[i + 1]) {
            i++;
        } else if (src[i] == '[') {     /* a class: its brackets are not groups */
            for (i++; src[i] && src[i] != ']'; i++)
                if (src[i] == '\\' && src[i + 1])
                    i++;
            if (!src[i])
                return 0;
        } else if (src[i] == '*' || src[i] == '+' || src[i] == '{')
            return 0;
        else if (src[i] == '(')
            depth++;
        else if (src[i] == ')' && --depth == 0)
            return i + 1;
    }
    return 0;
}

/* The most characters the group SRC[0, N) can match, a group with no
 * repetition (group_len): one per character of its source that is not
 * structure ( (?: ) | ?, one per escape, one per class [...]. */
static size_t
group_chars(const char *src, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n;) {
        if (src[i] == '(') {
            i += strncmp(src + i, "(?:", 3) == 0 ? 3 : 1;
            continue;
        }
        if (src[i] == ')' || src[i] == '|' || src[i] == '?') {
            i++;
            continue;
        }
        if (src[i] == '\\') {
            i++;                /* the escaped character follows */
        } else if (src[i] == '[') {
            while (i < n && src[i] != ']')
                i += src[i] == '\\' ? 2 : 1;
        }
        i++;
        while (i < n && ((unsigned char) src[i] & 0xC0) == 0x80)
            i++;                /* the rest of a multibyte character */
        chars++;
    }
    return chars;
}

/* P's literals from its source SRC, when SRC has the shape above. */
static void
find_literals(pattern *p, const char *src)
{
    pattern f = {p->code, p->id, 0, 0, {0}, {0}};
    const char *q = src;
    for (;;) {
        /* An optional group first: it repeats nothing, so it matches at
         * most group_chars characters (4 bytes each). */
        size_t lead = 0;
        if (strncmp(q, "(?:", 3) == 0) {
            size_t n = group_len(q);
            if (!n || q[n] != '?')
                return;
            lead = 4 * group_chars(q, n);
            q += n + 1;
        }
        size_t n = strcspn(q, "\\()[]{}|.*+?^$");
        if (n < 3 || (q[n] && strchr("?*+{", q[n])) || f.nlit == MAX_LITERALS)
            return;     /* no literal, or its last character is optional */
        f.lit[f.nlit] = q;
        f.len[f.nlit++] = n;
        f.lead = lead > f.lead ? lead : f.lead;
        q += n;
        if (strncmp(q, "(?!", 3) == 0 || strncmp(q, "(?=", 3) == 0) {
            size_t g = group_len(q);
            if (!g)
                return;
            q += g;
        }
        if (*q == '\0')
            break;
        if (*q != '|')
            return;
        q++;
    }
    *p = f;
}

static unsigned
key3_of(const unsigned char *s)
{
    return (unsigned) s[0] << 16 | (unsigned) s[1] << 8 | s[2];
}

static int
cmp_literal(const void *a, const void *b)
{
    const literal *x = a, *y = b;
    return x->key3 < y->key3 ? -1 : x->key3 > y->key3;
}

static size_t
key3_slot(const literal_set *set, unsigned key3)
{
    size_t h = (key3 * 2654435761u) % KEY3_SLOTS;
    while (set->slot[h].key3 && set->slot[h].key3 != key3)
        h = (h + 1) % KEY3_SLOTS;
    return h;
}

/* Add P's literals to SET (then literal_set_finish). */
static void
literal_set_add(literal_set *set, const pattern *p)
{
    set->has[p->id] = 1;
    for (size_t i = 0; i < p->nlit; i++) {
        const unsigned char *u = (const unsigned char *) p->lit[i];
        set->lit[set->n++] = (literal) {key3_of(u), p->lit[i], p->len[i], p->id};
        set->key2[(u[0] << 8 | u[1]) >> 3] |= (unsigned char) (1u << (u[1] & 7));
    }
}

static void
literal_set_finish(literal_set *set)
{
    qsort(set->lit, set->n, sizeof set->lit[0], cmp_literal);
    for (size_t i = set->n; i-- > 0;) {
        size_t h = key3_slot(set, set->lit[i].key3);
        set->slot[h].key3 = set->lit[i].key3;
        set->slot[h].first = (unsigned short) i;
    }
}

static void
compile(pattern *p, const char *src)
{
    static size_t next_id;
    *p = (pattern) {gir_regex_compile(src), next_id++, 0, 0, {0}, {0}};
    find_literals(p, src);
}

static void
compile_all(void)
{
    if (match_data)
        return;
    for (size_t i = 0; i < N_ANCHORS; i++)
        compile(&anchor_pat[i], anchor_defs[i].pattern);
    for (size_t i = 0; i < N_ANCHORS_2019; i++)
        compile(&anchor_pat[N_ANCHORS + i], anchor_defs_2019[i].pattern);
    compile(&other2019_pat, other2019_pattern);
    compile(&t2_start_pat, t2_start_pattern);
    compile(&t4_header_pat, t4_header_pattern);
    match_data = pcre2_match_data_create(8, NULL);
}

/* ---- a table region: tokens and their label stream ---- */

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
    size_t cap_found;
    unsigned char *piece;       /* per token: a piece of a merged label (mark_vertical_pieces) */
    size_t cap_piece, *lead, cap_lead;
} region;

/* A short label (one or two wide characters) first on its line, with
 * more label text after it on the line.  */
static int
short_lead(const gir_toks *t, size_t i)
{
    const gir_tok *k = &t->v[i];
    int chars = k->c1 - k->c0;
    return k->kind == GIR_TOK_LABEL && k->mode == GIR_LINE_LAYOUT && chars >= 1 && chars <= 2
           && k->x1 - k->x0 == 2 * chars && (i == 0 || t->v[i - 1].li != k->li);
}

/* Is there a lead at the column of lead A within two lines before
 * (STEP -1) or after (STEP 1) it; if PIECE, one already marked? */
static int
lead_above_below(const gir_toks *t, const size_t *lead, size_t nlead, size_t a, int step,
                 const unsigned char *piece)
{
    const gir_tok *k = &t->v[lead[a]];
    for (size_t b = a + (size_t) step; b < nlead; b += (size_t) step) {
        const gir_tok *o = &t->v[lead[b]];
        if (o->li + 2 < k->li || k->li + 2 < o->li)
            return 0;
        if (o->li != k->li && o->c0 == k->c0 && (!piece || piece[lead[b]]))
            return 1;
    }
    return 0;
}

static int
label_follows(const gir_toks *t, size_t i)
{
    return i + 1 < t->n && t->v[i + 1].li == t->v[i].li && t->v[i + 1].kind == GIR_TOK_LABEL;
}

static int
lone_wide_blank(const gir_toks *t, size_t i)
{
    const gir_tok *k = &t->v[i];
    return k->kind == GIR_TOK_BLANK && k->mode == GIR_LINE_LAYOUT && k->c1 - k->c0 == 1
           && k->x1 - k->x0 == 2 && (i == 0 || t->v[i - 1].li != k->li)
           && (i + 1 == t->n || t->v[i + 1].li != k->li);
}

/* pdftotext prints a merged cell's label down the table's left edge, a
 * character or two a line (（/六/）/其/他/处/理), in front of the row
 * labels it spans: read in line order those characters cut the row
 * labels (4.无正当理由大 处 量反复申请).  A short lead followed by label
 * text on its line, with another short lead at the same character column
 * within two lines, is such a piece.  In t3, whose result rows are the
 * ones grouped under merged cells, so is a short lead alone on its line
 * or before the row's values next to a piece so found (a narrow page
 * leaves pieces of 无法提供 between the lines of a wrapped row label);
 * elsewhere such a lead is a short row label (规章  0  0  0).  The 无 of
 * 无法提供 alone on its line reads as the placeholder 无: in such a run
 * it is a piece, not a value.  Pieces stay out of the label stream.
 * G->piece gets a flag per token, kept like the region's other buffers. */
static void
mark_vertical_pieces(region *g, int merged_rows)
{
    gir_toks *t = &g->toks;
    g->piece = xgrow(g->piece, &g->cap_piece, t->n + 1, 1);
    memset(g->piece, 0, t->n + 1);
    unsigned char *piece = g->piece;
    size_t nlead = 0;
    for (size_t i = 0; i < t->n; i++)
        if (short_lead(t, i) || (merged_rows && lone_wide_blank(t, i))) {
            g->lead = xgrow(g->lead, &g->cap_lead, nlead + 1, sizeof *g->lead);
            g->lead[nlead++] = i;
        }
    const size_t *lead = g->lead;
    for (size_t a = 0; a < nlead; a++)
        piece[lead[a]] = t->v[lead[a]].kind == GIR_TOK_LABEL && label_follows(t, lead[a])
            && (lead_above_below(t, lead, nlead, a, -1, NULL)
                || lead_above_below(t, lead, nlead, a, 1, NULL));
    /* Leads with no label after them join a run of pieces, down then up. */
    for (int pass = 0; pass < 2 && merged_rows; pass++)
        for (size_t n = 0; n < nlead; n++) {
            size_t a = pass ? nlead - 1 - n : n;
            if (!piece[lead[a]] && !label_follows(t, lead[a]))
                piece[lead[a]] = (unsigned char) lead_above_below(t, lead, nlead, a,
                                                                  pass ? 1 : -1, piece);
        }
    for (size_t a = 0; a < nlead; a++)
        if (piece[lead[a]])
            t->v[lead[a]].kind = GIR_TOK_LABEL;
}

/* G's buffers are kept from the region before (see kept_table): only
 * their contents are new.  The stream is always a string, "" when the
 * region has no labels. */
static void
region_build(region *g, gir_report *r, const char *name, size_t first, size_t end)
{
    g->toks.n = 0;
    g->slen = 0;
    g->nlab = 0;
    g->stream = xgrow(g->stream, &g->scap, 1, 1);
    g->stream[0] = '\0';
    g->lits = NULL;
    gir_tokenise(r->lines, first, end, &r->arena, &g->toks);
    mark_vertical_pieces(g, strcmp(name, "t3") == 0);
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *t = &g->toks.v[i];
        if (t->kind != GIR_TOK_LABEL || g->piece[i])
            continue;
        size_t n = strlen(t->text);
        g->lab_tok = xgrow(g->lab_tok, &g->cap_tok, g->nlab + 1, sizeof *g->lab_tok);
        g->lab_off = xgrow(g->lab_off, &g->cap_off, g->nlab + 1, sizeof *g->lab_off);
        g->lab_tok[g->nlab] = i;
        g->lab_off[g->nlab] = g->slen;
        g->nlab++;
        g->stream = xgrow(g->stream, &g->scap, g->slen + n + 1, 1);
        memcpy(g->stream + g->slen, t->text, n + 1);
        g->slen += n;
    }
}

/* Every occurrence of the literals of SET in the stream, in one pass;
 * run once the stream is final, before any search. */
static void
index_literals(region *g, const literal_set *set)
{
    const unsigned char *s = (const unsigned char *) g->stream;
    size_t n, nfound = 0;
    for (size_t i = 0; i + 3 <= g->slen; i += n) {
        /* A literal starts with a character's first byte, never with a
         * continuation byte (10xxxxxx): two of those after this byte, as
         * in a CJK character, start nothing. */
        n = (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 ? 3 : 1;
        unsigned key2 = (unsigned) s[i] << 8 | s[i + 1];
        if (!(set->key2[key2 >> 3] & (1u << (key2 & 7))))
            continue;
        /* The literals with this position's first three bytes. */
        unsigned key3 = key3_of(s + i);
        size_t h = key3_slot(set, key3);
        if (!set->slot[h].key3)
            continue;
        for (size_t k = set->slot[h].first; k < set->n && set->lit[k].key3 == key3; k++) {
            const literal *l = &set->lit[k];
            size_t j = 3;
            while (j < l->len && i + j < g->slen && s[i + j] == (unsigned char) l->s[j])
                j++;
            if (j < l->len)
                continue;
            g->found = xgrow(g->found, &g->cap_found, nfound + 1, sizeof *g->found);
            g->found[nfound++] = (hit_at) {i, l->pat};
        }
    }
    /* By pattern, each in stream order (a counting sort). */
    memset(g->hit_from, 0, sizeof g->hit_from);
    for (size_t k = 0; k < nfound; k++)
        g->hit_from[g->found[k].pat + 1]++;
    for (size_t p = 0; p < N_PATTERNS; p++)
        g->hit_from[p + 1] += g->hit_from[p];
    size_t fill[N_PATTERNS];
    memcpy(fill, g->hit_from, sizeof fill);
    g->hit = xgrow(g->hit, &g->cap_hit, nfound, sizeof *g->hit);
    for (size_t k = 0; k < nfound; k++)
        g->hit[fill[g->found[k].pat]++] = g->found[k].pos;
    g->lits = set;
}

/* The token holding stream offset POS. */
static size_t
tok_at(const region *g, size_t pos)
{
    size_t lo = 0, hi = g->nlab;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (g->lab_off[mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return g->lab_tok[lo];
}

/* Stream offset where token I starts (labels) or would start (values). */
static size_t
off_of(const region *g, size_t tok)
{
    size_t lo = 0, hi = g->nlab;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (g->lab_tok[mid] < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->nlab ? g->lab_off[lo] : g->slen;
}

static int
search(const region *g, const pattern *pat, size_t from, size_t *so, size_t *eo)
{
    if (from > g->slen)
        return 0;
    size_t start = from;
    /* A pattern the region's index does not hold is searched by PCRE2
     * alone, from FROM. */
    if (pat->nlit && g->lits && g->lits->has[pat->id]) {
        /* The earliest literal at or after FROM. */
        size_t lo = g->hit_from[pat->id], hi = g->hit_from[pat->id + 1];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (g->hit[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == g->hit_from[pat->id + 1])
            return 0;           /* no literal: no match */
        size_t first = g->hit[lo];
        start = first - from > pat->lead ? first - pat->lead : from;
        while (start > from && ((unsigned char) g->stream[start] & 0xC0) == 0x80)
            start--;            /* a character's first byte */
    }
    int rc = pcre2_match(pat->code, (PCRE2_SPTR) g->stream, g->slen, start, 0, match_data, NULL);
    if (rc <= 0)
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match_data);
    *so = ov[0];
    *eo = ov[1];
    return 1;
}

static int
is_value(const gir_tok *t)
{
    return t->kind == GIR_TOK_NUM || t->kind == GIR_TOK_BLANK;
}

/* First value token after token A, or g->toks.n. */
static size_t
next_value(const region *g, size_t a)
{
    for (size_t i = a + 1; i < g->toks.n; i++)
        if (is_value(&g->toks.v[i]))
            return i;
    return g->toks.n;
}

/* ---- rows ---- */

typedef enum { ROW_MISSING, ROW_FOUND, ROW_READ, ROW_GLUED, ROW_DROPPED } row_state;

typedef struct row {
    const char *name, *label;
    size_t first_cell;
    int n;
    row_state state;
    size_t tok, end;            /* anchor token; values lie in (tok, end) */
    size_t spos, send;          /* the anchor in the stream */
    const char *value[MAXVALS];
    long line[MAXVALS];
    gir_glued_row glued;
    size_t piece_tok[GIR_GLUED_MAXPIECES];
    int nvalues;                /* values seen in the range */
    const char *contested;      /* a row not found whose label lies in the range */
    const char *ordinal;        /* another row's number (二、) among the values */
    int stack_unsure;           /* joined stacked digits break the row's sum */
    int count_unsure;           /* its values on several lines break its sum */
    int by_columns;             /* read by read_by_columns (read_by_pattern's rows) */
} row;

typedef struct table {
    gir_report *r;
    const char *name;           /* "t3" */
    const char *title;          /* for warnings */
    row rows[32];
    size_t nrows;
    size_t first_anchor;        /* index in anchor_defs */
    const literal_set *lits;    /* of the patterns it searches */
    region g;
    int metric, metric_known;   /* how columns are measured (read_by_columns) */
    size_t *ff, nff, cap_ff;    /* lines holding a form feed (page_of) */
} table;

/* The template's rows of one table: the same for every report of a
 * template (static data, so its address names it), so computed once:
 * a stream holds many reports. */
typedef struct row_layout {
    const gir_template *tm;
    const char *name;
    size_t nrows, first_anchor;
    struct {
        const char *name, *label;
        size_t first_cell;
        int n;
    } rows[32];
    literal_set lits;           /* of the patterns the table searches */
} row_layout;

static void
row_layout_compute(row_layout *rl, const gir_template *tm, const char *name)
{
    memset(rl, 0, sizeof *rl);
    rl->tm = tm;
    rl->name = name;
    /* The template says which rows to anchor. */
    int is2019 = tm == &gir_template_2019;
    const anchor_def *defs = is2019 ? anchor_defs_2019 : anchor_defs;
    size_t ndefs = is2019 ? N_ANCHORS_2019 : N_ANCHORS, base = is2019 ? N_ANCHORS : 0;
    for (size_t i = 0; i < ndefs; i++) {
        if (strcmp(defs[i].table, name) != 0)
            continue;
        if (!rl->nrows)
            rl->first_anchor = base + i;
        size_t k = rl->nrows++;
        rl->rows[k].name = defs[i].row;
        /* The row's cells follow each other in template order. */
        for (size_t c = 0; c < tm->ncells; c++) {
            const gir_cell_def *d = &tm->cells[c];
            if (strcmp(d->table, name) != 0
                || (strcmp(name, "t4") != 0 && strcmp(d->row, rl->rows[k].name) != 0))
                continue;
            if (rl->rows[k].n == 0) {
                rl->rows[k].first_cell = c;
                rl->rows[k].label = d->label_row;
            }
            rl->rows[k].n++;
        }
        if (strcmp(name, "t4") == 0)
            rl->rows[k].label = "行政复议、行政诉讼";
        /* A row holds its cells in value[MAXVALS]: a template with a wider
         * row is a programming error, not a report's. */
        if (rl->rows[k].n > MAXVALS) {
            fprintf(stderr, "gir: template row %s.%s has %d cells, more than %d\n", name,
                    rl->rows[k].name, rl->rows[k].n, MAXVALS);
            abort();
        }
    }
    for (size_t k = 0; k < rl->nrows; k++)
        literal_set_add(&rl->lits, &anchor_pat[rl->first_anchor + k]);
    literal_set_add(&rl->lits, &other2019_pat);
    literal_set_add(&rl->lits, &t2_start_pat);
    literal_set_add(&rl->lits, &t4_header_pat);
    literal_set_finish(&rl->lits);
}

static void
table_init(table *t, gir_report *r, const char *name, const char *title)
{
    static row_layout cache[8];
    static size_t ncached;
    const row_layout *rl = NULL;
    for (size_t i = 0; i < ncached && !rl; i++)
        if (cache[i].tm == r->tmpl && strcmp(cache[i].name, name) == 0)
            rl = &cache[i];
    if (!rl) {
        row_layout *fresh = &cache[ncached < 8 ? ncached++ : 7];
        row_layout_compute(fresh, r->tmpl, name);
        rl = fresh;
    }
    /* Not the region: its buffers are kept (region_build). */
    t->r = r;
    t->name = name;
    t->title = title;
    t->nrows = rl->nrows;
    t->first_anchor = rl->first_anchor;
    t->lits = &rl->lits;
    t->metric = t->metric_known = 0;
    /* ff: the report's, found once for its three tables (gir_table_build). */
    /* Only rows [0, nrows) are ever read. */
    memset(t->rows, 0, rl->nrows * sizeof t->rows[0]);
    for (size_t k = 0; k < rl->nrows; k++) {
        t->rows[k].name = rl->rows[k].name;
        t->rows[k].label = rl->rows[k].label;
        t->rows[k].first_cell = rl->rows[k].first_cell;
        t->rows[k].n = rl->rows[k].n;
    }
}

static void
set_value(row *w, int k, const gir_tok *t)
{
    w->value[k] = t->kind == GIR_TOK_NUM ? t->value : "";
    w->line[k] = t->line;
}

/* Is the match at [SO, EO) of row K a row label, not a sentence of the
 * narrative?  t4's is followed by its column headers. */
static int
anchor_plausible(const table *t, size_t so, size_t eo)
{
    const region *g = &t->g;
    size_t v = next_value(g, tok_at(g, so));
    if (strcmp(t->name, "t4") == 0) {
        size_t hs, he;
        return search(g, &t4_header_pat, eo, &hs, &he) && he <= off_of(g, v);
    }
    return 1;
}

#define MAX_CANDS 12

typedef struct cand_pos {
    size_t so, eo;
} cand_pos;

/* Rows come in template order, but a core can also match elsewhere (其他
 * in a header, 总计 of the next table).  Each row's first few matches are
 * candidates; the chosen anchors are the increasing sequence that places
 * the most rows, earlier matches preferred. */
static void
find_anchors(table *t, size_t from)
{
    region *g = &t->g;
    size_t so, eo;
    if (strcmp(t->name, "t2") == 0 && search(g, &t2_start_pat, from, &so, &eo))
        from = so;
    cand_pos (*c)[MAX_CANDS] = xcalloc(t->nrows, sizeof *c);
    int nc[32] = {0};
    long best[32][MAX_CANDS];
    int prev_row[32][MAX_CANDS], prev_cand[32][MAX_CANDS];
    for (size_t k = 0; k < t->nrows; k++) {
        size_t at = from;
        const pattern *pat = &anchor_pat[t->first_anchor + k];
        while (nc[k] < MAX_CANDS && search(g, pat, at, &so, &eo)) {
            if (anchor_plausible(t, so, eo))
                c[k][nc[k]++] = (cand_pos) {so, eo};
            at = eo > at ? eo : at + 1;
        }
    }
    long top = 0;
    int top_row = -1, top_cand = -1;
    for (size_t k = 0; k < t->nrows; k++)
        for (int i = 0; i < nc[k]; i++) {
            best[k][i] = 1000 - i;
            prev_row[k][i] = prev_cand[k][i] = -1;
            for (size_t j = 0; j < k; j++)
                for (int d = 0; d < nc[j]; d++)
                    if (c[j][d].eo <= c[k][i].so && best[j][d] + 1000 - i > best[k][i]) {
                        best[k][i] = best[j][d] + 1000 - i;
                        prev_row[k][i] = (int) j;
                        prev_cand[k][i] = d;
                    }
            if (best[k][i] > top) {
                top = best[k][i];
                top_row = (int) k;
                top_cand = i;
            }
        }
    for (int k = top_row, i = top_cand; k >= 0;) {
        row *w = &t->rows[k];
        w->state = ROW_FOUND;
        w->spos = c[k][i].so;
        w->send = c[k][i].eo;
        w->tok = tok_at(g, w->spos);
        int pk = prev_row[k][i], pi = prev_cand[k][i];
        k = pk;
        i = pi;
    }
    free(c);
}

/* The first label after some value: the end of the table's last row. */
static size_t
end_after_values(const region *g, size_t a, size_t limit)
{
    int seen = 0;
    for (size_t i = a + 1; i < limit; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (is_value(tk))
            seen = 1;
        else if (tk->kind == GIR_TOK_LABEL && seen)
            return i;
    }
    return limit;
}

/* A 2021 report printing the 2019 single row (六)其他处理: that row ends
 * the row before it, and its values belong to no 2021 cell. */
static size_t
find_2019_other(table *t)
{
    region *g = &t->g;
    row *confirm = NULL, *total = NULL;
    /* The 2019 template reads its （六） row as a row of its own. */
    if (gir_t3_row(t->r->tmpl, "other.other") < 0)
        return (size_t) -1;
    for (size_t k = 0; k < t->nrows; k++) {
        if (strcmp(t->rows[k].name, "not_processed.confirm") == 0)
            confirm = &t->rows[k];
        if (strcmp(t->rows[k].name, "total") == 0)
            total = &t->rows[k];
    }
    if (!confirm || !total || confirm->state == ROW_MISSING || total->state == ROW_MISSING)
        return (size_t) -1;
    for (size_t k = 0; k < t->nrows; k++)
        if (strncmp(t->rows[k].name, "other.", 6) == 0 && t->rows[k].state != ROW_MISSING
            && t->rows[k].spos < total->spos && t->rows[k].spos > confirm->spos)
            return (size_t) -1;
    size_t so, eo;
    if (!search(g, &other2019_pat, confirm->send, &so, &eo) || so >= total->spos)
        return (size_t) -1;
    for (size_t k = 0; k < t->nrows; k++)
        if (strncmp(t->rows[k].name, "other.", 6) == 0) {
            t->rows[k].state = ROW_DROPPED;
            t->rows[k].tok = tok_at(g, so);
        }
    gir_warn(t->r->source, g->toks.v[tok_at(g, so)].line, "%s", other2019_reason);
    return tok_at(g, so);
}

static void
set_ranges(table *t, size_t boundary)
{
    region *g = &t->g;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_FOUND)
            continue;
        size_t end = g->toks.n;
        int last = 1;
        for (size_t j = k + 1; j < t->nrows; j++)
            if (t->rows[j].state == ROW_FOUND && t->rows[j].tok > w->tok) {
                end = t->rows[j].tok;
                last = 0;
                break;
            }
        if (boundary != (size_t) -1 && boundary > w->tok && boundary < end)
            end = boundary, last = 0;
        /* t2's rows hold their values right after the label. */
        if (last || strcmp(t->name, "t2") == 0)
            end = end_after_values(g, w->tok, end);
        w->end = end;
    }
}

/* Is token I the only value on its line? */
static int
lone_value(const region *g, size_t i)
{
    for (size_t j = i; j-- > 0 && g->toks.v[j].li == g->toks.v[i].li;)
        if (is_value(&g->toks.v[j]))
            return 0;
    for (size_t j = i + 1; j < g->toks.n && g->toks.v[j].li == g->toks.v[i].li; j++)
        if (is_value(&g->toks.v[j]))
            return 0;
    return 1;
}

/* A narrow PDF column prints a number's digits one under the other (１
 * above the row's line, ２ below it: 12).  Lone values on nearby lines at
 * the same column are such digits; counting them as cells would be a
 * guess. */
static int
stacked_digits(const region *g, const row *w)
{
    /* Only beside a row printed on one line (one cell per line is not it). */
    int multi = 0;
    for (size_t i = w->tok + 1; i < w->end; i++)
        multi |= is_value(&g->toks.v[i]) && !lone_value(g, i);
    for (size_t i = w->tok + 1; i < w->end && multi; i++) {
        const gir_tok *v = &g->toks.v[i];
        if (!is_value(v) || v->mode != GIR_LINE_LAYOUT || !lone_value(g, i))
            continue;
        for (size_t j = 0; j < g->toks.n; j++) {
            const gir_tok *u = &g->toks.v[j];
            if (j == i || !is_value(u) || u->li == v->li || u->li + 2 < v->li
                || v->li + 2 < u->li)
                continue;
            if (u->x0 < v->x1 && v->x0 < u->x1 && lone_value(g, j))
                return 1;
        }
    }
    return 0;
}

static int row_sum_holds(const row *w);

/* Do the row's own sums (t3's six applicant columns make 总计, t4's
 * 维持+纠正+其他+尚未审结 = 总计 in each group) hold, every total given
 * (not blank)?  A reading that needed a choice is taken only then. */
static int
row_sum_given_holds(const row *w)
{
    int groups = w->n == 7 ? 1 : w->n == 15 ? 3 : 0, width = w->n == 7 ? 7 : 5;
    for (int gr = 0; gr < groups; gr++)
        if (!*w->value[gr * width + width - 1])
            return 0;
    return groups > 0 && row_sum_holds(w);
}

/* Exactly as many values as cells, or glued runs to split. */
static void
read_by_count(table *t, row *w)
{
    region *g = &t->g;
    size_t idx[GIR_GLUED_MAXPIECES];
    int n = 0;
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (is_value(&g->toks.v[i])) {
            if (n < GIR_GLUED_MAXPIECES)
                idx[n] = i;
            n++;
        }
    w->nvalues = n;
    if (stacked_digits(g, w))
        return;
    /* As many values as cells is the row when they stand on one line, or
     * each alone on its line (a cell a line), or in delimited fields (a
     * row an asciidoc writes over two lines); space-aligned values over
     * several lines, some of which hold several, are a cell's wrapped
     * pieces or another row's (a narrow PDF column prints 167 over the
     * row's line and 98 under it: 16798). */
    int one_line = 1, one_each = 1;
    for (int k = 0; k < n && k < GIR_GLUED_MAXPIECES; k++) {
        const gir_tok *v = &g->toks.v[idx[k]];
        one_each &= lone_value(g, idx[k]);
        if (v->li == g->toks.v[idx[0]].li)
            continue;
        /* A delimited line of another shape goes on with the row's cells
         * (asciidoc: |2 |0 |0 then |0 |0 |0 |0); lines of the same shape
         * are one grid row whose bars drifted, its cells' digits stacked
         * (rst at 46 columns: 9 over 2 over 3 over 2). */
        int continues = v->mode == GIR_LINE_DELIMITED;
        for (int j = 0; j < k && continues; j++) {
            const gir_tok *u = &g->toks.v[idx[j]];
            continues = u->li == v->li || u->mode != GIR_LINE_DELIMITED || u->nfields != v->nfields;
        }
        one_line &= continues;
    }
    if (n == w->n) {
        for (int k = 0; k < n; k++)
            set_value(w, k, &g->toks.v[idx[k]]);
        /* Otherwise the count is a reading to confirm: lynx wraps a long
         * row (… 6 4 683 / 700) where the row's sum holds, and a PDF's
         * wrapped cells do not add up. */
        if (one_line || one_each || row_sum_given_holds(w)) {
            w->state = ROW_READ;
            return;
        }
        w->count_unsure = 1;
        return;
    }
    if (n == 0 || n > w->n)
        return;
    /* Values on separate lines, or in separate fields of a delimited
     * line, are separate cells: never one glued run (LibreOffice's text
     * prints 21 and 1 on lines of their own, not 2, 1, 1). */
    for (int k = 1; k < n; k++) {
        const gir_tok *a = &g->toks.v[idx[0]], *b = &g->toks.v[idx[k]];
        if (a->li != b->li || (a->mode == GIR_LINE_DELIMITED && a->field != b->field))
            return;
    }
    /* A page that lost its cell borders lost the label's too: its digits
     * touch the label (申请数量640020470), or they are one run for the
     * whole row, or a run starts with a 0 no count has (00 0 00).  Values
     * set apart from the label and from each other (lynx's 申请数量 642 310
     * 952, its blank cells dropped) are cells, each one. */
    int zero_led = 0;
    for (int k = 0; k < n; k++) {
        const gir_tok *v = &g->toks.v[idx[k]];
        zero_led |= v->kind == GIR_TOK_NUM && v->run && v->text[0] == '0';
    }
    if (n > 1 && !zero_led) {
        const gir_tok *v = &g->toks.v[idx[0]], *before = idx[0] > 0 ? &g->toks.v[idx[0] - 1] : NULL;
        /* one word split into label and number, or two words touching */
        if (!before || before->kind != GIR_TOK_LABEL || before->li != v->li
            || !((before->c0 == v->c0 && before->c1 == v->c1) || before->c1 == v->c0))
            return;
    }
    gir_glued_row *gr = &w->glued;
    memset(gr, 0, sizeof *gr);
    gr->n = w->n;
    for (int k = 0; k < n; k++) {
        const gir_tok *tk = &g->toks.v[idx[k]];
        /* A run keeps its digits as printed: 0000000 is seven cells. */
        gr->piece[k] = tk->kind != GIR_TOK_NUM ? "" : tk->run ? tk->text : tk->value;
        gr->piece_run[k] = (unsigned char) tk->run;
        w->piece_tok[k] = idx[k];
    }
    gr->npieces = (size_t) n;
    if (gir_glued_possible(gr->piece, gr->piece_run, gr->npieces, w->n)) {
        gr->state = GIR_GLUED_RUNS;
        w->state = ROW_GLUED;
    }
}

/* The line holding all of the row's values, if they are on one line. */
static int
values_line(const table *t, const row *w, size_t *li)
{
    int any = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &t->g.toks.v[i];
        if (!is_value(tk))
            continue;
        if (any && tk->li != *li)
            return 0;
        *li = tk->li;
        any = 1;
    }
    return any;
}

/* Delimited lines: a row with fewer values takes the field positions of
 * a complete row whose line has the same shape (same number of fields,
 * labels in the same fields), when all such rows agree. */
static unsigned long long
label_mask(const region *g, size_t li, int *nfields)
{
    unsigned long long m = 0;
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->li != li)
            continue;
        *nfields = tk->nfields;
        if (tk->kind == GIR_TOK_LABEL && tk->field < 64)
            m |= 1ULL << tk->field;
    }
    return m;
}

static const gir_tok *
tok_in_field(const region *g, size_t li, int field)
{
    for (size_t i = 0; i < g->toks.n; i++)
        if (g->toks.v[i].li == li && g->toks.v[i].field == field)
            return &g->toks.v[i];
    return NULL;
}

static int
read_by_fields(table *t, row *w)
{
    region *g = &t->g;
    size_t li = 0;
    if (!values_line(t, w, &li))
        return 0;
    const gir_tok *first = NULL;
    for (size_t i = w->tok + 1; i < w->end && !first; i++)
        if (is_value(&g->toks.v[i]))
            first = &g->toks.v[i];
    if (first->mode != GIR_LINE_DELIMITED)
        return 0;
    int nf = 0;
    unsigned long long mask = label_mask(g, li, &nf);
    int fields[MAXVALS], have = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *ref = &t->rows[k];
        size_t rli = 0;
        if (ref == w || ref->state != ROW_READ || ref->n != w->n || !values_line(t, ref, &rli))
            continue;
        int rnf = 0;
        if (label_mask(g, rli, &rnf) != mask || rnf != nf)
            continue;
        int f[MAXVALS], j = 0;
        for (size_t i = ref->tok + 1; i < ref->end && j < w->n; i++)
            if (is_value(&g->toks.v[i]))
                f[j++] = g->toks.v[i].field;
        if (j != w->n)
            continue;       /* a row read from its header has empty fields */
        if (have && memcmp(f, fields, (size_t) w->n * sizeof f[0]) != 0)
            return 0;       /* rows of this shape disagree: not certain */
        memcpy(fields, f, sizeof fields);
        have = 1;
    }
    if (!have)
        return 0;
    /* Every value of the row must sit in one of those fields. */
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (!is_value(tk))
            continue;
        int in = 0;
        for (int k = 0; k < w->n; k++)
            in |= tk->field == fields[k];
        if (!in)
            return 0;
    }
    for (int k = 0; k < w->n; k++) {
        const gir_tok *tk = tok_in_field(g, li, fields[k]);
        if (!tk || tk->kind == GIR_TOK_LABEL)
            return 0;
        w->value[k] = tk->kind == GIR_TOK_NUM ? tk->value : "";
        w->line[k] = tk->line;
    }
    w->state = ROW_READ;
    return 1;
}

/* Words of the column headers, in template order, for the tables whose
 * columns have distinct names. */
static const char *const t3_col_words[] = {"自然人", "商业", "科研", "公益", "法律服务", "其他", "总计"};
static const char *const t2_col_words[] = {"制发", "废止", "现行有效"};

static int
has_word(const char *text, const char *words)
{
    char buf[64];
    for (const char *p = words; *p;) {
        size_t n = strcspn(p, "|");
        snprintf(buf, sizeof buf, "%.*s", (int) n, p);
        if (strstr(text, buf))
            return 1;
        p += n + (p[n] == '|');
    }
    return 0;
}

/* Delimited lines with no complete row to copy: the fields of the column
 * headers above the row (自然人, 商业企业, ... 总计) say where each value
 * goes, when the header and the row have the same number of fields and
 * the row's labels stay left of the first column. */
static int
read_by_header(table *t, row *w)
{
    region *g = &t->g;
    const char *const *words = strcmp(t->name, "t3") == 0 && w->n == 7 ? t3_col_words
        : strcmp(t->name, "t2") == 0 && w->n == 3 ? t2_col_words : NULL;
    size_t li = 0;
    if (!words || !values_line(t, w, &li))
        return 0;
    int nf = 0;
    (void) label_mask(g, li, &nf);
    size_t first = t->nrows ? w->tok : 0;
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].tok < first)
            first = t->rows[k].tok;
    int fields[MAXVALS];
    for (int c = 0; c < w->n; c++) {
        fields[c] = -1;
        for (size_t i = first; i-- > 0;) {
            const gir_tok *tk = &g->toks.v[i];
            if (tk->kind == GIR_TOK_LABEL && has_word(tk->text, words[c])) {
                if (tk->mode != GIR_LINE_DELIMITED || tk->nfields != nf)
                    return 0;
                fields[c] = tk->field;
                break;
            }
        }
        if (fields[c] < 0 || (c > 0 && fields[c] <= fields[c - 1]))
            return 0;
    }
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->li != li || tk->mode != GIR_LINE_DELIMITED)
            continue;
        if (tk->kind == GIR_TOK_LABEL && tk->field >= fields[0])
            return 0;
        int in = 0;
        for (int c = 0; c < w->n; c++)
            in |= tk->field == fields[c];
        if (is_value(tk) && !in)
            return 0;
    }
    for (int c = 0; c < w->n; c++) {
        const gir_tok *tk = tok_in_field(g, li, fields[c]);
        if (!tk)
            return 0;
        w->value[c] = tk->kind == GIR_TOK_NUM ? tk->value : "";
        w->line[c] = tk->line;
    }
    w->state = ROW_READ;
    return 1;
}

/* The last field that holds a found row's label on the table's lines of
 * NF fields; -1 if none. */
static int
last_label_column(const table *t, int nf)
{
    int last = -1;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        const gir_tok *tk = &t->g.toks.v[w->tok];
        if (w->state != ROW_MISSING && w->state != ROW_DROPPED && tk->mode == GIR_LINE_DELIMITED
            && tk->nfields == nf && tk->field > last)
            last = tk->field;
    }
    return last;
}

/* Delimited lines whose empty fields survived (pipe tables that lost
 * their spans, box grids): the row's label, then exactly as many fields
 * as cells, each one value or empty.  The fields are the cells in order
 * whatever the header looks like.  The values may stand on a later line
 * than the label's when a grid wraps the label inside its cell (w3m at
 * 80 columns: the row's first line holds the label's start and empty
 * fields, the values sit on its middle line); every line from the
 * label's to the values' must then be a line of the same grid (as many
 * fields), with no value on any but the last. */
static int
read_by_trailing_fields(table *t, row *w)
{
    region *g = &t->g;
    size_t li = 0, ali = g->toks.v[w->tok].li;
    if (!values_line(t, w, &li) || li < ali)
        return 0;
    const gir_tok *cell[MAXVALS] = {0};
    int last_label = -1, nf = -1, prev_field = -1;
    size_t from = w->tok;
    while (from > 0 && g->toks.v[from - 1].li == ali)
        from--;
    for (size_t i = from; i < g->toks.n && g->toks.v[i].li <= li; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (tk->mode != GIR_LINE_DELIMITED || (nf >= 0 && tk->nfields != nf))
            return 0;
        nf = tk->nfields;
        if (tk->kind == GIR_TOK_LABEL) {
            last_label = tk->field > last_label ? tk->field : last_label;
            continue;
        }
        if (tk->li != li) {
            if (tk->kind != GIR_TOK_EMPTY)
                return 0;       /* a value above the row's values line */
            continue;
        }
        if (tk->field == prev_field)
            return 0;           /* two values in one field: not one cell each */
        prev_field = tk->field;
        if (tk->field > last_label && last_label >= 0) {
            int k = tk->field - last_label - 1;
            if (k >= MAXVALS)
                return 0;
            cell[k] = tk;
        }
    }
    /* The label columns are the table's, not the row's: a row whose label
     * spans the merged label cells of the rows below (一、本年新收 | | |)
     * prints them as empty fields before its values. */
    int label_columns = last_label_column(t, nf), first_cell_field = last_label;
    if (last_label >= 0 && label_columns > last_label) {
        int skip = label_columns - last_label;
        for (int k = 0; k < MAXVALS; k++)
            cell[k] = k + skip < MAXVALS ? cell[k + skip] : NULL;
        last_label = label_columns;
        first_cell_field = label_columns + 1;
    }
    if (last_label < 0 || nf - last_label - 1 != w->n)
        return 0;
    /* A value left of the row's last label, or in the table's label
     * columns, is not one of its cells. */
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (is_value(&g->toks.v[i]) && g->toks.v[i].field < first_cell_field)
            return 0;
    for (int k = 0; k < w->n; k++)
        if (!cell[k])
            return 0;
    for (int k = 0; k < w->n; k++) {
        w->value[k] = cell[k]->kind == GIR_TOK_NUM ? cell[k]->value : "";
        w->line[k] = cell[k]->line;
    }
    w->state = ROW_READ;
    return 1;
}

/* One cell per line: the lines after the label, each one value or one
 * empty field, are the row's cells in order (trailing empty lines are
 * merged-cell artefacts). */
static int
read_by_lines(table *t, row *w)
{
    region *g = &t->g;
    size_t anchor_li = g->toks.v[w->tok].li;
    const gir_tok *cell[64];
    int n = 0;
    size_t i = w->tok + 1;
    while (i < w->end && g->toks.v[i].li == anchor_li)
        if (g->toks.v[i++].kind != GIR_TOK_EMPTY)
            return 0;           /* values beside the label: not this layout */
    while (i < w->end && n < 64) {
        size_t li = g->toks.v[i].li;
        const gir_tok *v = NULL;
        int values = 0, labels = 0;
        for (; i < w->end && g->toks.v[i].li == li; i++) {
            const gir_tok *tk = &g->toks.v[i];
            values += is_value(tk);
            labels += tk->kind == GIR_TOK_LABEL;
            if (is_value(tk) || (!v && tk->kind == GIR_TOK_EMPTY))
                v = tk;
        }
        if (labels || values > 1)
            break;
        cell[n++] = v;
    }
    while (n > 0 && cell[n - 1]->kind == GIR_TOK_EMPTY)
        n--;
    for (size_t j = i; j < w->end; j++)
        if (is_value(&g->toks.v[j]))
            return 0;           /* values left over */
    if (n != w->n)
        return 0;
    for (int k = 0; k < n; k++) {
        w->value[k] = cell[k]->kind == GIR_TOK_NUM ? cell[k]->value : "";
        w->line[k] = cell[k]->line;
    }
    w->state = ROW_READ;
    return 1;
}

static int
is_empty_line(const gir_line *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (!strchr(" \t\r\f\v", l->text[i]))
            return 0;
    return 1;
}

/* One cell per line, a blank cell an empty line (LibreOffice's text
 * export of a .docx).  Empty lines also separate cells in other layouts
 * (seed 004) or rows, and a row's merged label cells print as empty
 * lines too, so they are read as cells only when the row itself shows
 * it: two of its values on adjacent lines (its cells are not separated
 * by empty lines), and exactly as many lines as cells from its first
 * value to its last (the first and last cells are printed, so no empty
 * line at either edge has to be placed by a guess). */
static int
read_by_lines_with_empties(table *t, row *w)
{
    region *g = &t->g;
    const gir_report *r = t->r;
    size_t li = g->toks.v[w->tok].li;
    size_t i = w->tok + 1;
    while (i < w->end && g->toks.v[i].li == li)
        if (g->toks.v[i++].kind != GIR_TOK_LABEL)
            return 0;           /* values beside the label: not this layout */
    enum { MAX_LINES = 64 };
    const gir_tok *cell[MAX_LINES];
    long cell_line[MAX_LINES];
    int m = 0;
    for (li++; li < r->nlines && m < MAX_LINES && i < w->end; li++) {
        if (g->toks.v[i].li != li) {
            if (!is_empty_line(&r->lines[li]))
                return 0;       /* text with no cell on it (a rule, a page number) */
            cell[m] = NULL;
            cell_line[m++] = r->lines[li].line;
            continue;
        }
        if (!is_value(&g->toks.v[i]) || (i + 1 < g->toks.n && g->toks.v[i + 1].li == li))
            break;              /* a label or several tokens: the row's cells ended */
        cell[m] = &g->toks.v[i];
        cell_line[m++] = g->toks.v[i].line;
        i++;
    }
    for (size_t j = i; j < w->end; j++)
        if (is_value(&g->toks.v[j]))
            return 0;           /* values left over */
    int first = -1, last = -1, adjacent = 0;
    for (int k = 0; k < m; k++)
        if (cell[k]) {
            if (first < 0)
                first = k;
            adjacent |= last == k - 1;
            last = k;
        }
    if (first < 0 || last - first + 1 != w->n || !adjacent)
        return 0;
    for (int k = 0; k < w->n; k++) {
        const gir_tok *tk = cell[first + k];
        w->value[k] = tk && tk->kind == GIR_TOK_NUM ? tk->value : "";
        w->line[k] = cell_line[first + k];
    }
    w->state = ROW_READ;
    return 1;
}

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

static int
tok_x0(const gir_tok *tk, int metric)
{
    return metric == X_CHARS ? tk->c0 : tk->x0;
}

static int
tok_x1(const gir_tok *tk, int metric)
{
    int x1 = metric == X_CHARS ? tk->c1 : tk->x1;
    return x1 > tok_x0(tk, metric) ? x1 : tok_x0(tk, metric) + 1;
}

typedef struct span_x {
    int lo, hi;
} span_x;

static int
cmp_span(const void *a, const void *b)
{
    const span_x *x = a, *y = b;
    return (x->lo > y->lo) - (x->lo < y->lo);
}

/* How many separate columns the values of the found rows fall into when
 * measured in METRIC: aligned columns collapse, misaligned ones do not. */
static size_t
value_columns(const table *t, int metric)
{
    const region *g = &t->g;
    span_x *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        if (w->state == ROW_MISSING || w->state == ROW_DROPPED)
            continue;
        for (size_t i = w->tok + 1; i < w->end; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (!is_value(tk) || tk->mode != GIR_LINE_LAYOUT)
                continue;
            v = xgrow(v, &cap, n + 1, sizeof *v);
            v[n++] = (span_x) {tok_x0(tk, metric), tok_x1(tk, metric)};
        }
    }
    if (n)
        qsort(v, n, sizeof *v, cmp_span);
    size_t cols = 0;
    int hi = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || v[i].lo >= hi) {
            cols++;
            hi = v[i].hi;
        } else if (v[i].hi > hi) {
            hi = v[i].hi;
        }
    }
    free(v);
    return cols;
}

static int
table_metric(table *t)
{
    if (!t->metric_known) {
        t->metric = value_columns(t, X_CHARS) < value_columns(t, X_DISPLAY) ? X_CHARS : X_DISPLAY;
        t->metric_known = 1;
    }
    return t->metric;
}

/* The page of line LI: the index of the line where it starts (pdftotext
 * begins each page after the first with a form feed).  The form feeds'
 * lines are found once per report (t->ff), as every value asks; only
 * lines of the table's region are asked about, so the lines after it do
 * not matter. */
static size_t
page_of(const table *t, size_t li)
{
    size_t lo = 0, hi = t->nff;     /* the last form feed line <= LI */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->ff[mid] <= li)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? t->ff[lo - 1] : 0;
}

static void
find_form_feeds(table *t, const gir_report *r)
{
    t->nff = 0;
    for (size_t i = 0; i < r->nlines; i++)
        if (memchr(r->lines[i].text, '\f', r->lines[i].len)) {
            t->ff = xgrow(t->ff, &t->cap_ff, t->nff + 1, sizeof *t->ff);
            t->ff[t->nff++] = i;
        }
}

/* The columns where the page's complete rows (all their values on one
 * layout line) have their values; 0 when there is none or they overlap. */
static int
columns_from_rows(const table *t, const row *w, size_t page, int metric, span_x *col)
{
    const region *g = &t->g;
    int refs = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const row *ref = &t->rows[k];
        size_t li = 0;
        if (ref == w || ref->state != ROW_READ || ref->n != w->n || !values_line(t, ref, &li)
            || page_of(t, li) != page)
            continue;
        span_x s[MAXVALS];
        int j = 0;
        for (size_t i = ref->tok + 1; i < ref->end; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (!is_value(tk))
                continue;
            if (tk->mode != GIR_LINE_LAYOUT || j >= w->n || (tk->stacked && metric != X_CHARS)) {
                j = -1;
                break;
            }
            s[j++] = (span_x) {tok_x0(tk, metric), tok_x1(tk, metric)};
        }
        if (j != w->n)
            continue;
        for (int c = 0; c < w->n; c++) {
            if (!refs || s[c].lo < col[c].lo)
                col[c].lo = s[c].lo;
            if (!refs || s[c].hi > col[c].hi)
                col[c].hi = s[c].hi;
        }
        refs++;
    }
    for (int c = 0; refs && c + 1 < w->n; c++)
        if (col[c].hi > col[c + 1].lo)
            return 0;   /* complete rows disagree: no columns */
    return refs > 0;
}

/* The column headers of t3, as whole header cells. */
static const char *const t3_col_cells[7][5] = {
    {"自然人"}, {"商业企业", "商业"}, {"科研机构", "科研"},
    {"社会公益组织", "公益组织", "社会公益", "公益"}, {"法律服务机构", "法律服务"},
    {"其他"}, {"总计"},
};

static int
is_header_cell(const char *text, const char *const *names)
{
    for (int i = 0; i < 5 && names[i]; i++)
        if (strcmp(text, names[i]) == 0)
            return 1;
    return 0;
}

/* How many of the columns COL[0..NCOL), widened by SLACK, token TK
 * overlaps; *HIT is the last of them. */
static int
columns_hit(const gir_tok *tk, const span_x *col, int ncol, int slack, int metric, int *hit)
{
    int hits = 0;
    for (int c = 0; c < ncol; c++)
        if (tok_x0(tk, metric) < col[c].hi + slack && col[c].lo - slack < tok_x1(tk, metric))
            *hit = c, hits++;
    return hits;
}

/* Place the values VAL[0..N) of one row line (left to right) in the
 * columns COL[0..NCOL): a value goes to the one column it overlaps
 * (widened by SLACK); a value that overlaps none goes to the one column
 * left between the columns of its placed neighbours, as columns keep
 * their order (pdftotext sets a number a little off its header: the
 * last value of a row, right of 其他's, can only be 总计's).  AT gets
 * each column's value or NULL; 0 when a value overlaps two columns,
 * two values share one, or a gap holds more than one column. */
static int
place_all(const gir_tok *const *val, int n, const span_x *col, int ncol, int slack,
          int metric, const gir_tok **at)
{
    int where[64];
    if (n > 64)
        return 0;
    for (int c = 0; c < ncol; c++)
        at[c] = NULL;
    for (int i = 0; i < n; i++) {
        int hit = -1, hits = columns_hit(val[i], col, ncol, slack, metric, &hit);
        if (hits > 1)
            return 0;
        where[i] = hits ? hit : -1;
    }
    for (int i = 0; i < n; i++) {
        if (where[i] >= 0)
            continue;
        int lo = -1, hi = ncol;     /* columns of the placed neighbours */
        for (int j = i - 1; j >= 0 && lo < 0; j--)
            if (where[j] >= 0)
                lo = where[j];
        for (int j = i + 1; j < n && hi == ncol; j++)
            if (where[j] >= 0)
                hi = where[j];
        /* Unplaced values between the same neighbours share the gap. */
        int unplaced = 0;
        for (int j = 0; j < n; j++) {
            int jlo = -1, jhi = ncol;
            if (where[j] >= 0)
                continue;
            for (int k = j - 1; k >= 0 && jlo < 0; k--)
                if (where[k] >= 0)
                    jlo = where[k];
            for (int k = j + 1; k < n && jhi == ncol; k++)
                if (where[k] >= 0)
                    jhi = where[k];
            unplaced += jlo == lo && jhi == hi;
        }
        if (hi - lo - 1 != 1 || unplaced != 1)
            return 0;
        /* The value must stand on that column's side of its neighbours. */
        int c = lo + 1;
        if ((lo >= 0 && tok_x0(val[i], metric) < col[lo].hi)
            || (hi < ncol && tok_x1(val[i], metric) > col[hi].lo))
            return 0;
        where[i] = c;
    }
    for (int i = 0; i < n; i++) {
        if (i > 0 && where[i] <= where[i - 1])
            return 0;           /* out of order, or two in one column */
        at[where[i]] = val[i];
    }
    return 1;
}

/* As place_all; but a placeholder a character off every column
 * (pdftotext nudges a narrow "/" out of its cell) is blank in whichever
 * column it stands, so the numbers are placed without it. */
static int
place_values(const gir_tok *const *val, int n, const span_x *col, int ncol, int slack,
             int metric, const gir_tok **at)
{
    if (place_all(val, n, col, ncol, slack, metric, at))
        return 1;
    const gir_tok *kept[64];
    int nkept = 0, hit;
    if (n > 64)
        return 0;
    for (int i = 0; i < n; i++)
        if (val[i]->kind == GIR_TOK_NUM || columns_hit(val[i], col, ncol, slack, metric, &hit)
            || !columns_hit(val[i], col, ncol, slack + 1, metric, &hit))
            kept[nkept++] = val[i];
    return nkept < n && place_all(kept, nkept, col, ncol, slack, metric, at);
}

/* The values of row W on PAGE, left to right, if they are all layout
 * tokens that have a column in METRIC; -1 if not. */
static int
row_values_on_page(const table *t, const row *w, size_t page, int metric, const gir_tok **val,
                   int max)
{
    const region *g = &t->g;
    int n = 0;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &g->toks.v[i];
        if (!is_value(tk) || page_of(t, tk->li) != page)
            continue;
        if (tk->mode != GIR_LINE_LAYOUT || (tk->stacked && metric != X_CHARS) || n == max)
            return -1;
        val[n++] = tk;
    }
    return n;
}

/* Can every value of the table's rows on PAGE be placed in COL? */
static int
columns_fit_page(const table *t, size_t page, int metric, const span_x *col, int ncol)
{
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        if (w->state == ROW_MISSING || w->state == ROW_DROPPED || w->n != ncol)
            continue;
        const gir_tok *val[MAXVALS + 1], *at[MAXVALS];
        int n = row_values_on_page(t, w, page, metric, val, MAXVALS + 1);
        if (n < 0 || (n > 0 && !place_values(val, n, col, ncol, 0, metric, at)))
            return 0;
    }
    return 1;
}

/* A header cell printed down its column, a few characters a line
 * (自/然/人, 科/研/机/构 on a narrow page, 科研机/构 on a wide one; the
 * run starts with four characters at most): label tokens on successive
 * lines (one line may be skipped, as pdftotext centres cells of
 * different heights) centred where the run's first one is, give or take
 * two characters (pdftotext nudges a character beside a line's text),
 * read top down.  Where two tokens could go on, both ways are tried.  A
 * run matches when it, or its start, spells one of the column's names
 * (总计, even if the run goes on into 其他's 他); a wrong way spells
 * nothing.  The columns of every matching run make the header's. */
typedef struct vrun {
    const region *g;
    size_t stop;
    const char *const *names;
    int x;                      /* centre of the first piece, in half characters */
    int matched, *budget;       /* steps left for the whole header */
    span_x span;
} vrun;

static void
vertical_step(vrun *v, size_t cur, char *buf, size_t used, span_x run, int depth)
{
    const gir_tok *u = &v->g->toks.v[cur];
    size_t n = strlen(u->text);
    if ((*v->budget)-- <= 0 || depth > 8 || used + n >= 64)
        return;
    memcpy(buf + used, u->text, n + 1);
    used += n;
    run.lo = u->c0 < run.lo ? u->c0 : run.lo;
    run.hi = u->c1 > run.hi ? u->c1 : run.hi;
    if (is_header_cell(buf, v->names)) {
        if (!v->matched || run.lo < v->span.lo)
            v->span.lo = run.lo;
        if (!v->matched || run.hi > v->span.hi)
            v->span.hi = run.hi;
        v->matched = 1;
    }
    for (size_t j = cur + 1; j < v->stop && j - cur < 512; j++) {
        const gir_tok *w = &v->g->toks.v[j];
        if (w->li > u->li + 2)
            break;
        int cx = w->c0 + w->c1, d = cx > v->x ? cx - v->x : v->x - cx;
        if (w->li != u->li && w->mode == GIR_LINE_LAYOUT && w->kind == GIR_TOK_LABEL && d <= 4)
            vertical_step(v, j, buf, used, run, depth + 1);
    }
}

static int
vertical_run(const region *g, size_t i, size_t stop, const char *const *names, span_x *span,
             int *budget)
{
    const gir_tok *tk = &g->toks.v[i];
    vrun v = {g, stop, names, tk->c0 + tk->c1, 0, budget, {0, 0}};
    char buf[64];
    vertical_step(&v, i, buf, 0, (span_x) {tk->c0, tk->c1}, 0);
    if (v.matched)
        *span = v.span;
    return v.matched;
}

/* The columns where t3's headers stand on the page, above its rows:
 * each header a token of its own, or printed down its column. */
static int
columns_from_header(const table *t, const row *w, size_t page, int metric, span_x *col)
{
    const region *g = &t->g;
    if (strcmp(t->name, "t3") != 0 || w->n != 7)
        return 0;
    size_t first = w->tok;
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING && t->rows[k].tok < first)
            first = t->rows[k].tok;
    size_t from = first;
    while (from > 0 && g->toks.v[first].li - g->toks.v[from - 1].li <= 15)
        from--;
    int budget = 20000;         /* steps of runs down columns, all told */
    for (int c = 0; c < 7; c++) {
        int found = 0;
        /* Whole header cells first; runs down a column only without. */
        /* (A header of thousands of tokens is no t3 header: no runs.) */
        for (int pass = 0; pass < (first - from < 2000 ? 2 : 1) && !found; pass++)
            for (size_t i = from; i < first; i++) {
                const gir_tok *tk = &g->toks.v[i];
                if (tk->kind != GIR_TOK_LABEL)
                    continue;
                span_x span = {tok_x0(tk, metric), tok_x1(tk, metric)};
                int hit = 0;
                if (pass == 0) {
                    hit = is_header_cell(tk->text, t3_col_cells[c]);
                } else if (metric == X_CHARS && tk->c1 - tk->c0 <= 4) {
                    /* The top of a run down the column: no short label
                     * above that a run could come down from. */
                    int top = 1;
                    for (size_t j = i; j-- > from && i - j < 512 && g->toks.v[j].li + 2 >= tk->li;) {
                        const gir_tok *u = &g->toks.v[j];
                        int d = (u->c0 + u->c1) - (tk->c0 + tk->c1);
                        top &= !(u->li != tk->li && u->kind == GIR_TOK_LABEL
                                 && u->c1 - u->c0 <= 2 && d >= -2 && d <= 2);
                    }
                    hit = top && vertical_run(g, i, first, t3_col_cells[c], &span, &budget);
                }
                if (!hit)
                    continue;
                if (tk->mode != GIR_LINE_LAYOUT || page_of(t, tk->li) != page || found++)
                    return 0;       /* elsewhere, or twice: which one? */
                col[c] = span;
            }
        if (!found || (c > 0 && col[c - 1].hi > col[c].lo))
            return 0;
    }
    return columns_fit_page(t, page, metric, col, 7);
}

static int
read_by_columns(table *t, row *w)
{
    region *g = &t->g;
    size_t li = 0;
    if (!values_line(t, w, &li))
        return 0;
    int metric = table_metric(t);
    size_t page = page_of(t, li);
    span_x col[MAXVALS];
    int slack;
    if (columns_from_rows(t, w, page, metric, col))
        slack = 1;      /* numbers of other widths stand a column aside */
    else if (columns_from_header(t, w, page, metric, col))
        slack = 0;
    else
        return 0;
    const gir_tok *val[MAXVALS + 1], *at[MAXVALS];
    int n = row_values_on_page(t, w, page, metric, val, MAXVALS + 1);
    if (n <= 0 || !place_values(val, n, col, w->n, slack, metric, at))
        return 0;
    for (int c = 0; c < w->n; c++) {
        w->value[c] = at[c] ? (at[c]->kind == GIR_TOK_NUM ? at[c]->value : "") : "";
        w->line[c] = at[c] ? at[c]->line : g->toks.v[w->tok].line;
    }
    w->state = ROW_READ;
    w->by_columns = 1;
    return 1;
}

/* The value tokens of row W when they all stand on one layout line:
 * their number, and in SHAPE a bit per token, set for a number (so "6 0
 * / 6" is 1011 read from the right); -1 if not. */
static int
row_shape(const table *t, const row *w, const gir_tok **val, unsigned long *shape)
{
    size_t li = 0;
    int n = 0;
    *shape = 0;
    if (!values_line(t, w, &li))
        return -1;
    for (size_t i = w->tok + 1; i < w->end; i++) {
        const gir_tok *tk = &t->g.toks.v[i];
        if (!is_value(tk))
            continue;
        if (n == MAXVALS || tk->mode != GIR_LINE_LAYOUT)
            return -1;
        if (tk->kind == GIR_TOK_NUM)
            *shape |= 1UL << n;
        val[n++] = tk;
    }
    return n;
}

/* pdftotext sets each page on a grid of its own, and a narrow page
 * sometimes each row: a page that continues a table without its header,
 * or a row set apart from its neighbours, has values that no column
 * takes.  When every row the columns placed has the same shape (numbers
 * and placeholders in the same order) and its numbers in the same
 * columns (a report that leaves some applicant columns empty, or puts
 * "/" there, all down the table), a row of that shape is that pattern
 * too, its numbers in those columns in order.  A report that leaves
 * zeros blank fills different columns in different rows, so it has no
 * pattern; and as its rows sum, a row with as many numbers as new and
 * carried-over requests has no other columns to have them in. */
static void
read_by_pattern(table *t)
{
    unsigned long shape = 0, filled = 0;
    int refs = 0, width = 0, nval = 0;
    const gir_tok *val[MAXVALS];
    for (size_t k = 0; k < t->nrows; k++) {
        const row *w = &t->rows[k];
        if (w->state != ROW_READ)
            continue;
        unsigned long s, f = 0;
        int n = row_shape(t, w, val, &s);
        for (size_t c = 0; c < (size_t) w->n && c < MAXVALS; c++)
            f |= (unsigned long) (*w->value[c] != '\0') << c;
        if (!w->by_columns || n < 0
            || (refs && (s != shape || n != nval || f != filled || w->n != width)))
            return;             /* not read by columns, or another pattern */
        shape = s, nval = n, filled = f, width = w->n;
        refs++;
    }
    int nfilled = 0, nnum = 0;
    for (int c = 0; c < width; c++)
        nfilled += filled >> c & 1;
    for (int j = 0; j < nval; j++)
        nnum += shape >> j & 1;
    if (refs < 2 || nval == width || nnum != nfilled)
        return;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        unsigned long s;
        if (w->state != ROW_FOUND || w->contested || w->ordinal || w->stack_unsure
            || w->n != width
            || row_shape(t, w, val, &s) != nval || s != shape)
            continue;
        int c = -1;
        for (int j = 0; j < width; j++) {
            w->value[j] = "";
            w->line[j] = t->g.toks.v[w->tok].line;
        }
        for (int j = 0; j < nval; j++)
            if (val[j]->kind == GIR_TOK_NUM) {
                while (!(filled >> ++c & 1))
                    ;
                set_value(w, c, val[j]);
            }
        w->state = ROW_READ;
    }
}

/* t4 printed as three small tables, each under its own heading (行政复议,
 * 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）) with the five
 * columns 结果维持 结果纠正 其他结果 尚未审结 总计: each group's five values
 * are its cells, when every group has exactly five under that header. */
static const char *const t4_group_words[3] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
static const char *const t4_col_order[5] = {"维持", "纠正", "其他", "审结", "总计"};

static int
read_t4_groups(table *t, row *w)
{
    region *g = &t->g;
    if (strcmp(t->name, "t4") != 0 || w->n != 15)
        return 0;
    size_t start[4];
    size_t pos = w->spos;
    for (int k = 0; k < 3; k++) {
        const char *at = strstr(g->stream + pos, t4_group_words[k]);
        if (!at)
            return 0;
        pos = (size_t) (at - g->stream);
        start[k] = tok_at(g, pos);
        pos += strlen(t4_group_words[k]);
    }
    start[3] = end_after_values(g, start[2], g->toks.n);
    const gir_tok *cell[15];
    for (int k = 0; k < 3; k++) {
        int n = 0;
        size_t word = 0;
        for (size_t i = start[k]; i < start[k + 1]; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (is_value(tk)) {
                if (n >= 5 || word < 5)
                    return 0;   /* more than five, or not under the header */
                cell[5 * k + n++] = tk;
            } else if (tk->kind == GIR_TOK_LABEL) {
                if (n == 5)
                    break;      /* the next group's heading (### 行政诉讼…) */
                if (n)
                    return 0;   /* text among the values: not this layout */
                for (const char *p = tk->text; word < 5 && (p = strstr(p, t4_col_order[word]));
                     p += strlen(t4_col_order[word++]))
                    ;
            }
        }
        if (n != 5)
            return 0;
    }
    for (int c = 0; c < 15; c++) {
        w->value[c] = cell[c]->kind == GIR_TOK_NUM ? cell[c]->value : "";
        w->line[c] = cell[c]->line;
    }
    w->state = ROW_READ;
    return 1;
}

/* Does the row hold a number joined from digits stacked in a narrow
 * column (table_tok.c)? */
static int
uses_stack(const table *t, const row *w)
{
    for (size_t i = w->tok + 1; i < w->end; i++)
        if (t->g.toks.v[i].stacked && is_value(&t->g.toks.v[i]))
            return 1;
    return 0;
}

/* A stacked pair is one number only when the row says so too: t3's row
 * sum (the six applicant columns make 总计) or t4's three group sums
 * (维持+纠正+其他+尚未审结 = 总计).  Rows without such a sum (t2), or
 * whose sum fails, are left empty: two lone numbers of the rows above
 * and below would read the same. */
static int
row_sum_holds(const row *w)
{
    long long v[MAXVALS];
    for (int c = 0; c < w->n; c++) {
        v[c] = 0;
        if (*w->value[c] && gir_number_scaled(w->value[c], 0, &v[c]) != 0)
            return 0;
    }
    int groups = w->n == 7 ? 1 : w->n == 15 ? 3 : 0, width = w->n == 7 ? 7 : 5;
    for (int gr = 0; gr < groups; gr++) {
        long long sum = 0;
        for (int c = 0; c < width - 1; c++)
            sum += v[gr * width + c];
        if (sum != v[gr * width + width - 1])
            return 0;
    }
    return groups > 0;
}

static void
check_stacks(table *t)
{
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state == ROW_READ && uses_stack(t, w) && !row_sum_holds(w)) {
            w->state = ROW_FOUND;
            w->stack_unsure = 1;
        }
    }
}

static void
solve_glued(table *t)
{
    gir_glued_row rows[32];
    int any = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        memset(&rows[k], 0, sizeof rows[k]);
        rows[k].n = w->n;
        if (w->state == ROW_GLUED) {
            rows[k] = w->glued;
            any = 1;
        } else if (w->state == ROW_READ) {
            rows[k].state = GIR_GLUED_KNOWN;
            for (int c = 0; c < w->n; c++) {
                int ok = gir_number_scaled(w->value[c], 0, &rows[k].val[c]) == 0;
                rows[k].blank[c] = !*w->value[c];
                if (!ok && *w->value[c])
                    rows[k].state = GIR_GLUED_MISSING;  /* a decimal: no identity */
            }
        }
        rows[k].first_cell = w->first_cell;
    }
    if (!any)
        return;
    gir_glued_solve(rows, t->nrows, t->r->tmpl);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_GLUED)
            continue;
        w->glued = rows[k];
        if (!rows[k].solved)
            continue;
        for (int c = 0; c < w->n; c++) {
            const gir_tok *tk = &t->g.toks.v[w->piece_tok[rows[k].piece_of[c]]];
            w->value[c] = rows[k].blank[c] ? ""
                : gir_arena_printf(&t->r->arena, "%lld", rows[k].val[c]);
            w->line[c] = tk->line;
        }
        w->state = ROW_READ;
    }
}

/* Why row W was left unread, into BUF. */
static void
unread_reason(const table *t, const row *w, char *buf, size_t size)
{
    if (w->state == ROW_MISSING) {
        snprintf(buf, size, "%s row %s (%s) not found; its %d cell%s left empty",
                 t->name, w->name, w->label, w->n, w->n == 1 ? " is" : "s are");
    } else if (w->state == ROW_GLUED) {
        char runs[256] = "";
        size_t used = 0;
        for (size_t p = 0; p < w->glued.npieces && used < sizeof runs - 32; p++)
            used += (size_t) snprintf(runs + used, sizeof runs - used, "%s%s", p ? " " : "",
                                      *w->glued.piece[p] ? w->glued.piece[p] : "-");
        snprintf(buf, size,
                 "%s row %s (%s): '%s' holds its %d cells run together, as a page that lost "
                 "its cell borders prints them; the table's identities do not admit exactly "
                 "one split, so they are left empty",
                 t->name, w->name, w->label, runs, w->n);
    } else if (w->count_unsure) {
        snprintf(buf, size,
                 "%s row %s (%s): its %d values stand on several lines and do not make the "
                 "row's sum; which cells they are is not certain, cells left empty",
                 t->name, w->name, w->label, w->nvalues);
    } else if (w->stack_unsure) {
        snprintf(buf, size,
                 "%s row %s (%s): digits stacked in a narrow column read as one number do "
                 "not make the row's sum; which cells they are is not certain, cells left empty",
                 t->name, w->name, w->label);
    } else if (w->ordinal) {
        snprintf(buf, size,
                 "%s row %s (%s): the row number '%s' lies among its values; which values "
                 "are whose is not certain, cells left empty",
                 t->name, w->name, w->label, w->ordinal);
    } else if (w->contested) {
        snprintf(buf, size,
                 "%s row %s (%s): the label '%s' of a row not found lies among its values; "
                 "which values are whose is not certain, cells left empty",
                 t->name, w->name, w->label, w->contested);
    } else {
        snprintf(buf, size,
                 "%s row %s (%s): %d value%s for its %d cell%s and no column to place "
                 "them by; cells left empty", t->name, w->name, w->label, w->nvalues,
                 w->nvalues == 1 ? "" : "s", w->n, w->n == 1 ? "" : "s");
    }
}

/* Each cell of row W left empty gets an issue record (warning,
 * cell.unread, the cell's key, the reason), so the reason travels with
 * the stream to gir-csv --issues and gir-check --report; stderr has it
 * once, for the row. */
static void
record_unread(gir_report *r, size_t first_cell, int n, long line, const char *reason)
{
    for (int c = 0; c < n; c++)
        gir_report_add_issue(r, "warning", "cell.unread", r->tmpl->cells[first_cell + (size_t) c].key,
                             NULL, NULL, line, reason);
}

static void
emit(table *t)
{
    gir_report *r = t->r;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state == ROW_MISSING || w->state == ROW_FOUND || w->state == ROW_GLUED) {
            char reason[512];
            long line = w->state == ROW_MISSING ? 0 : t->g.toks.v[w->tok].line;
            unread_reason(t, w, reason, sizeof reason);
            gir_warn(r->source, line, "%s", reason);
            record_unread(r, w->first_cell, w->n, line, reason);
        } else if (w->state == ROW_DROPPED) {
            record_unread(r, w->first_cell, w->n, t->g.toks.v[w->tok].line, other2019_reason);
        }
        for (int c = 0; c < w->n; c++) {
            if (w->state == ROW_READ)
                gir_report_set_cell(r, w->first_cell + (size_t) c, w->value[c], w->line[c]);
            else
                gir_report_set_cell(r, w->first_cell + (size_t) c, "", 0);
        }
    }
}

static int
any_found(const table *t)
{
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state != ROW_MISSING)
            return 1;
    return 0;
}

/* Index of the first line at or after input line LINE. */
static size_t
line_index(const gir_report *r, long line)
{
    size_t lo = 0, hi = r->nlines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r->lines[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Lines of section SEC up to and including the next section's heading
 * line (a page flattened to one line holds all sections). */
static int
section_lines(const gir_report *r, int sec, size_t *first, size_t *end)
{
    if (!r->sections[sec - 1].line)
        return 0;
    *first = line_index(r, r->sections[sec - 1].line);
    *end = r->nlines;
    for (int s = sec + 1; s <= 6; s++)
        if (r->sections[s - 1].line) {
            *end = line_index(r, r->sections[s - 1].line) + 1;
            break;
        }
    if (*end > r->nlines)
        *end = r->nlines;
    return 1;
}

/* Where the section's heading ends in the label stream, when the heading
 * shares its line with the text before it (a page flattened to one line);
 * else 0. */
static size_t
heading_end(const table *t, int sec)
{
    const gir_section *s = &t->r->sections[sec - 1];
    if (!s->line || !s->heading)
        return 0;
    size_t n;
    char *h = gir_norm_arena(&t->r->arena, s->heading, strlen(s->heading),
                             GIR_NORM_STRIP_SPACE, &n);
    const char *at = n >= 12 ? strstr(t->g.stream, h) : NULL;
    return at ? (size_t) (at - t->g.stream) + n : 0;
}

static int
enough_rows(const table *t)
{
    size_t found = 0;
    for (size_t k = 0; k < t->nrows; k++)
        found += t->rows[k].state != ROW_MISSING;
    /* A stray word is not a table: a third of the row labels at least. */
    return found > 0 && found * 3 >= t->nrows;
}

/* 一、 … 十、 alone: the number of a row of t3's outline. */
static int
is_row_number(const char *text)
{
    static const char *const numbers[] = {"一、", "二、", "三、", "四、", "五、",
                                          "六、", "七、", "八、", "九、", "十、"};
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        if (strcmp(text, numbers[i]) == 0)
            return 1;
    return 0;
}

/* A row whose label and values have between them the label of a row
 * that was not found (a torn table printing labels apart from their
 * values, out of order) may hold that row's values: which values are
 * whose is not certain. */
static void
mark_contested(table *t)
{
    region *g = &t->g;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state != ROW_FOUND)
            continue;
        size_t last = 0;
        for (size_t i = w->tok + 1; i < w->end; i++)
            if (is_value(&g->toks.v[i]))
                last = i;
        if (!last)
            continue;
        /* A row number (二、 starting a line, or an item's number) before
         * the row's last value starts another row: a label wrapped a few
         * characters a line (pandoc's rst) puts it beside that row's
         * values, after the core this row was found by. */
        for (size_t i = w->tok + 1; i < last && !w->ordinal; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (tk->kind == GIR_TOK_LABEL
                && ((tk->li != g->toks.v[i - 1].li && is_row_number(tk->text))
                    || strspn(tk->text, "0123456789") == strlen(tk->text)))
                w->ordinal = tk->text;  /* 二、, or an item's 8 (join_item_numbers) */
        }
        /* Between the row's label and its last value. */
        size_t limit = off_of(g, last);
        for (size_t m = 0; m < t->nrows && !w->contested; m++) {
            size_t so, eo;
            if (t->rows[m].state == ROW_MISSING
                && search(g, &anchor_pat[t->first_anchor + m], w->send, &so, &eo) && eo <= limit)
                w->contested = t->rows[m].label;
        }
    }
}

static void
read_rows(table *t, int sec)
{
    size_t boundary = (size_t) -1;
    index_literals(&t->g, t->lits);
    find_anchors(t, heading_end(t, sec));
    if (!enough_rows(t))
        for (size_t k = 0; k < t->nrows; k++)
            t->rows[k].state = ROW_MISSING;
    if (strcmp(t->name, "t3") == 0)
        boundary = find_2019_other(t);
    set_ranges(t, boundary);
    mark_contested(t);
    for (size_t k = 0; k < t->nrows; k++)
        if (t->rows[k].state == ROW_FOUND && !t->rows[k].contested && !t->rows[k].ordinal)
            read_by_count(t, &t->rows[k]);
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (w->state == ROW_FOUND && !w->contested && !w->ordinal)
            (void) (read_by_fields(t, w) || read_by_header(t, w)
                    || read_by_trailing_fields(t, w) || read_t4_groups(t, w) || read_by_lines(t, w)
                    || read_by_lines_with_empties(t, w) || read_by_columns(t, w));
    }
    read_by_pattern(t);
    check_stacks(t);
    solve_glued(t);
}

/* GIR_TABLE_DEBUG=1: the tokens of each region, to see how a layout reads. */
static void
dump_tokens(const region *g)
{
    static const char kinds[] = "LNBE";
    for (size_t i = 0; i < g->toks.n; i++) {
        const gir_tok *t = &g->toks.v[i];
        fprintf(stderr, "tok %zu line %ld f%d/%d x%d-%d %c%s %s\n", i, t->line, t->field,
                t->nfields, t->x0, t->x1, kinds[t->kind], t->run ? "r" : "", t->text);
    }
}

/* A page flattened to one line holds every section: the table ends where
 * the next section's heading starts, or its last row would take the next
 * table's numbers (a 2019 t2 whose 采购总金额 is text, `395...元`). */
static void
cut_at_next_heading(table *t, int sec)
{
    region *g = &t->g;
    size_t from = heading_end(t, sec);
    for (int s = sec + 1; s <= 6; s++) {
        const gir_section *h = &t->r->sections[s - 1];
        if (!h->line || !h->heading)
            continue;
        size_t n;
        char *norm = gir_norm_arena(&t->r->arena, h->heading, strlen(h->heading),
                                    GIR_NORM_STRIP_SPACE, &n);
        const char *at = n >= 12 ? strstr(g->stream + from, norm) : NULL;
        if (!at)
            return;
        size_t cut = (size_t) (at - g->stream), keep = tok_at(g, cut) + 1;
        g->slen = cut;
        g->stream[cut] = '\0';
        while (g->nlab > 0 && g->lab_off[g->nlab - 1] >= cut)
            g->nlab--;
        if (keep < g->toks.n)
            g->toks.n = keep;
        return;
    }
}

/* The 2019 template's 本年增/减 may be negative; a scraped page that lost
 * its cell borders glues the sign between two numbers (`35-15`: 35 and
 * -15), and the tokeniser's label '-' would end the row there.  In a
 * table with signed cells that '-' is the next number's sign. */
static void
join_glued_signs(table *t)
{
    int signed_cells = 0;
    for (size_t c = 0; c < t->r->tmpl->ncells; c++)
        signed_cells |= t->r->tmpl->cells[c].kind == GIR_KIND_SIGNED
            && strcmp(t->r->tmpl->cells[c].table, t->name) == 0;
    region *g = &t->g;
    for (size_t i = 1; signed_cells && i + 1 < g->toks.n; i++) {
        gir_tok *a = &g->toks.v[i - 1], *m = &g->toks.v[i], *b = &g->toks.v[i + 1];
        size_t vlen = strlen(b->value);
        if (m->kind != GIR_TOK_LABEL || strcmp(m->text, "-") != 0 || a->kind != GIR_TOK_NUM
            || b->kind != GIR_TOK_NUM || a->li != m->li || b->li != m->li
            || a->field != m->field || b->field != m->field || b->value[0] == '-'
            || vlen + 2 > sizeof b->value)
            continue;
        if (strcmp(b->value, "0") != 0) {
            memmove(b->value + 1, b->value, vlen + 1);
            b->value[0] = '-';
        }
        b->run = 0;                 /* a signed number is one cell */
        m->kind = GIR_TOK_EMPTY;    /* no label: the row goes on */
    }
}

/* The one table every table of every report is built in: its region's
 * buffers (tokens, label stream) keep their size from one to the next,
 * as a stream holds many reports, instead of growing from nothing three
 * times a report.  Still reachable at exit. */
static table *
kept_table(void)
{
    static table *t;
    if (!t)
        t = xcalloc(1, sizeof *t);
    return t;
}

static void
build_table(table *t, gir_report *r, const char *name, int sec, const char *title)
{
    table_init(t, r, name, title);
    size_t first, end;
    int have_section = section_lines(r, sec, &first, &end);
    if (!have_section) {
        first = 0;
        end = r->nlines;
    }
    region_build(&t->g, r, name, first, end);
    if (have_section)
        cut_at_next_heading(t, sec);
    join_glued_signs(t);
    if (getenv("GIR_TABLE_DEBUG"))
        dump_tokens(&t->g);
    read_rows(t, sec);
    if (!any_found(t) && have_section && (first > 0 || end < r->nlines)) {
        /* The heading was misplaced: look everywhere. */
        table_init(t, r, name, title);
        region_build(&t->g, r, name, 0, r->nlines);
        join_glued_signs(t);
        read_rows(t, sec);
    }
    if (!any_found(t)) {
        char reason[256];
        snprintf(reason, sizeof reason, "table %s (%s) not found; its cells are left empty",
                 name, title);
        gir_warn(r->source, 0, "%s", reason);
        for (size_t k = 0; k < t->nrows; k++) {
            for (int c = 0; c < t->rows[k].n; c++)
                gir_report_set_cell(r, t->rows[k].first_cell + (size_t) c, "", 0);
            record_unread(r, t->rows[k].first_cell, t->rows[k].n, 0, reason);
        }
    } else {
        emit(t);
    }
}

void
gir_table_build(gir_report *r)
{
    compile_all();
    table *t = kept_table();
    find_form_feeds(t, r);
    /* r->tmpl is the template gir-split named (report.c); the anchors
     * follow it (table_init). */
    build_table(t, r, "t2", 2, "主动公开政府信息情况");
    build_table(t, r, "t3", 3, "收到和处理政府信息公开申请情况");
    build_table(t, r, "t4", 4, "政府信息公开行政复议、行政诉讼情况");
}
