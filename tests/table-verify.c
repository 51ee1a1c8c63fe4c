/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table-verify - the verifier (src/libgir/table/verify.c) on readings made
 * up here, one row of t3 (its own identity: the six applicant columns add
 * up to 总计, given when 总计 is not blank).  Prints one line per case
 * and exits 1 if any decision is not the one the rule says. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "gir.h"
#include "table/internal.h"

static int failures;

static const reader_def plain = {"plain", NULL, STAGE_OWN, 0, 0, 0};
static const reader_def other = {"other", NULL, STAGE_ROWS, 0, 0, 0};

static void
reading(proposal *p, const char *const *v, int inferred)
{
    memset(p, 0, sizeof *p);
    for (int c = 0; c < 7; c++)
        p->value[c] = v[c];
    p->inferred = inferred;
}

/* Decide row W from the NP readings, and check the outcome: TAKEN the
 * reader's name, or NULL with WHY the flag that must be set. */
static void
expect(const char *what, table *t, const proposal *p, const reader_def *const *by, int np,
       const char *taken, const char *why)
{
    row *w = &t->rows[0];
    row_def const *def = w->def;
    memset(w, 0, sizeof *w);
    w->def = def;
    w->name = def->name;
    w->first_cell = def->first_cell;
    w->n = def->n;
    w->state = ROW_FOUND;
    int ok = verify_row(t, w, p, by, np);
    const char *got = ok ? w->by
        : w->disagree ? "disagree" : w->repair_unsure ? "repair_unsure"
        : w->count_unsure ? "count_unsure" : "none";
    const char *want = taken ? taken : why;
    int right = strcmp(got, want) == 0 && (!ok || w->state == ROW_READ);
    printf("%s %s: %s\n", right ? "ok" : "FAIL", what, got);
    failures += !right;
}

/* Set t3's row NAME read as V (NULL: not read), SPLIT if read across a page break. */
static row *
set_row(table *t, const char *name, const char *const *v, int split)
{
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        if (strcmp(w->name, name) != 0)
            continue;
        w->state = v ? ROW_READ : ROW_FOUND;
        for (int c = 0; v && c < w->n; c++)
            w->value[c] = v[c];
        w->split_read = split;
        return w;
    }
    return NULL;
}

/* confirm_split_rows over t3 with its rows new, carried_over, total and
 * carried_forward (read across a page break) as given, in pdftotext's
 * text with -layout, or without (WITHOUT_LAYOUT: paged, no two words two
 * spaces apart): KEPT, or left empty. */
static void
expect_split_in(const char *what, table *t, int without_layout, const char *const *new_row,
                const char *const *over_row, const char *const *total_row,
                const char *const *split_row, int kept)
{
    t->nff = without_layout ? 1 : 0;     /* a form feed; the lines are not asked */
    t->laid_out = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        row *w = &t->rows[k];
        w->state = ROW_MISSING;
        w->split_read = w->split_broken = w->page_split = 0;
    }
    set_row(t, "new", new_row, 0);
    set_row(t, "carried_over", over_row, 0);
    set_row(t, "total", total_row, 0);
    row *w = set_row(t, "carried_forward", split_row, 1);
    confirm_split_rows(t);
    int right = kept ? w->state == ROW_READ
        : w->state == ROW_FOUND && (w->split_broken || w->split_unconfirmed) && w->page_split;
    printf("%s %s: %s\n", right ? "ok" : "FAIL", what, w->state == ROW_READ ? "kept" : "empty");
    failures += !right;
}

static void
expect_split(const char *what, table *t, const char *const *new_row,
             const char *const *over_row, const char *const *total_row,
             const char *const *split_row, int kept)
{
    expect_split_in(what, t, 0, new_row, over_row, total_row, split_row, kept);
}

/* A token standing behind a cell read (settle_columns asks only
 * whether a cell had one). */
static const gir_tok printed;

/* Every row of t3 read as blank, nothing printed; then row NAME read as
 * V, BY_COLUMNS if placed by columns, a token behind each value and
 * behind each cell PLACEHOLDER marks ('-': a placeholder printed there). */
static row *
read_t3_row(table *t, const char *name, const char *const *v, int by_columns,
            const char *placeholder)
{
    row *w = set_row(t, name, v, 0);
    w->by_columns = by_columns;
    for (int c = 0; c < w->n; c++)
        w->cell_tok[c] = *v[c] || (placeholder && c < (int) strlen(placeholder)
                                   && placeholder[c] == '-') ? &printed : NULL;
    return w;
}

static void
blank_t3(table *t)
{
    static const char *const blank[7] = {"", "", "", "", "", "", ""};
    for (size_t k = 0; k < t->nrows; k++) {
        read_t3_row(t, t->rows[k].name, blank, 0, NULL);
        t->rows[k].column_unsure = 0;
    }
}

/* After settle_columns: row W's cells are WANT (cells left empty as
 * unsure marked '?'). */
static void
expect_settled(const char *what, table *t, const row *w, const char *const *want)
{
    settle_columns(t);
    char got[128] = "";
    int right = 1;
    for (int c = 0; c < w->n; c++) {
        const char *v = w->column_unsure >> c & 1 ? "?" : w->value[c];
        right &= strcmp(v, want[c]) == 0;
        strcat(got, *v ? v : "_");
        strcat(got, c + 1 < w->n ? " " : "");
    }
    printf("%s %s: %s\n", right ? "ok" : "FAIL", what, got);
    failures += !right;
}

int
main(void)
{
    gir_report r;
    gir_report_init(&r);
    r.tmpl = &gir_template_2021;
    size_t ntables;
    const table_def *defs = table_defs(r.tmpl, &ntables);
    const table_def *t3 = NULL;
    for (size_t i = 0; i < ntables; i++)
        if (defs[i].section == 3)
            t3 = &defs[i];
    static table tbl;   /* static: its buffers stay reachable, as gir-table's kept table */
    table *t = &tbl;
    table_init(t, &r, t3);
    static const char *const sum[7] = {"12", "3", "", "", "", "", "15"};
    static const char *const other_sum[7] = {"1", "23", "", "", "", "", "24"};
    static const char *const broken[7] = {"12", "3", "", "", "", "", "16"};
    static const char *const no_total[7] = {"12", "3", "", "", "", "", ""};
    proposal p[2];
    const reader_def *by[2] = {&plain, &other};

    reading(&p[0], broken, 0);
    expect("one value in each cell's place is kept, even breaking the row's sum", t, p, by, 1,
           "plain", NULL);
    reading(&p[0], sum, 1);
    expect("a reading that needed a choice is taken where the row's sum holds", t, p, by, 1,
           "plain", NULL);
    reading(&p[0], broken, 1);
    expect("... and not where it breaks", t, p, by, 1, NULL, "count_unsure");
    reading(&p[0], no_total, 1);
    expect("... nor where 总计 is blank (not given)", t, p, by, 1, NULL, "count_unsure");
    reading(&p[0], sum, 0);
    reading(&p[1], sum, 0);
    expect("readers that agree: the first plain reading", t, p, by, 2, "plain", NULL);
    reading(&p[0], broken, 0);
    reading(&p[1], sum, 0);
    expect("readers that disagree: the one the row's sum singles out", t, p, by, 2, "other",
           NULL);
    reading(&p[0], broken, 1);
    reading(&p[1], sum, 0);
    expect("a reading the sum does not confirm gives way to one that needs none", t, p, by,
           2, "other", NULL);
    reading(&p[0], sum, 1);
    reading(&p[1], broken, 0);
    expect("readers that disagree where one needed a choice: the one the sum singles out",
           t, p, by, 2, "plain", NULL);
    reading(&p[0], sum, 0);
    reading(&p[1], other_sum, 0);
    expect("... and none where the sum holds for both", t, p, by, 2, NULL, "disagree");
    reading(&p[0], broken, 0);
    reading(&p[1], no_total, 0);
    expect("... or for neither", t, p, by, 2, NULL, "disagree");

    /* A row read across a page break by its own sum (49 49 cut as 4 4)
     * stands only where the table's other identities (the balance:
     * 新收 + 结转 = 合计 + 结转下年度) do not break with it. */
    static const char *const new_row[7] = {"186", "", "", "", "", "271", "457"};
    static const char *const over_row[7] = {"6", "", "", "", "", "9", "15"};
    static const char *const total_row[7] = {"192", "", "", "", "", "231", "423"};
    static const char *const cut_row[7] = {"0", "", "", "", "", "4", "4"};
    static const char *const whole_row[7] = {"0", "", "", "", "", "49", "49"};
    expect_split("a row cut by a page whose reading breaks the balance is left empty",
                 t, new_row, over_row, total_row, cut_row, 0);
    expect_split("... one the balance holds for is kept", t, new_row, over_row, total_row,
                 whole_row, 1);
    expect_split("... and one the balance cannot check (合计 not read) is kept", t, new_row,
                 over_row, NULL, cut_row, 1);
    /* In pdftotext's text without -layout, the rest of a number cut by
     * the page may stand anywhere after it: each of the row's numbers but
     * 0 must be confirmed by a sum across rows. */
    expect_split_in("without -layout, a cut row the balance cannot check is left empty", t, 1,
                    new_row, over_row, NULL, cut_row, 0);
    expect_split_in("... one the balance confirms is kept", t, 1, new_row, over_row, total_row,
                    whole_row, 1);
    t->nff = 0;

    /* A value placed by columns a column off (5 read under 自然人 where
     * the table's 商业企业 column needs it): the table's result sums and
     * balance single out the move. */
    static const char *const new5[7] = {"5", "5", "", "", "", "", "10"};
    static const char *const total5[7] = {"5", "5", "", "", "", "", "10"};
    static const char *const five_natural[7] = {"5", "", "", "", "", "", "5"};
    static const char *const five_commercial[7] = {"", "5", "", "", "", "", "5"};
    static const char *const unsure[7] = {"?", "?", "", "", "", "", "5"};
    blank_t3(t);
    read_t3_row(t, "new", new5, 0, NULL);
    read_t3_row(t, "total", total5, 0, NULL);
    read_t3_row(t, "other.other", five_natural, 0, NULL);
    row *granted = read_t3_row(t, "granted", five_natural, 1, NULL);
    expect_settled("a value a column off that the table's sums single out is moved", t,
                   granted, five_commercial);
    blank_t3(t);
    read_t3_row(t, "new", new5, 0, NULL);
    read_t3_row(t, "total", total5, 0, NULL);
    read_t3_row(t, "other.other", five_natural, 1, NULL);
    granted = read_t3_row(t, "granted", five_natural, 1, NULL);
    expect_settled("... where two rows' values could move, neither is singled out: left empty",
                   t, granted, unsure);
    blank_t3(t);
    read_t3_row(t, "new", new5, 0, NULL);
    read_t3_row(t, "total", total5, 0, NULL);
    read_t3_row(t, "other.other", five_natural, 0, NULL);
    granted = read_t3_row(t, "granted", five_natural, 1, "--");
    expect_settled("... a value beside a printed placeholder is not moved", t, granted,
                   five_natural);
    granted = read_t3_row(t, "granted", five_natural, 0, NULL);
    expect_settled("... nor one not placed by columns", t, granted, five_natural);
    read_t3_row(t, "other.other", five_commercial, 0, NULL);
    granted = read_t3_row(t, "granted", five_natural, 1, NULL);
    expect_settled("... nor one where the table's sums hold", t, granted, five_natural);
    static const char *const total_blank[7] = {"5", "", "", "", "", "", ""};
    read_t3_row(t, "total", total_blank, 0, NULL);
    read_t3_row(t, "other.other", five_natural, 0, NULL);
    expect_settled("... nor one into a column whose sum is not given (总计 blank)", t, granted,
                   five_natural);
    gir_report_free(&r);
    return failures ? 1 : 0;
}
