/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table.h - rebuilding tables t2, t3 and t4 from a report's text. */
#ifndef GIR_TABLE_H
#define GIR_TABLE_H

#include "report.h"

/* Locate every cell of the report's template in its text and set it
 * (gir_report_set_cell): a number, blank, or not found (empty value,
 * line 0).  What cannot be placed with certainty is left empty and a
 * warning says where; a value is never guessed. */
void gir_table_build(gir_report *r);

#endif
