/* SPDX-License-Identifier: GPL-3.0-or-later */
/* columns.c - the columns of gir's tables (see columns.h). */
#include "config.h"
#include "columns.h"

#include <string.h>

const char *const gir_meta_keys[GIR_N_META] = {"source", "organ", "year", "template"};
const char *const gir_meta_zh[GIR_N_META] = {"来源", "机关", "年度", "模板"};

const char *const gir_issue_keys[GIR_N_ISSUE_COLS] = {
    "source", "severity", "rule", "where", "expected", "found", "line", "message"};
const char *const gir_issue_zh[GIR_N_ISSUE_COLS] = {
    "来源", "级别", "规则", "位置", "应为", "实为", "行号", "说明"};

static const gir_table_title table_titles[] = {
    {"t2", "表二", "二、主动公开政府信息情况", "信息内容", NULL, NULL},
    {"t3", "表三", "三、收到和处理政府信息公开申请情况", "项目", "申请人情况", "三、本年度办理结果"},
    {"t4", "表四", "四、政府信息公开行政复议、行政诉讼情况", "项目", NULL, NULL},
};

const gir_table_title *
gir_table_title_of(const char *table)
{
    for (size_t i = 0; i < sizeof table_titles / sizeof table_titles[0]; i++)
        if (table && strcmp(table_titles[i].table, table) == 0)
            return &table_titles[i];
    return NULL;
}

const gir_table_title *
gir_table_title_at(size_t i)
{
    return i < sizeof table_titles / sizeof table_titles[0] ? &table_titles[i] : NULL;
}

int
gir_table_cells(const gir_template *t, const char *table, size_t *first, size_t *last)
{
    *first = t->ncells;
    *last = 0;
    for (size_t i = 0; i < t->ncells; i++)
        if (strcmp(t->cells[i].table, table) == 0) {
            if (*first == t->ncells)
                *first = i;
            *last = i + 1;
        }
    return *first < t->ncells;
}

/* ---- the wide columns ---- */

typedef struct wide_column {
    const gir_template *owner;  /* the template whose labels name it */
    size_t cell;                /* its cell in that template */
} wide_column;

#define MAX_WIDE (2 * GIR_TEMPLATE_MAX_CELLS)

static wide_column wide_cols[MAX_WIDE];
static size_t n_wide;
/* wide_cell[t][c]: template t's cell in column c, or -1. */
static int wide_cell[GIR_N_TEMPLATES][MAX_WIDE];

/* Computed on first use; the templates are constant, so is this. */
static void
wide_columns_init(void)
{
    if (n_wide)
        return;
    for (size_t t = 0; t < GIR_N_TEMPLATES; t++) {
        const gir_template *tm = gir_templates[t];
        for (size_t i = 0; i < tm->ncells; i++) {
            size_t c = 0;
            while (c < n_wide
                   && strcmp(wide_cols[c].owner->cells[wide_cols[c].cell].key, tm->cells[i].key) != 0)
                c++;
            if (c == n_wide && n_wide < MAX_WIDE)
                wide_cols[n_wide++] = (wide_column) {tm, i};
        }
    }
    for (size_t t = 0; t < GIR_N_TEMPLATES; t++)
        for (size_t c = 0; c < n_wide; c++)
            wide_cell[t][c] = gir_template_key_index(
                gir_templates[t], wide_cols[c].owner->cells[wide_cols[c].cell].key);
}

size_t
gir_wide_ncols(void)
{
    wide_columns_init();
    return n_wide;
}

const gir_cell_def *
gir_wide_def(size_t c)
{
    wide_columns_init();
    return &wide_cols[c].owner->cells[wide_cols[c].cell];
}

const gir_template *
gir_wide_owner(size_t c)
{
    wide_columns_init();
    return wide_cols[c].owner;
}

int
gir_wide_cell(const gir_template *t, size_t c)
{
    wide_columns_init();
    return c < n_wide ? wide_cell[t->id][c] : -1;
}
