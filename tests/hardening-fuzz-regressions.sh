#!/bin/sh
# Every input that once crashed a fuzz harness (tests/fuzz/regressions/*/),
# and every seed of the harnesses, goes through the programs that harness
# stands for without a crash: exit status <= 2, no sanitizer report, no
# hang.  Under the sanitizer build (scripts/test) the programs on PATH are
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
        b=$(od -An -tu1 -N1 "$f" | tr -d ' ')
        case $b in
        1|2|3|4|5|6)
            enc=$(echo "UTF-8 GB18030 GBK UTF-16LE UTF-16BE BIG5" | cut -d' ' -f"$b")
            tail -c +2 "$f" >"$tmp/rest"
            run "$what" "$tmp/rest" gir-split -p --encoding="$enc" ;;
        esac ;;
    split)
        run "$what" "$f" gir-split
        run "$what" "$f" gir-split -l ;;
    table)
        run "$what" "$f" gir-table
        run "$what" "$f" gir-check ;;
    html)
        run "$what" "$f" gir-split
        run "$what" "$f" gir-csv ;;
    csv)
        tail -c +2 "$f" >"$tmp/rest"
        # shellcheck disable=SC2046
        run "$what" "$tmp/rest" gir-csv $(csv_options "$f") ;;
    check)
        run "$what" "$f" gir-check
        run "$what" "$f" gir-check --report ;;
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
finish
