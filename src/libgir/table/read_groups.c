/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_groups.c - reading a row of groups printed as small tables. */
#include "config.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "norm.h"
#include "number.h"
#include "regex.h"
#include "xmalloc.h"

/* A row of groups printed as small tables, each under its own heading
 * (t4: 行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）) with
 * the same columns (结果维持 结果纠正 其他结果 尚未审结 总计): each group's
 * values are its cells, when every group has exactly as many as columns
 * under its header.  The headings and column words are the table's
 * (data/labels-NAME.tsv: group, groupcol). */
int
read_groups(const table *t, const row *w, proposal *p)
{
    const region *g = &t->g;
    const table_def *d = t->def;
    size_t ng = d->ngroups, nc = d->ngroup_cols;
    if (!ng || ng * nc != (size_t) w->n)
        return 0;
    size_t start[MAX_GROUPS + 1];
    size_t pos = w->spos;
    for (size_t k = 0; k < ng; k++) {
        const char *at = strstr(g->stream + pos, d->group[k]);
        if (!at)
            return 0;
        pos = (size_t) (at - g->stream);
        start[k] = tok_at(g, pos);
        pos += strlen(d->group[k]);
    }
    start[ng] = end_after_values(g, start[ng - 1], g->toks.n);
    const gir_tok *cell[MAXVALS];
    for (size_t k = 0; k < ng; k++) {
        size_t n = 0, word = 0;
        for (size_t i = start[k]; i < start[k + 1]; i++) {
            const gir_tok *tk = &g->toks.v[i];
            if (is_value(tk)) {
                if (n >= nc || word < nc)
                    return 0;   /* too many, or not under the header */
                cell[nc * k + n++] = tk;
            } else if (tk->kind == GIR_TOK_LABEL) {
                if (n == nc)
                    break;      /* the next group's heading (### 行政诉讼…) */
                if (n)
                    return 0;   /* text among the values: not this layout */
                for (const char *at = tk->text; word < nc && (at = strstr(at, d->group_col[word]));
                     at += strlen(d->group_col[word++]))
                    ;
            }
        }
        if (n != nc)
            return 0;
    }
    for (int c = 0; c < w->n; c++) {
        propose_value(p, c, cell[c]);
    }
    return 1;
}
