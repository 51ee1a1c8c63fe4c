/* SPDX-License-Identifier: GPL-3.0-or-later */
/* identity-unit.c - unit tests of identity.c, and the identities compiled
 * into gir as data, for tests/identity-eval.sh and tests/identity-data.sh.
 *
 *   identity-unit eval         gir_identity_eval and friends; exit 1 on a failure
 *   identity-unit dump NAME    template NAME's identities as identities-NAME.tsv
 *                              (rule, where, left, right, given; cell keys)
 *   identity-unit counts       per template and rule, how many identities */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "identity.h"
#include "template.h"

static int failures;

#define EXPECT(cond)                                                          \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                       \
        }                                                                     \
    } while (0)

static const gir_idv UNKNOWN = {0, GIR_IDV_UNKNOWN}, BLANK = {0, GIR_IDV_BLANK};

static gir_idv
num(long long v)
{
    return (gir_idv) {v, GIR_IDV_NUMBER};
}

/* cells 0 + 1 = 2, given 2 (a row sum: two parts and their total) */
static const unsigned short parts[] = {0, 1}, total[] = {2};
static const gir_identity row_sum = {"t.sum", "row", parts, total, total, 2, 1, 1};

static void
test_eval(void)
{
    long long l = -1, r = -1;
    gir_idv c[3];

    /* HOLDS, with both sums */
    c[0] = num(1), c[1] = num(2), c[2] = num(3);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_HOLDS);
    EXPECT(l == 3 && r == 3);
    /* BROKEN, with both sums: expected and found of an issue */
    c[2] = num(4);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_BROKEN);
    EXPECT(l == 3 && r == 4);
    /* either sum may be NULL */
    EXPECT(gir_identity_eval(&row_sum, c, NULL, &r) == GIR_ID_BROKEN && r == 4);
    EXPECT(gir_identity_eval(&row_sum, c, &l, NULL) == GIR_ID_BROKEN && l == 3);
    EXPECT(gir_identity_eval(&row_sum, c, NULL, NULL) == GIR_ID_BROKEN);

    /* a blank part counts 0, whatever v says */
    c[0] = BLANK, c[0].v = 99, c[1] = num(2), c[2] = num(2);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_HOLDS);
    EXPECT(l == 2 && r == 2);
    c[2] = num(3);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_BROKEN);
    EXPECT(l == 2 && r == 3);
    /* all parts blank and a zero total agree */
    c[0] = BLANK, c[1] = BLANK, c[2] = num(0);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_HOLDS && l == 0 && r == 0);

    /* NOT_GIVEN: the given total blank; the sums are left alone */
    l = r = -1;
    c[0] = num(5), c[1] = num(1), c[2] = BLANK;
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_NOT_GIVEN);
    EXPECT(l == -1 && r == -1);
    /* ... first: even when a part is unknown too */
    c[0] = UNKNOWN;
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_NOT_GIVEN);

    /* UNKNOWN: a part unknown, the total given */
    c[0] = UNKNOWN, c[1] = num(1), c[2] = num(1);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_UNKNOWN);
    EXPECT(l == -1 && r == -1);
    /* the given total itself unknown */
    c[0] = num(1), c[1] = num(1), c[2] = UNKNOWN;
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_UNKNOWN);
    /* sums no count reaches: unknown, not wrapped around */
    c[0] = num(LLONG_MAX), c[1] = num(1), c[2] = num(0);
    EXPECT(gir_identity_eval(&row_sum, c, &l, &r) == GIR_ID_UNKNOWN);

    /* a given cell on neither side (the balance's is one of its right cells) */
    static const unsigned short l2[] = {0}, r2[] = {1}, g2[] = {2};
    const gir_identity apart = {"t.x", "y", l2, r2, g2, 1, 1, 1};
    c[0] = num(1), c[1] = num(1), c[2] = num(7);
    EXPECT(gir_identity_eval(&apart, c, &l, &r) == GIR_ID_HOLDS && l == 1 && r == 1);
    c[2] = BLANK;
    EXPECT(gir_identity_eval(&apart, c, &l, &r) == GIR_ID_NOT_GIVEN);
}

static void
test_ranges(void)
{
    /* row_sum names cells 0, 1, 2 */
    EXPECT(gir_identity_within(&row_sum, 0, 3));
    EXPECT(gir_identity_within(&row_sum, 0, 7));
    EXPECT(!gir_identity_within(&row_sum, 0, 2));
    EXPECT(!gir_identity_within(&row_sum, 1, 7));
    EXPECT(gir_identity_touches(&row_sum, 2, 5));
    EXPECT(gir_identity_touches(&row_sum, 0, 1));
    EXPECT(!gir_identity_touches(&row_sum, 3, 5));
    EXPECT(!gir_identity_touches(&row_sum, 0, 0));
}

static int
key(const gir_template *t, const char *k)
{
    int i = gir_template_key_index(t, k);
    EXPECT(i >= 0);
    return i < 0 ? 0 : i;
}

/* The data as compiled, on the 2021 template: SPEC §6's meaning. */
static void
test_template(void)
{
    const gir_template *t = &gir_template_2021;
    const gir_identity *bal =
        gir_identity_find(t->identities, t->n_identities, "t3.balance", "total");
    EXPECT(bal != NULL);
    EXPECT(gir_identity_find(t->identities, t->n_identities, "t3.balance", "none") == NULL);
    if (!bal)
        return;
    EXPECT(bal->ngiven == 1 && bal->given[0] == key(t, "t3.total.total"));
    static gir_idv c[GIR_TEMPLATE_MAX_CELLS];
    for (size_t i = 0; i < GIR_TEMPLATE_MAX_CELLS; i++)
        c[i] = UNKNOWN;
    c[key(t, "t3.new.total")] = num(10);
    c[key(t, "t3.carried_over.total")] = num(1);
    c[key(t, "t3.total.total")] = num(10);
    c[key(t, "t3.carried_forward.total")] = num(1);
    long long l, r;
    EXPECT(gir_identity_eval(bal, c, &l, &r) == GIR_ID_HOLDS && l == 11 && r == 11);
    /* a blank 结转下年度 total is 0 in the 总计 column too */
    c[key(t, "t3.carried_forward.total")] = BLANK;
    EXPECT(gir_identity_eval(bal, c, &l, &r) == GIR_ID_BROKEN && l == 11 && r == 10);
    /* a blank (七)总计 total: not given */
    c[key(t, "t3.total.total")] = BLANK;
    EXPECT(gir_identity_eval(bal, c, &l, &r) == GIR_ID_NOT_GIVEN);
    /* a row's own identity lies within the row; the balance in none */
    const gir_identity *new_row =
        gir_identity_find(t->identities, t->n_identities, "t3.row_sum", "new");
    EXPECT(new_row && gir_identity_within(new_row, (size_t) key(t, "t3.new.natural"), 7));
    EXPECT(!gir_identity_within(bal, (size_t) key(t, "t3.new.natural"), 7));
    EXPECT(gir_identity_touches(bal, (size_t) key(t, "t3.new.natural"), 7));
    EXPECT(!gir_identity_touches(bal, (size_t) key(t, "t3.granted.natural"), 7));
}

static void
print_keys(const gir_template *t, const unsigned short *idx, size_t n)
{
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? " " : "", idx[i] < t->ncells ? t->cells[idx[i]].key : "?");
}

static void
dump(const gir_template *t)
{
    printf("rule\twhere\tleft\tright\tgiven\n");
    for (size_t i = 0; i < t->n_identities; i++) {
        const gir_identity *id = &t->identities[i];
        printf("%s\t%s\t", id->rule, id->where);
        print_keys(t, id->left, id->nleft);
        putchar('\t');
        print_keys(t, id->right, id->nright);
        putchar('\t');
        print_keys(t, id->given, id->ngiven);
        putchar('\n');
    }
}

static void
counts(void)
{
    for (size_t k = 0; k < GIR_N_TEMPLATES; k++) {
        const gir_template *t = gir_templates[k];
        for (size_t i = 0; i < t->n_identities; i++) {
            size_t n = 0, first = 1;
            for (size_t j = 0; j < t->n_identities; j++)
                if (strcmp(t->identities[j].rule, t->identities[i].rule) == 0) {
                    first &= j >= i;
                    n++;
                }
            if (first)
                printf("%s %s %zu\n", t->name, t->identities[i].rule, n);
        }
    }
}

int
main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "eval") == 0) {
        test_eval();
        test_ranges();
        test_template();
        if (failures)
            fprintf(stderr, "%d failure(s)\n", failures);
        return failures != 0;
    }
    if (argc == 3 && strcmp(argv[1], "dump") == 0 && gir_template_named(argv[2])) {
        dump(gir_template_named(argv[2]));
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "counts") == 0) {
        counts();
        return 0;
    }
    fprintf(stderr, "usage: identity-unit eval | dump NAME | counts\n");
    return 2;
}
