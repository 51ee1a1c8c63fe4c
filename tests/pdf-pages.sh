#!/bin/sh
# A PDF of many pages is read one page at a time: 1500 pages of text give
# 1500 lines in the memory of a few pages (peak RSS well under 100 MB,
# where ASan does not own the memory), and a PDF over the limit of 10000
# pages is refused with exit status 2.  The PDFs are written here with awk
# (no xref table: poppler rebuilds it, as it does for many real files).
. "$top_srcdir/tests/lib.sh"
if gir-split "$fixtures/bad/text.pdf" 2>&1 >/dev/null | grep -q 'built without'; then
    echo "built without PDF support: skipped"; exit 77
fi
# pages N: a PDF of N pages, each "Page of text"
pages() {
    awk -v n="$1" 'BEGIN {
        printf "%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count %d /Kids [", n
        for (i = 0; i < n; i++) printf " %d 0 R", 5 + i
        printf " ] >>\nendobj\n3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
        printf "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 760 Td (Page of text) Tj ET\nendstream\nendobj\n"
        for (i = 0; i < n; i++)
            printf "%d 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>\nendobj\n", 5 + i
        printf "trailer\n<< /Root 1 0 R >>\n%%%%EOF\n" }'
}
n=1500
[ "${GIR_SANITIZED_BUILD:-0}" = 1 ] || [ "$slow" -gt 1 ] && n=300
pages "$n" >"$tmp/many.pdf"
if [ "${GIR_SANITIZED_BUILD:-0}" != 1 ] && [ "$slow" = 1 ] && command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f '%M' -o "$tmp/rss" gir-split -q -p "$tmp/many.pdf" >"$tmp/out" 2>"$tmp/err"
    st=$?
    rss=$(tail -1 "$tmp/rss")
    echo "$n pages: peak RSS $rss KB"
    [ "$rss" -lt 100000 ] || fail "$n pages: peak RSS $rss KB, not bounded by a page"
else
    timeout $((600 * slow)) gir-split -q -p "$tmp/many.pdf" >"$tmp/out" 2>"$tmp/err"
    st=$?
fi
assert_eq "$n pages: exit status" 0 "$st"
assert_eq "$n pages: one line each" "$n" "$(grep -c '^Page of text$' "$tmp/out")"

pages 10001 >"$tmp/toomany.pdf"
timeout $((120 * slow)) gir-split "$tmp/toomany.pdf" "$seeds/001_b40d9c03878ac230.txt" >"$tmp/out" 2>"$tmp/err"
assert_eq "10001 pages: exit status" 2 $?
assert_grep "10001 pages: refused" "a PDF of 10001 pages, more than the limit of 10000" "$tmp/err"
assert_grep "10001 pages: the next file is read" "^end	" "$tmp/out"
finish
