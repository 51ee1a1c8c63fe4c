#!/bin/sh
# soak-sample.sh - gir on the committed fixed-seed sample of the soak
# (tests/fixtures/soak/, written by tests/gen/make-soak-sample): three drawn
# reports (both templates, blanks and placeholders, one injected error),
# each rendered by every converter scripts/soak uses, so `make check` runs
# a small soak without any converter installed.
#
# For each rendering NAME-CONV.EXT it runs `gir-split | gir-table |
# gir-check` and compares the `cell` records with NAME.truth.csv (or the
# rendering's own NAME-CONV.truth.csv, html2text's)
# (numerically: 1.50 = 1.5; a blank answer wants a blank cell) and the
# error issues with NAME.expect.tsv (rule, where: the identities the page
# really breaks).  It prints `FILE right/total right, wrong W, false
# alarms F, missed M` and
#   - FAILs when a rendering has more wrong numbers or false alarms than
#     tests/fixtures/soak/EXPECTED allows (default 0; gir must never guess),
#   - FAILs when its right cells fall below the minimum recorded there.
# EXPECTED lines: FILE MIN_RIGHT [MAX_WRONG [MAX_FALSE_ALARMS]].  The
# maximums above 0 record wrong numbers gir gives today (see the soak
# report); they may only go down, the minimums only up.
# Needs only sh, awk, grep and the gir programs.
. "$top_srcdir/tests/lib.sh"
dir="$fixtures/soak"
expected="$dir/EXPECTED"

n=0
for f in "$dir"/r[0-9]*-*.*; do
    case $f in *.settings|*.truth.csv) continue ;; esac
    [ -f "$f" ] || continue
    file=$(basename "$f")
    stem=${file%.*}
    name=${stem%%-*}
    truth="$dir/$name.truth.csv"
    # a rendering that lost cells (html2text) has its own answers
    [ ! -f "$dir/$stem.truth.csv" ] || truth="$dir/$stem.truth.csv"
    if [ ! -f "$truth" ]; then fail "$file: no $name.truth.csv"; continue; fi
    n=$((n + 1))
    gir-split -q "$f" 2>"$tmp/err" | gir-table -q 2>>"$tmp/err" | gir-check -q >"$tmp/out" 2>>"$tmp/err"
    # shellcheck disable=SC2046
    set -- $(awk -v n="$stem" '$1 == n { print $2, $3, $4; exit }' "$expected" 2>/dev/null) 0 0 0
    min=$1 maxw=$2 maxf=$3
    # right total wrong falsealarms missed, then one line per problem
    awk -F'\t' -v name="$stem" '
        function isnum(s) { return s ~ /^-?[0-9]+(\.[0-9]+)?$/ }
        function same(a, b) {
            if (a == b) return 1
            if (isnum(a) && isnum(b)) return a + 0 == b + 0
            return 0
        }
        FILENAME == ARGV[1] {       # the gir stream
            if ($1 == "cell") { got[$2 "," $3 "," $4] = $5; seen[$2 "," $3 "," $4] = 1 }
            if ($1 == "issue" && $2 == "error") alarm[$3 "\t" $4] = 1
            next
        }
        FILENAME == ARGV[2] {       # NAME.truth.csv
            if (FNR == 1) next
            split($0, t, ",")
            k = t[1] "," t[2] "," t[3]; want = t[4]
            total++
            g = (k in seen) ? got[k] : ""
            if (same(g, want)) right++
            else if (g != "") { wrong++; bad = bad sprintf("    %s: want [%s] got [%s]\n", k, want, g) }
            next
        }
        FNR > 1 {                   # NAME.expect.tsv
            want_alarm[$1 "\t" $2] = 1
        }
        END {
            for (a in alarm) if (!(a in want_alarm)) { fa++; bad = bad "    false alarm " a "\n" }
            for (a in want_alarm) if (!(a in alarm)) missed++
            printf "%d %d %d %d %d\n%s", right, total, wrong, fa, missed, bad
        }
    ' "$tmp/out" "$truth" "$dir/$name.expect.tsv" >"$tmp/res"
    read -r right total wrong fa missed <"$tmp/res"
    printf '%-24s %3d/%d right, wrong %d, false alarms %d, missed %d (min %d)\n' \
        "$stem" "$right" "$total" "$wrong" "$fa" "$missed" "$min"
    if [ "$wrong" -gt "$maxw" ]; then
        fail "$stem: $wrong cell(s) with a wrong number (EXPECTED allows $maxw)"
        sed 1d "$tmp/res" | head -20 >&2
    fi
    if [ "$fa" -gt "$maxf" ]; then
        fail "$stem: $fa false alarm(s) (EXPECTED allows $maxf)"
        sed 1d "$tmp/res" | grep 'false alarm' | head -10 >&2
    fi
    if [ "$right" -lt "$min" ]; then
        fail "$stem: $right right cells, fewer than the $min recorded in EXPECTED"
    fi
done
[ "$n" -gt 0 ] || fail "no soak sample found in $dir"
finish
