/* table.c - table reconstruction.  Not written yet: every cell is
 * reported as not found. */
#include "config.h"
#include "table.h"

void
gir_table_build(gir_report *r)
{
    for (size_t i = 0; i < r->tmpl->ncells; i++)
        gir_report_set_cell(r, i, "", 0);
}
