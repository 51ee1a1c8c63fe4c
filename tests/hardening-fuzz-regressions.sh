#!/bin/sh
# Every input that once crashed a fuzz harness (tests/fuzz/regressions/*/),
# and every seed of the harnesses, goes through the programs that harness
# stands for without a crash: exit status <= 2, no sanitizer report, no
# hang; and the output keeps the harness's invariants, as the programs
# show them (decode: valid UTF-8, no NUL, no CR; split: the stream round
# trip is lossless and the sections are in line order; table: every cell
# of the template, each a number or blank; csv and check: every record as
# wide as its header; html: line numbers from 1).  Under the sanitizer build (scripts/test) the programs on PATH are
# the ASan/UBSan ones, so this replays the findings there too.  An empty
# (or absent) regressions directory leaves only the seeds.
. "$top_srcdir/tests/lib.sh"
fuzz="$top_srcdir/tests/fuzz"
runs=0

# run WHAT INPUT PROG ARGS...: PROG ARGS... <INPUT must not crash
run() {
    what=$1 input=$2
    shift 2
    runs=$((runs + 1))
    timeout $((120 * slow)) "$@" <"$input" >/dev/null 2>"$tmp/err"
    st=$?
    if [ "$st" -gt 2 ]; then
        fail "$what: $* exits $st ($(grep -m1 -E 'ERROR|runtime error|Sanitizer' "$tmp/err"))"
    elif grep -qE 'Sanitizer|runtime error:' "$tmp/err"; then
        fail "$what: $* reports $(grep -m1 -E 'Sanitizer|runtime error:' "$tmp/err")"
    fi
}

# out WHAT INPUT PROG ARGS...: PROG ARGS... <INPUT into $tmp/out; 0 when it
# read the input (exit 0 or 1), so that its output is worth checking.
out() {
    what=$1 input=$2
    shift 2
    timeout $((120 * slow)) "$@" <"$input" >"$tmp/out" 2>/dev/null
    [ $? -le 1 ]
}

# utf8_text WHAT FILE: valid UTF-8, no NUL, no CR (decode.h's promise).
utf8_text() {
    iconv -f UTF-8 -t UTF-8 "$2" >/dev/null 2>&1 || fail "$1: output is not valid UTF-8"
    [ "$(tr -d '\000\r' <"$2" | wc -c)" -eq "$(wc -c <"$2")" ] || fail "$1: output holds NUL or CR"
}

# cells_complete WHAT FILE: every report of the stream FILE whose tables
# are read has one cell record per template cell, VALUE a number or blank.
cells_complete() {
    awk -F'\t' -v what="$1" '
        $1 == "report" { cells = 0; tmpl = "2021"; skip = 0 }
        $1 == "meta" && $2 == "template" { tmpl = $3 }
        $1 == "issue" && ($3 == "report.none" || $3 == "report.pre2019") { skip = 1 }
        $1 == "cell" { cells++; if ($5 !~ /^(-?[0-9]+(\.[0-9]+)?)?$/) { print what ": cell " $2 "." $3 "." $4 " value [" $5 "]"; bad = 1 } }
        $1 == "end" && !skip { want = tmpl == "2019" ? 198 : 200
                               if (cells != want) { print what ": " cells " cells, not " want; bad = 1 } }
        END { exit bad }' "$2" >&2 || fail "$1: cells incomplete"
}

# same_width WHAT FILE: every CSV record as wide as the first (the header).
same_width() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$2" <<'PY' || fail "$1: CSV records of different widths"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig', errors='replace')))
sys.exit(1 if rows and any(len(r) != len(rows[0]) for r in rows) else 0)
PY
    fi
}

# The options byte of fuzz-csv (see tests/fuzz/fuzz-csv.c) as gir-csv options.
csv_options() {
    b=$(od -An -tu1 -N1 "$1" | tr -d ' ')
    b=${b:-0}
    case $((b & 3)) in
        1) printf '%s ' --long ;;
        2) case $(((b >> 2) & 3)) in 1) printf '%s ' --grid=t3 ;; 2) printf '%s ' --grid=t4 ;; *) printf '%s ' --grid=t2 ;; esac ;;
        3) printf '%s ' --issues ;;
    esac
    [ $((b & 16)) -eq 0 ] || printf '%s ' --bom
    [ $((b & 32)) -eq 0 ] || printf '%s ' --crlf
    [ $((b & 64)) -eq 0 ] || printf '%s ' --labels=zh
    [ $((b & 128)) -eq 0 ] || printf '%s ' --no-header
}

# replay HARNESS FILE: FILE through the programs of HARNESS
replay() {
    h=$1 f=$2 what="$1 $(basename "$2")"
    case $h in
    stream)
        for p in gir-split gir-table gir-check gir-csv; do run "$what" "$f" $p; done ;;
    decode)
        run "$what" "$f" gir-split -p
        out "$what" "$f" gir-split -p && utf8_text "$what" "$tmp/out"
        b=$(od -An -tu1 -N1 "$f" | tr -d ' ')
        case $b in
        1|2|3|4|5|6)
            enc=$(echo "UTF-8 GB18030 GBK UTF-16LE UTF-16BE BIG5" | cut -d' ' -f"$b")
            tail -c +2 "$f" >"$tmp/rest"
            run "$what" "$tmp/rest" gir-split -p --encoding="$enc" ;;
        esac ;;
    split)
        run "$what" "$f" gir-split
        run "$what" "$f" gir-split -l
        if out "$what" "$f" gir-split -p; then
            mv "$tmp/out" "$tmp/plain"
            out "$what" "$f" gir-split && mv "$tmp/out" "$tmp/stream" \
                && out "$what" "$tmp/stream" gir-split -p \
                && { cmp -s "$tmp/plain" "$tmp/out" || fail "$what: the stream round trip changes the text"; }
        fi
        if out "$what" "$f" gir-split -l; then
            awk -F'\t' '$3 < last { exit 1 } { last = $3 }' "$tmp/out" \
                || fail "$what: sections out of line order"
        fi ;;
    table)
        run "$what" "$f" gir-table
        run "$what" "$f" gir-check
        out "$what" "$f" gir-table && cells_complete "$what" "$tmp/out" ;;
    html)
        run "$what" "$f" gir-split
        run "$what" "$f" gir-csv
        if out "$what" "$f" gir-split; then
            awk -F'\t' '$1 == "text" && $2 < 1 { exit 1 }' "$tmp/out" || fail "$what: a line numbered below 1"
            out "$what" "$f" gir-split -p && utf8_text "$what" "$tmp/out"
        fi ;;
    csv)
        tail -c +2 "$f" >"$tmp/rest"
        # shellcheck disable=SC2046
        run "$what" "$tmp/rest" gir-csv $(csv_options "$f")
        case " $(csv_options "$f") " in
        *" --grid="*) ;;     # a grid's blocks have widths of their own
        *) # shellcheck disable=SC2046
           out "$what" "$tmp/rest" gir-csv $(csv_options "$f") && same_width "$what" "$tmp/out" ;;
        esac ;;
    check)
        run "$what" "$f" gir-check
        run "$what" "$f" gir-check --report
        out "$what" "$f" gir-check --report && same_width "$what" "$tmp/out"
        if out "$what" "$f" gir-check; then
            awk -F'\t' '$1 == "issue" && NF != 8 { exit 1 }' "$tmp/out" || fail "$what: an issue record without its 7 fields"
        fi ;;
    pdf)
        # the harness puts a PDF header before input that has none
        if [ "$(head -c 5 "$f")" = "%PDF-" ]; then cp "$f" "$tmp/in.pdf"
        else { printf '%%PDF-1.7\n'; cat "$f"; } >"$tmp/in.pdf"; fi
        run "$what" "$tmp/in.pdf" gir-split ;;
    docx)
        # first byte odd: the rest is the file; even: word/document.xml
        b=$(od -An -tu1 -N1 "$f" | tr -d ' ')
        tail -c +2 "$f" >"$tmp/rest"
        if [ $((${b:-0} & 1)) -eq 1 ]; then
            run "$what" "$tmp/rest" gir-split
        elif command -v python3 >/dev/null 2>&1; then
            python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w") as z: z.write(sys.argv[1], "word/document.xml")' "$tmp/rest" "$tmp/in.docx"
            run "$what" "$tmp/in.docx" gir-split
        fi ;;
    *)
        fail "no programs known for harness '$h' ($f)" ;;
    esac
}

harnesses="stream decode split table html csv check pdf docx"
for h in $harnesses; do
    for f in "$fuzz/regressions/$h"/* "$fuzz/corpus/$h"/*; do
        [ -f "$f" ] && replay "$h" "$f"
    done
done
# Regression directories of harnesses this test does not know are a mistake.
for d in "$fuzz"/regressions/*/; do
    [ -d "$d" ] || continue
    case " $harnesses " in *" $(basename "$d") "*) ;; *) fail "unknown harness directory $d" ;; esac
done
# The seeds taken from the fixtures (tests/fuzz/seeds.list).
while read -r h glob; do
    case $h in ''|'#'*) continue ;; esac
    for f in "$top_srcdir/tests/fixtures"/$glob; do
        [ -f "$f" ] && replay "$h" "$f"
    done
done <"$fuzz/seeds.list"
[ "$runs" -gt 0 ] || fail "nothing replayed"
# The table harness is seeded with every layout fixture.
for f in "$top_srcdir"/tests/fixtures/layouts/*; do
    case $f in *.truth.csv|*/EXPECTED) continue ;; esac
    rel=layouts/${f##*/} seeded=
    while read -r h glob; do
        [ "$h" = table ] || continue
        # shellcheck disable=SC2254
        case $rel in $glob) seeded=1 ;; esac
    done <"$fuzz/seeds.list"
    [ -n "$seeded" ] || fail "layout fixture $rel does not seed the table harness"
done
finish
