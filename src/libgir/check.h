/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check.h - validation of a report's tables against the template's rules.
 *
 * gir_check_report() adds one issue (gir_report_add_issue) for every
 * violation it finds in a report (SPEC §6):
 *   t3.row_sum, t3.result_sum, t3.balance, t4.sum   error    arithmetic
 *   cell.invalid                                    error    not a count
 *   table.missing, section.missing, cell.missing    warning  structure
 *   xyear.carry                                     warning  across years
 *   text.t3_new, text.t4_review, text.t4_suit,
 *   text.t2_regulations, text.t2_normative_docs     warning  narrative
 * Values are compared exactly (integers, decimals as scaled integers).
 * The arithmetic rules are the template's identities (identity.h, data
 * from identities-*.tsv), with their one meaning: a blank cell counts as
 * 0, an identity is skipped when a cell it names as given is blank, and
 * when a cell it names is missing or invalid (reported on its own). */
#ifndef GIR_CHECK_H
#define GIR_CHECK_H

#include "report.h"

typedef struct gir_checker gir_checker;   /* remembers reports for cross-year rules */

/* STRICT: every issue has severity error. */
gir_checker *gir_checker_new(int strict);
/* Add the issue records of R; returns the number of error-severity issues
 * found (an issue already present in R's input, e.g. when gir-check runs
 * twice, is counted but not added again).  For xyear.carry the checker
 * keeps, per report seen, only its organ, year and two rows of t3. */
int gir_check_report(gir_checker *c, gir_report *r);
void gir_checker_free(gir_checker *c);

/* The cell of template T that issue IS points at, for a reviewer to look
 * at (an identity's total, the cell a cell.* rule names, the table cell a
 * narrative statement contradicts), or -1 when it names none (a missing
 * table or section, a carry-over between two reports).  IS may come from
 * an earlier gir-check of the stream: only its rule and where are used. */
int gir_check_issue_cell(const gir_template *t, const gir_issue *is);

#endif
