/* SPDX-License-Identifier: GPL-3.0-or-later */
/* binary.c - recognise non-text input by its first bytes (see binary.h). */
#include "config.h"
#include "binary.h"

#include <stdint.h>
#include <string.h>

#include "decode.h"
#include "diag.h"
#include "docx.h"
#include "pdf.h"

/* PDF readers accept the header anywhere in the first kilobyte (some
 * producers put junk or a mail header first). */
enum { PDF_HEADER_WINDOW = 1024 };

static int
starts(const char *data, size_t len, const char *magic, size_t n)
{
    return len >= n && memcmp(data, magic, n) == 0;
}

gir_binary_kind
gir_binary_sniff(const char *data, size_t len)
{
    size_t w = len < PDF_HEADER_WINDOW ? len : PDF_HEADER_WINDOW;
    if (w >= 5 && memmem(data, w, "%PDF-", 5))
        return GIR_BIN_PDF;
    if (starts(data, len, "PK\3\4", 4) || starts(data, len, "PK\5\6", 4))
        return GIR_BIN_ZIP;
    if (starts(data, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return GIR_BIN_OLE2;
    if (starts(data, len, "\x89PNG\r\n\x1A\n", 8) || starts(data, len, "\xFF\xD8\xFF", 3)
        || starts(data, len, "GIF87a", 6) || starts(data, len, "GIF89a", 6)
        || starts(data, len, "II*\0", 4) || starts(data, len, "MM\0*", 4))
        return GIR_BIN_IMAGE;
    if (starts(data, len, "\x7F" "ELF", 4) || starts(data, len, "MZ\x90\0", 4))
        return GIR_BIN_EXECUTABLE;
    if (starts(data, len, "\x1F\x8B", 2))
        return GIR_BIN_GZIP;
    /* A byte order mark says text, whatever follows; so does UTF-16
     * without one (its ASCII has zero bytes). */
    if (starts(data, len, "\xEF\xBB\xBF", 3) || starts(data, len, "\xFF\xFE", 2)
        || starts(data, len, "\xFE\xFF", 2) || gir_utf16_guess(data, len))
        return GIR_BIN_NONE;
    const unsigned char *u = (const unsigned char *) data;
    /* Control bytes that no text encoding gir reads produces (TAB, LF,
     * VT, FF, CR and ESC aside): a text has none or a few, from damage;
     * a binary file of any kind has them all through (random bytes: one
     * in ten).  Two in a hundred is binary; a short input is judged by
     * no such ratio (a line with a few NULs is damaged text). */
    size_t n = len < 64 * 1024 ? len : 64 * 1024, control = 0;
    for (size_t i = 0; i < n; i++) {
        /* Eight bytes at a time while none is below 0x20: text is mostly
         * such runs between its line ends. */
        while (i + 8 <= n) {
            uint64_t word;
            memcpy(&word, u + i, 8);
            if (((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) != 0)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        control += u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\v' && u[i] != '\f'
            && u[i] != '\r' && u[i] != 0x1B;
    }
    if (n >= 256 && control * 50 > n)
        return GIR_BIN_CONTROL;
    return GIR_BIN_NONE;
}

/* Which kind of zip: the names of its members are stored uncompressed, so
 * a look for them needs no zip library (the message must work in a build
 * without libzip too). */
static const char *
zip_kind(const char *data, size_t len)
{
    if (memmem(data, len, "word/document.xml", 17))
        return NULL;                        /* a Word document */
    if (memmem(data, len, "xl/workbook.xml", 15))
        return "an Excel workbook (.xlsx), not a Word document";
    if (memmem(data, len, "ppt/presentation.xml", 20))
        return "a PowerPoint file (.pptx), not a Word document";
    if (memmem(data, len, "application/vnd.oasis.opendocument", 34))
        return "an OpenDocument file (.odt/.ods), not a Word document";
    return "a zip archive, not a Word document";
}

int
gir_binary_lines(gir_binary_kind kind, const char *source, const char *data, size_t len,
                 gir_arena *a, gir_line **lines, size_t *nlines, const char **format)
{
    *lines = NULL;
    *nlines = 0;
    *format = NULL;
    const char *what;
    switch (kind) {
    case GIR_BIN_PDF:
        *format = GIR_FORMAT_PDF;
        return gir_pdf_lines(source, data, len, a, lines, nlines);
    case GIR_BIN_ZIP:
        what = zip_kind(data, len);
        if (!what) {
            *format = GIR_FORMAT_DOCX;
            return gir_docx_lines(source, data, len, a, lines, nlines);
        }
        gir_error_set("%s; if it is a report, convert it with "
                      "'soffice --headless --convert-to docx FILE' and read the .docx", what);
        return -1;
    case GIR_BIN_OLE2:
        gir_error_set("a legacy Office or WPS file (.doc, .wps, .xls), which gir cannot read; "
                      "convert it with 'soffice --headless --convert-to docx FILE' "
                      "and read the .docx");
        return -1;
    case GIR_BIN_IMAGE:
        gir_error_set("an image, which has no text layer; run OCR on it "
                      "(e.g. 'img2pdf IMAGE | ocrmypdf - out.pdf') and read the PDF");
        return -1;
    case GIR_BIN_EXECUTABLE:
        gir_error_set("an executable program, not a report");
        return -1;
    case GIR_BIN_GZIP:
        gir_error_set("this is gzip-compressed data, not a text report: "
                      "decompress it first (zcat FILE | gir-split -)");
        return -1;
    case GIR_BIN_CONTROL:
        gir_error_set("this is binary data (mostly control bytes), not a text report: "
                      "was the wrong file named?");
        return -1;
    case GIR_BIN_NONE:
        break;
    }
    gir_error_set("not a binary format");
    return -1;
}
