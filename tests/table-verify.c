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

static const reader_def plain = {"plain", NULL, STAGE_OWN, 0};
static const reader_def other = {"other", NULL, STAGE_ROWS, 0};

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
    gir_report_free(&r);
    return failures ? 1 : 0;
}
