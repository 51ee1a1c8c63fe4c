/* SPDX-License-Identifier: GPL-3.0-or-later */
/* columns.h - the tables gir writes for people and programs: the columns
 * of the wide table (one row per report), the names of its meta columns
 * and of the issue columns, and the titles of the printed tables.  One
 * definition for every writer (csvout.c, xlsxout.c), so that a CSV and a
 * workbook of the same reports have the same columns in the same order. */
#ifndef GIR_COLUMNS_H
#define GIR_COLUMNS_H

#include <stddef.h>

#include "template.h"

/* The meta columns that start a wide row: source, organ, year, template
 * (keys) and 来源, 机关, 年度, 模板 (Chinese labels). */
#define GIR_N_META 4
extern const char *const gir_meta_keys[GIR_N_META], *const gir_meta_zh[GIR_N_META];

/* The columns of an issue: source, severity, rule, where, expected, found,
 * line, message (gir-check --report) and their Chinese labels. */
#define GIR_N_ISSUE_COLS 8
extern const char *const gir_issue_keys[GIR_N_ISSUE_COLS], *const gir_issue_zh[GIR_N_ISSUE_COLS];

/* The cell columns of the wide table, after the meta columns.  One set for
 * every template, so that a stream mixing 2021 and 2019 reports (or shards
 * of it) has one fixed set of columns: the 2021 keys in keys-2021.tsv
 * order, then the keys only the 2019 template has, in keys-2019.tsv order.
 * A key both templates have means the same thing in both and is one
 * column; a report fills its own template's columns. */
size_t gir_wide_ncols(void);
/* The cell that names column C (its key and labels): a cell of the
 * template that has it first. */
const gir_cell_def *gir_wide_def(size_t c);
const gir_template *gir_wide_owner(size_t c);
/* Template T's cell in column C, or -1 when T has no such key. */
int gir_wide_cell(const gir_template *t, size_t c);

/* A table as the report prints it. */
typedef struct gir_table_title {
    const char *table;          /* "t3" */
    const char *zh;             /* "表三" */
    const char *title;          /* "三、收到和处理政府信息公开申请情况" */
    const char *corner;         /* the label above the row labels: "项目" */
    const char *col_caption;    /* printed over all its column labels
                                 * ("申请人情况"), or NULL */
    const char *item_parent;    /* printed down the left of its rows whose
                                 * label is an item （一）…: "三、本年度办理结果",
                                 * or NULL */
} gir_table_title;

/* The title of TABLE ("t2", "t3", "t4"), or NULL. */
const gir_table_title *gir_table_title_of(const char *table);
/* The tables in the order a report prints them: the I'th, or NULL past
 * the last. */
const gir_table_title *gir_table_title_at(size_t i);

/* The cells of TABLE in template T: [*first, *last), row-major; 0 if T
 * has none. */
int gir_table_cells(const gir_template *t, const char *table, size_t *first, size_t *last);

#endif
