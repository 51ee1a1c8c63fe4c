#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# soak-resume.sh - a soak run stopped before its end resumes (tests/gen/soak-render).
#
# Renders two drawn reports through the spreadsheet converters (python3
# only), then renders again into the same directory after damage a stopped
# run leaves: a rendering without its .settings (stopped while writing) and
# one missing.  Those two must be rendered again, the same as before; the
# one complete rendering must be kept as it is (marked here so that a
# rendering made again would show).
. "$top_srcdir/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "no python3: skipped"; exit 77; }
gen="$top_srcdir/tests/gen"
"$gen/drawreports" -s 7 -n 2 "$tmp/draw" >/dev/null || fail "drawreports failed"
"$gen/soak-render" 7 "$tmp/draw" "$tmp/out" csv r0001 r0002 || fail "first rendering failed"
"$gen/soak-render" 7 "$tmp/draw" "$tmp/out" tsv r0001 || fail "first tsv rendering failed"
cp "$tmp/out/r0002-csv.csv" "$tmp/first-r0002.csv"
cp "$tmp/out/r0001-tsv.txt" "$tmp/first-r0001.txt"
echo "kept" >>"$tmp/out/r0001-csv.csv"
rm "$tmp/out/r0002-csv.settings"        # stopped after the output, before its settings
rm "$tmp/out/r0001-tsv.txt"             # not rendered yet
"$gen/soak-render" 7 "$tmp/draw" "$tmp/out" csv r0001 r0002 || fail "resumed rendering failed"
"$gen/soak-render" 7 "$tmp/draw" "$tmp/out" tsv r0001 || fail "resumed tsv rendering failed"
assert_grep "the complete rendering kept" '^kept$' "$tmp/out/r0001-csv.csv"
[ -f "$tmp/out/r0002-csv.settings" ] || fail "the rendering without settings not rendered again"
assert_same_file "the rendering without settings made again" "$tmp/first-r0002.csv" "$tmp/out/r0002-csv.csv"
assert_same_file "the missing rendering made" "$tmp/first-r0001.txt" "$tmp/out/r0001-tsv.txt"

# html2text's rendering is complete only with its own answers
if command -v html2text >/dev/null 2>&1; then
    "$gen/soak-render" 7 "$tmp/draw" "$tmp/out" html2text r0002 || fail "html2text rendering failed"
    rm "$tmp/out/r0002-html2text.truth.csv"
    "$gen/soak-render" 7 "$tmp/draw" "$tmp/out" html2text r0002 || fail "resumed html2text failed"
    [ -f "$tmp/out/r0002-html2text.truth.csv" ] || fail "html2text's rendering without its answers not made again"
else
    echo "no html2text: its part skipped"
fi

# LibreOffice's batch renders only the reports missing an output
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    LO_KEEP="pdf pdffile" "$gen/soak-render" 7 "$tmp/draw" "$tmp/out" lo r0001 r0002 ||
        fail "LibreOffice rendering failed"
    cp "$tmp/out/r0001-pdf.txt" "$tmp/first-r0001-pdf.txt"
    rm "$tmp/out/r0001-pdf.txt"
    printf "\nkept\n" >>"$tmp/out/r0002-pdf.txt"    # pdftotext ends with a form feed
    LO_KEEP="pdf pdffile" "$gen/soak-render" 7 "$tmp/draw" "$tmp/out" lo r0001 r0002 ||
        fail "resumed LibreOffice rendering failed"
    assert_same_file "LibreOffice's missing output made again" "$tmp/first-r0001-pdf.txt" "$tmp/out/r0001-pdf.txt"
    assert_grep "LibreOffice's complete renderings kept" '^kept$' "$tmp/out/r0002-pdf.txt"
else
    echo "no soffice or pdftotext: LibreOffice's part skipped"
fi
finish
