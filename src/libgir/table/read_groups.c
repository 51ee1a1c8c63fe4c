/* SPDX-License-Identifier: GPL-3.0-or-later */
/* read_groups.c */
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

/* t4 printed as three small tables, each under its own heading (行政复议,
 * 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）) with the five
 * columns 结果维持 结果纠正 其他结果 尚未审结 总计: each group's five values
 * are its cells, when every group has exactly five under that header. */
static const char *const t4_group_words[3] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
static const char *const t4_col_order[5] = {"维持", "纠正", "其他", "审结", "总计"};


int
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

