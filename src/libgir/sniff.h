/* sniff.h - what an input is, by its content, before it is decoded.
 *
 * Reports arrive as text, but a PDF, a Word file or a scanned image is
 * easily passed by mistake; decoded as GB18030 it would give tens of
 * thousands of replaced bytes and an empty row.  gir_sniff() names such
 * inputs from their first bytes, so that the reader can refuse them with
 * the way on.  Readers for PDF and .docx hook in here: a kind they read
 * is no longer refused. */
#ifndef GIR_SNIFF_H
#define GIR_SNIFF_H

#include <stddef.h>

typedef enum gir_input_kind {
    GIR_INPUT_TEXT,             /* text (or HTML) in some encoding: read it */
    GIR_INPUT_PDF,
    GIR_INPUT_DOCX,
    GIR_INPUT_XLSX,
    GIR_INPUT_ODF,
    GIR_INPUT_ZIP,              /* a zip archive that is no Office file */
    GIR_INPUT_OLE2,             /* legacy .doc, .xls, .wps */
    GIR_INPUT_JPEG,
    GIR_INPUT_PNG,
    GIR_INPUT_GIF,
    GIR_INPUT_ELF,
    GIR_INPUT_GZIP,
    GIR_INPUT_BINARY            /* mostly control bytes: no text at all */
} gir_input_kind;

/* The kind of the input P[0..LEN) (its first 64 KB are looked at). */
gir_input_kind gir_sniff(const char *p, size_t len);
/* "a PDF", "a JPEG image", ...: what to call it in a message. */
const char *gir_input_kind_name(gir_input_kind kind);
/* The way on for a user who passed it: the converter to use. */
const char *gir_input_kind_advice(gir_input_kind kind);

/* "UTF-16LE" or "UTF-16BE" when BUF[0..LEN) looks like UTF-16 text
 * without a byte order mark, else NULL. */
const char *gir_utf16_guess(const char *buf, size_t len);

#endif
