/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xmlload.c - libxml2 loaded at the first HTML page or .docx (xmlload.h). */
#include "config.h"
#include "xmlload.h"

#include "diag.h"

#ifdef GIR_LIBXML2_SONAME
gir_xml_table gir_xml_api;
static const char *const gir_xml_api_names[] = {GIR_XML_API(GIR_DL_NAME)};
_Static_assert(sizeof gir_xml_api.fn == sizeof gir_xml_api.sym, "one pointer a function");

int
gir_xml_bind(const char *what)
{
    static gir_dl_lib lib = {GIR_LIBXML2_SONAME, 0, ""};
    if (GIR_DL_BIND(&lib, gir_xml_api) == 0)
        return 0;
    gir_error_set("%s, and its reader could not be loaded (%s); install libxml2 "
                  "(Debian: libxml2), or convert it to text and read the .txt", what, lib.why);
    return -1;
}
#else
int
gir_xml_bind(const char *what)
{
    (void) what;
    return 0;
}
#endif
