/* check.h - validation of a report's tables against the template's rules. */
#ifndef GIR_CHECK_H
#define GIR_CHECK_H

#include "report.h"

typedef struct gir_checker gir_checker;   /* remembers reports for cross-year rules */

gir_checker *gir_checker_new(int strict);
/* Add the issue records of R; returns the number of error-severity issues. */
int gir_check_report(gir_checker *c, gir_report *r);
void gir_checker_free(gir_checker *c);

#endif
