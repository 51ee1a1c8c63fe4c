/* sniff.c - what a non-text input is, by its content (see sniff.h). */
#include "config.h"
#include "sniff.h"

#include <stdint.h>
#include <string.h>

static int
starts(const char *p, size_t len, const char *magic, size_t n)
{
    return len >= n && memcmp(p, magic, n) == 0;
}

/* Does P[0..LEN) hold NEEDLE (a short ASCII string)? */
static int
holds(const char *p, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    return n <= len && memmem(p, len, needle, n) != NULL;
}

/* A zip archive: the name of its first member tells Word from Excel
 * from OpenDocument from anything else (Office writes [Content_Types].xml
 * first, then the parts; the names are stored in clear). */
static gir_input_kind
zip_kind(const char *p, size_t len)
{
    size_t head = len < 64 * 1024 ? len : 64 * 1024;
    if (holds(p, head, "word/"))
        return GIR_INPUT_DOCX;
    if (holds(p, head, "xl/"))
        return GIR_INPUT_XLSX;
    if (holds(p, head, "mimetypeapplication/vnd.oasis.opendocument"))
        return GIR_INPUT_ODF;
    return GIR_INPUT_ZIP;
}

const char *
gir_utf16_guess(const char *buf, size_t len)
{
    const unsigned char *u = (const unsigned char *) buf;
    size_t n = len < 64 * 1024 ? len : 64 * 1024;
    n &= ~(size_t) 1;
    /* Its ASCII, line ends included, has a zero byte: text without one is
     * not UTF-16, and memchr says so fast (this runs on every input). */
    if (n < 8 || !memchr(buf, '\0', n))
        return NULL;
    /* Text in UTF-16 has its high bytes in few places: 0 for ASCII, 0x30
     * and 0xFF for CJK and full-width punctuation, 0x4E-0x9F for the
     * ideographs.  Try both byte orders; the high byte is the odd one in
     * little-endian. */
    for (int order = 0; order < 2; order++) {
        size_t fit = 0, ascii = 0;
        for (size_t i = 0; i < n; i += 2) {
            unsigned hi = u[i + (order == 0)], lo = u[i + (order != 0)];
            if (hi == 0 && lo != 0)
                ascii++;
            if ((hi == 0 && lo != 0) || hi == 0x20 || hi == 0x30 || hi == 0xFF
                || (hi >= 0x4E && hi <= 0x9F))
                fit++;
        }
        size_t units = n / 2;
        /* Nearly every unit fits, and some are ASCII (line ends at least). */
        if (fit * 100 >= units * 95 && ascii > 0)
            return order == 0 ? "UTF-16LE" : "UTF-16BE";
    }
    return NULL;
}

gir_input_kind
gir_sniff(const char *p, size_t len)
{
    const unsigned char *u = (const unsigned char *) p;
    if (starts(p, len, "%PDF-", 5))
        return GIR_INPUT_PDF;
    if (starts(p, len, "PK\3\4", 4))
        return zip_kind(p, len);
    if (starts(p, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return GIR_INPUT_OLE2;
    if (starts(p, len, "\xFF\xD8\xFF", 3))
        return GIR_INPUT_JPEG;
    if (starts(p, len, "\x89PNG\r\n\x1A\n", 8))
        return GIR_INPUT_PNG;
    if (starts(p, len, "GIF87a", 6) || starts(p, len, "GIF89a", 6))
        return GIR_INPUT_GIF;
    if (starts(p, len, "\x7F" "ELF", 4))
        return GIR_INPUT_ELF;
    if (starts(p, len, "\x1F\x8B", 2))
        return GIR_INPUT_GZIP;
    /* A byte order mark says text, whatever follows. */
    if (starts(p, len, "\xEF\xBB\xBF", 3) || starts(p, len, "\xFF\xFE", 2)
        || starts(p, len, "\xFE\xFF", 2))
        return GIR_INPUT_TEXT;
    if (gir_utf16_guess(p, len))
        return GIR_INPUT_TEXT;
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
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) != 0)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        control += u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\v' && u[i] != '\f'
            && u[i] != '\r' && u[i] != 0x1B;
    }
    if (n >= 256 && control * 50 > n)
        return GIR_INPUT_BINARY;
    return GIR_INPUT_TEXT;
}

const char *
gir_input_kind_name(gir_input_kind kind)
{
    switch (kind) {
    case GIR_INPUT_TEXT: return "text";
    case GIR_INPUT_PDF: return "a PDF";
    case GIR_INPUT_DOCX: return "a Word document (.docx)";
    case GIR_INPUT_XLSX: return "an Excel workbook (.xlsx)";
    case GIR_INPUT_ODF: return "an OpenDocument file (.odt, .ods)";
    case GIR_INPUT_ZIP: return "a zip archive";
    case GIR_INPUT_OLE2: return "a legacy Office file (.doc, .xls or .wps)";
    case GIR_INPUT_JPEG: return "a JPEG image";
    case GIR_INPUT_PNG: return "a PNG image";
    case GIR_INPUT_GIF: return "a GIF image";
    case GIR_INPUT_ELF: return "an executable (ELF)";
    case GIR_INPUT_GZIP: return "gzip-compressed data";
    case GIR_INPUT_BINARY: return "binary data (mostly control bytes)";
    }
    return "binary data";
}

const char *
gir_input_kind_advice(gir_input_kind kind)
{
    switch (kind) {
    case GIR_INPUT_TEXT:
        return "";
    case GIR_INPUT_PDF:
        return "convert it with 'pdftotext -layout FILE FILE.txt' and give the text";
    case GIR_INPUT_DOCX:
    case GIR_INPUT_ODF:
    case GIR_INPUT_OLE2:
        return "convert it with 'soffice --headless --convert-to txt:Text FILE' "
               "and give the text";
    case GIR_INPUT_XLSX:
        return "save its sheets as CSV ('soffice --headless --convert-to csv FILE') "
               "and give those";
    case GIR_INPUT_ZIP:
        return "unpack it and give the reports inside";
    case GIR_INPUT_JPEG:
    case GIR_INPUT_PNG:
    case GIR_INPUT_GIF:
        return "a scanned report needs OCR (e.g. tesseract FILE out -l chi_sim) first";
    case GIR_INPUT_GZIP:
        return "decompress it first (zcat FILE | gir-split -)";
    case GIR_INPUT_ELF:
    case GIR_INPUT_BINARY:
        return "was the wrong file named?";
    }
    return "";
}
