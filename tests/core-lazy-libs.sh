#!/bin/sh
# poppler-glib, libzip and libxml2 are loaded when the first PDF, .docx or
# HTML page is read, not at every start (configure finds their shared
# objects: GIR_POPPLER_SONAME, GIR_LIBZIP_SONAME, GIR_LIBXML2_SONAME): a
# run on a text report maps none; a PDF, a .docx and a page are read as
# before; and where a library cannot be loaded, each such file gets a
# message saying so and the way on, exit status 2, and the next file is
# still read.
. "$top_srcdir/tests/lib.sh"
skip_when_slow "loader traces"
r="$seeds/001_b40d9c03878ac230.txt"
tested=0

# lazy MACRO FILE WHAT: the library of MACRO is loaded for FILE only
lazy() {
    soname=$(sed -n "s/^#define $1 \"\\(.*\\)\"\$/\\1/p" "$top_builddir/config.h")
    if [ -z "$soname" ]; then
        echo "$1: linked in this build, or absent: not tested"; return
    fi
    tested=$((tested + 1))
    for p in gir-split gir-table gir-check gir-csv; do
        LD_DEBUG=libs $p -q "$r" >/dev/null 2>"$tmp/trace"
        assert_no_grep "$p on a text report does not load $soname" "$soname" "$tmp/trace"
    done
    LD_DEBUG=libs gir-split -q "$2" >"$tmp/out" 2>"$tmp/trace"
    assert_grep "$3 loads $soname" "library=$soname" "$tmp/trace"
    assert_eq "$3: its six sections are read" 6 "$(grep -c '^section	' "$tmp/out")"

    # A library that cannot be loaded: an empty file of its name first on the path.
    rm -rf "$tmp/lib" && mkdir "$tmp/lib" && : >"$tmp/lib/$soname"
    LD_LIBRARY_PATH="$tmp/lib" gir-split "$2" "$r" >"$tmp/out" 2>"$tmp/err"
    assert_eq "$3, unloadable: exit status" 2 $?
    assert_grep "$3, unloadable: message" \
        "^gir-split: $2: error: $3, and its reader could not be loaded .cannot load $soname .*read the .txt" "$tmp/err"
    assert_grep "$3, unloadable: the next file is read" "^end	$r\$" "$tmp/out"
    LD_LIBRARY_PATH="$tmp/lib" gir-split "$2" "$2" >/dev/null 2>"$tmp/err"
    assert_eq "$3, unloadable: every file gets the message" 2 \
        "$(grep -c 'its reader could not be loaded' "$tmp/err")"
}
lazy GIR_POPPLER_SONAME "$fixtures/pdf/001-a4.pdf" "a PDF"
lazy GIR_LIBZIP_SONAME "$fixtures/docx/001-seed.docx" "a Word document"
lazy GIR_LIBXML2_SONAME "$fixtures/layouts/000.html" "an HTML page"
[ "$tested" -gt 0 ] || { echo "no library is loaded lazily in this build: skipped"; exit 77; }
finish
