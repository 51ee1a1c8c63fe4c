#!/bin/sh
# The README's batch run prints what the README says it prints: the
# commands of its "A reviewer's batch run" block, run with bash in the
# source tree, give the lines shown under them.
. "$top_srcdir/tests/lib.sh"
command -v bash >/dev/null 2>&1 || { echo "no bash: skipped"; exit 77; }
# The indented block of the section, as "$ command" lines and output lines.
awk '/^## A reviewer.s batch run/ { on = 1; next } /^## / { on = 0 }
     on && /^    / { print substr($0, 5) }' "$top_srcdir/README.md" > "$tmp/block"
[ -s "$tmp/block" ] || fail "README: no batch-run block found"
assert_grep "README: pipefail" '^\$ set -o pipefail$' "$tmp/block"
# Run the commands in one bash (set -o pipefail carries on), and compare
# the output with the lines the README shows.
sed -n 's/^\$ //p' "$tmp/block" | sed 's/ *# .*$//' > "$tmp/script"
grep -v '^\$ ' "$tmp/block" > "$tmp/want"
(cd "$tmp" && ln -s "$top_srcdir/examples" examples && bash "$tmp/script") > "$tmp/got" 2> "$tmp/err"
assert_same_file "README batch run output" "$tmp/want" "$tmp/got"
# The only stderr is the last command's (gir-check --report says the
# issues too): the first stages have nothing to say about the examples.
assert_eq "README batch run: stderr is the issue list" "$(grep '^gir-check' "$tmp/want")" "$(cat "$tmp/err")"
finish
