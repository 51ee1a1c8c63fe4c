#!/bin/sh
# The EXAMPLES of every man page run, each page in its own fresh copy of
# examples/ (so files one page's examples write cannot change another
# page's output), and print what the page shows; see run_man_examples in
# tests/lib.sh for the format.
. "$top_srcdir/tests/lib.sh"
# A build without PDF or .docx support skips the examples that read them
# (one case pattern: run_man_examples takes one).
skip=
pdf=$(gir-split "$top_srcdir/examples/xisaishan-2022.pdf" 2>&1 >/dev/null | grep -c 'built without')
docx=$(gir-split "$top_srcdir/examples/xisaishan-2022.docx" 2>&1 >/dev/null | grep -c 'built without')
case $pdf$docx in
    10) skip='*.pdf*' ;;
    01) skip='*.docx*' ;;
    11) skip='*xisaishan-2022.[pd][do][fc]*' ;;
esac
n=0
for page in "$top_srcdir"/man/*.[15]; do
    # gir-xlsx is optional at build time (libxlsxwriter).
    case $page in */gir-xlsx.1) command -v gir-xlsx >/dev/null 2>&1 || continue ;; esac
    ex="$tmp/ex-$(basename "$page")"
    cp -R "$top_srcdir/examples" "$ex" && chmod -R u+w "$ex"
    run_man_examples "$page" "$ex" "$skip"
    n=$((n + examples_run))
done
[ "$n" -gt 0 ] || fail "no examples found in man/"
echo "$n man page examples run"
finish
