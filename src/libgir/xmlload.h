/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xmlload.h - libxml2 for html.c and docx.c, loaded at the first HTML page
 * or .docx (dl.h).  Include it after libxml2's own headers: the names of
 * the functions below then stand for pointers to them. */
#ifndef GIR_XMLLOAD_H
#define GIR_XMLLOAD_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "dl.h"

/* Bind libxml2, once; 0, or -1 with gir_error_set saying that WHAT (an
 * HTML page, a Word document) cannot be read and how to go on. */
int gir_xml_bind(const char *what);

#ifdef GIR_LIBXML2_SONAME
#define GIR_XML_API(X) \
    X(htmlCtxtReadMemory) \
    X(htmlFreeParserCtxt) \
    X(htmlNewParserCtxt) \
    X(xmlDocGetRootElement) \
    X(xmlFreeDoc) \
    X(xmlGetLineNo) \
    X(xmlInitParser) \
    X(xmlReadMemory) \
    X(xmlSetGenericErrorFunc) \
    X(xmlSetStructuredErrorFunc)

typedef GIR_DL_UNION(GIR_XML_API) gir_xml_table;
extern gir_xml_table gir_xml_api;

#define htmlCtxtReadMemory (gir_xml_api.fn.htmlCtxtReadMemory)
#define htmlFreeParserCtxt (gir_xml_api.fn.htmlFreeParserCtxt)
#define htmlNewParserCtxt (gir_xml_api.fn.htmlNewParserCtxt)
#define xmlDocGetRootElement (gir_xml_api.fn.xmlDocGetRootElement)
#define xmlFreeDoc (gir_xml_api.fn.xmlFreeDoc)
#define xmlGetLineNo (gir_xml_api.fn.xmlGetLineNo)
#define xmlInitParser (gir_xml_api.fn.xmlInitParser)
#define xmlReadMemory (gir_xml_api.fn.xmlReadMemory)
#define xmlSetGenericErrorFunc (gir_xml_api.fn.xmlSetGenericErrorFunc)
#define xmlSetStructuredErrorFunc (gir_xml_api.fn.xmlSetStructuredErrorFunc)
#endif

#endif
