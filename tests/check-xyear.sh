#!/bin/sh
# xyear.carry: 结转下年度 of year N = 上年结转 of year N+1, same organ, in
# either order; the issue goes on the report that arrives second.
. "$top_srcdir/tests/lib.sh"
. "$fixtures/check/helpers.sh"
# 2022 carries forward natural 1 / total 1; 2023 says 2 / 2 came over.
setsource a-2022.txt < "$clean" > "$tmp/y2022"
setsource a-2023.txt < "$clean" | setmeta year 2023 \
    | setcell t3 carried_over natural 2 | setcell t3 carried_over total 2 \
    | setcell t3 carried_forward natural 2 | setcell t3 carried_forward total 2 > "$tmp/y2023"
cat "$tmp/y2022" "$tmp/y2023" | gir-check > "$tmp/out" 2> "$tmp/err"
assert_eq "warnings only" 0 $?
grep '^issue\|^end' "$tmp/out" > "$tmp/issues"
assert_same_file "N then N+1" "$expect/xyear-forward.issues" "$tmp/issues"
assert_same_file "stderr" "$expect/xyear-forward.stderr" "$tmp/err"
cat "$tmp/y2023" "$tmp/y2022" | gir-check -q > "$tmp/out"
grep '^issue\|^end' "$tmp/out" > "$tmp/issues"
assert_same_file "N+1 then N" "$expect/xyear-backward.issues" "$tmp/issues"
# Consistent carry: nothing.
setcell t3 carried_over natural 1 < "$tmp/y2023" | setcell t3 carried_over total 1 > "$tmp/ok2023"
cat "$tmp/ok2023" "$tmp/y2022" | gir-check -q | grep -c '^issue.*xyear' > "$tmp/n"
assert_eq "consistent years" 0 "$(cat "$tmp/n")"
# Another organ, or a year between missing: nothing.
setmeta organ 另一个局 < "$tmp/y2023" | cat "$tmp/y2022" - | gir-check -q | grep -c '^issue.*xyear' > "$tmp/n"
assert_eq "other organ" 0 "$(cat "$tmp/n")"
setmeta year 2024 < "$tmp/y2023" | cat "$tmp/y2022" - | gir-check -q | grep -c '^issue.*xyear' > "$tmp/n"
assert_eq "not consecutive" 0 "$(cat "$tmp/n")"
# --strict makes it an error.
cat "$tmp/y2022" "$tmp/y2023" | gir-check -q --strict > /dev/null
assert_eq "strict" 1 $?
finish
