#!/bin/sh
# Binary input is recognised by its content, whatever its name: every
# program refuses it with a message that says what it is and what to do,
# exits 2, and goes on with the next file.
. "$top_srcdir/tests/lib.sh"
r="$seeds/000_a83c7c2e212f796c.txt"
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' > "$tmp/pdf"
printf 'PK\003\004\024\000\006\000\010\000\000\000!\000[Content_Types].xml PK\003\004 word/document.xml' > "$tmp/docx"
printf 'PK\003\004\024\000\006\000\010\000\000\000!\000[Content_Types].xml PK\003\004 xl/workbook.xml' > "$tmp/xlsx"
printf 'PK\003\004\024\000\000\000\010\000 photos/a.txt' > "$tmp/zip"
printf '\320\317\021\340\241\261\032\341\000\000\000\000\000\000\000\000' > "$tmp/ole"
printf '\377\330\377\340\000\020JFIF\000\001\001\000\000\001' > "$tmp/jpeg"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > "$tmp/png"
printf 'GIF89a\001\000\001\000\200\000\000' > "$tmp/gif"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000' > "$tmp/elf"
printf 'x' | gzip -c > "$tmp/gz"
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", (i * 7) % 32 }' > "$tmp/controls"

check_kind() {   # FILE PATTERN: every program names FILE's kind
    for p in gir-split gir-table gir-check gir-csv; do
        $p "$tmp/$1" "$r" > "$tmp/out" 2> "$tmp/err"
        assert_eq "$p $1: exit 2" 2 $?
        assert_grep "$p $1: named" "^$p: $tmp/$1: error: (this is )?$2" "$tmp/err"
        assert_eq "$p $1: one message" 1 "$(wc -l < "$tmp/err" | tr -d ' ')"
        [ -s "$tmp/out" ] || fail "$p $1: the next file is not read"
    done
}
# PDF and Word files are read (binary.c): these are broken ones
check_kind pdf 'a truncated PDF'
check_kind docx 'a damaged or truncated Word document'
check_kind xlsx 'an Excel workbook.*soffice'
check_kind zip 'a zip archive, not a Word document'
check_kind ole 'a legacy Office or WPS file.*soffice --headless --convert-to docx'
check_kind jpeg 'an image, which has no text layer; run OCR'
check_kind png 'an image'
check_kind gif 'an image'
check_kind elf 'an executable program'
check_kind gz 'gzip-compressed data.*zcat'
check_kind controls 'binary data \(mostly control bytes\)'

# No row for a refused input, the next file's row after it.
gir-csv "$tmp/pdf" "$r" > "$tmp/out" 2> /dev/null
assert_eq "gir-csv: header and one row" 2 "$(wc -l < "$tmp/out" | tr -d ' ')"
# From standard input too.
gir-split < "$tmp/jpeg" > /dev/null 2> "$tmp/err"
assert_grep "stdin: named -" '^gir-split: -: error: an image' "$tmp/err"
# -q does not silence it: it is an error.
gir-split -q "$tmp/pdf" > /dev/null 2> "$tmp/err"
assert_eq "-q: still said" 1 "$(wc -l < "$tmp/err" | tr -d ' ')"
finish
