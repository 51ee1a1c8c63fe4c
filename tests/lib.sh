# tests/lib.sh - sourced by every test script (jo-style: tiny .sh tests).
# Provides: $fixtures, $seeds, a scratch $tmp, and small assertion helpers.
# Each failed assertion prints what differed; the test exits 1 at the end.
set -u
fixtures="$top_srcdir/tests/fixtures"
seeds="$fixtures/seeds"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gir-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
failures=0
# scripts/check-valgrind runs the programs GIR_SLOW times slower: time
# limits scale by it ($((N * slow))), and tests that measure memory or speed
# skip themselves (skip_when_slow).
slow=${GIR_SLOW:-1}
skip_when_slow() {
    [ "$slow" -gt 1 ] || return 0
    echo "programs run under a checker (GIR_SLOW=$slow): $* skipped"
    exit 77
}

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# assert_eq WHAT EXPECTED ACTUAL
assert_eq() {
    if [ "$2" != "$3" ]; then
        fail "$1: expected [$2], got [$3]"
    fi
}

# assert_same_file WHAT EXPECTED_FILE ACTUAL_FILE
assert_same_file() {
    if ! cmp -s "$2" "$3"; then
        fail "$1: files differ"
        diff -u "$2" "$3" | head -40 >&2
    fi
}

# assert_status WHAT EXPECTED_STATUS COMMAND...
assert_status() {
    what=$1 want=$2
    shift 2
    "$@" >/dev/null 2>&1
    got=$?
    [ "$got" = "$want" ] || fail "$what: exit status $got, expected $want"
}

# assert_grep WHAT PATTERN FILE: an extended regex must match a line
assert_grep() {
    grep -Eq -- "$2" "$3" || { fail "$1: no line matches /$2/ in $3"; head -20 "$3" >&2; }
}

# assert_no_grep WHAT PATTERN FILE
assert_no_grep() {
    ! grep -Eq -- "$2" "$3" || { fail "$1: unexpected /$2/ in $3"; grep -E -- "$2" "$3" | head -5 >&2; }
}

finish() {
    [ "$failures" -eq 0 ] && exit 0
    echo "$failures assertion(s) failed" >&2
    exit 1
}

# man_examples PAGE DIR: write the EXAMPLES of man page PAGE into DIR as
# N.cmd (the command after "$ " in an .EX/.EE block) and N.want (the lines
# after it, up to the next command or .EE), and DIR/count.  troff escapes
# \- \(aq \(dq \& \e are undone.
man_examples() {
    awk -v dir="$2" '
        function unroff(s) {
            gsub(/\\-/, "-", s); gsub(/\\\(aq/, "\047", s); gsub(/\\\(dq/, "\"", s)
            gsub(/\\&/, "", s); gsub(/\\e/, "\\", s); return s
        }
        /^\.SH/ { ex = ($0 ~ /^\.SH EXAMPLES/); next }
        ex && /^\.EX/ { in_ex = 1; next }
        ex && /^\.EE/ { in_ex = 0; next }
        in_ex && /^\$ / { n++; f = dir "/" n; print unroff(substr($0, 3)) > (f ".cmd"); printf "" > (f ".want"); next }
        in_ex && n { print unroff($0) >> (f ".want") }
        END { print n + 0 > (dir "/count") }' "$1"
}

# run_man_examples PAGE EXDIR [SKIP]: run the EXAMPLES of man page PAGE in
# order with sh in directory EXDIR and compare each command's standard
# output with the lines the page shows under it; "..." means only run.
# Every command must exit 0 or 1 (gir-check's "errors found").  Commands
# matching the case pattern SKIP are not run.  Sets examples_run.
run_man_examples() {
    page=$1 exdir=$2 skip=${3:-}
    mandir=$(mktemp -d "$tmp/man.XXXXXX")
    man_examples "$page" "$mandir"
    examples_run=0
    k=0
    while [ "$k" -lt "$(cat "$mandir/count")" ]; do
        k=$((k + 1))
        cmd=$(cat "$mandir/$k.cmd")
        if [ -n "$skip" ]; then
            case $cmd in $skip) continue ;; esac
        fi
        (cd "$exdir" && sh -c "$cmd") >"$mandir/$k.got" 2>"$mandir/$k.err"
        st=$?
        examples_run=$((examples_run + 1))
        [ "$st" -le 1 ] || { fail "$(basename "$page") example '$cmd': exit status $st"; head -5 "$mandir/$k.err" >&2; }
        [ "$(cat "$mandir/$k.want")" = "..." ] \
            || assert_same_file "$(basename "$page") example '$cmd'" "$mandir/$k.want" "$mandir/$k.got"
    done
}

# need_xlsx: skip the test (exit 77) unless gir-xlsx was built and a
# python3 with openpyxl is there to read its workbooks back; sets $py to
# that python3 (the first on PATH may be another installation).
need_xlsx() {
    command -v gir-xlsx >/dev/null 2>&1 || { echo "gir-xlsx not built (libxlsxwriter missing)"; exit 77; }
    py=
    for p in python3 /usr/bin/python3; do
        if "$p" -c 'import openpyxl' >/dev/null 2>&1; then py=$p; break; fi
    done
    [ -n "$py" ] || { echo "python3-openpyxl missing"; exit 77; }
}

# score_cells CELLS TRUTH: compare the cell records in file CELLS with the
# answers in TRUTH (table,row,col,value; numerically, 1.50 = 1.5; a blank
# answer wants a blank cell).  Prints "RIGHT TOTAL WRONG BLANK" and then
# one line per cell with a wrong number.
score_cells() {
    awk -F'\t' '
        function isnum(s) { return s ~ /^-?[0-9]+(\.[0-9]+)?$/ }
        function same(a, b) {
            if (a == b) return 1
            if (isnum(a) && isnum(b)) return a + 0 == b + 0
            return 0
        }
        FILENAME == ARGV[1] {
            if ($1 != "cell") next
            got[$2 "," $3 "," $4] = $5
            seen[$2 "," $3 "," $4] = 1
            next
        }
        FNR == 1 { next }
        {
            split($0, t, ",")
            k = t[1] "," t[2] "," t[3]; want = t[4]
            total++
            if (want == "") blank++
            g = (k in seen) ? got[k] : ""
            if (same(g, want)) right++
            else if (g != "") { wrong++; bad = bad sprintf("    %s: want [%s] got [%s]\n", k, want, g) }
        }
        END { printf "%d %d %d %d\n%s", right, total, wrong, blank, bad }
    ' "$1" "$2"
}

# score_dir DIR EXT: every DIR/NAME.EXT with DIR/NAME.truth.csv through
# gir-split | gir-table, scored with score_cells: one line per fixture
# "NAME RIGHT/TOTAL right, wrong N"; a wrong number or a right count
# below the minimum in DIR/EXPECTED (NAME MIN) fails.
score_dir() {
    n=0
    for truth in "$1"/*.truth.csv; do
        name=$(basename "$truth" .truth.csv)
        f="$1/$name.$2"
        if [ ! -f "$f" ]; then fail "$name: truth file without a fixture"; continue; fi
        n=$((n + 1))
        gir-split -q "$f" 2>"$tmp/err" | gir-table -q >"$tmp/out" 2>>"$tmp/err"
        score_cells "$tmp/out" "$truth" >"$tmp/res"
        read -r right total wrong blank <"$tmp/res"
        min=$(awk -v n="$name" '$1 == n { print $2; exit }' "$1/EXPECTED" 2>/dev/null)
        [ -n "$min" ] || min=0
        printf '%-20s %3d/%d right, wrong %d (blank answers %d, min %d)\n' \
            "$name" "$right" "$total" "$wrong" "$blank" "$min"
        if [ "$wrong" -gt 0 ]; then
            fail "$name: $wrong cell(s) with a wrong number"
            sed 1d "$tmp/res" | head -20 >&2
        fi
        [ "$right" -ge "$min" ] || fail "$name: $right right cells, fewer than the $min recorded in EXPECTED"
        [ -s "$tmp/err" ] && grep -q 'error' "$tmp/err" && { fail "$name: $(head -1 "$tmp/err")"; }
    done
    [ "$n" -gt 0 ] || fail "no fixtures in $1"
}
