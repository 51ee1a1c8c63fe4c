#!/bin/sh
# The README's pandas recipe: with one report's year blank, the year
# column read with dtype Int64 stays integral (pandas alone makes it
# float), and blank cells are NA, never 0.
. "$top_srcdir/tests/lib.sh"
py=
for p in python3 /usr/bin/python3; do
    if "$p" -c 'import pandas' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "no pandas (scripts/setup installs python3-pandas): skipped"; exit 77; }
grep -q 'dtype={"year": "Int64"}' "$top_srcdir/README.md" || fail "README: no dtype for year"
r="$seeds/000_a83c7c2e212f796c.txt"
# The same report with no year anywhere: its title's and its period's year gone.
sed 's/2022年/年/g; s/2022 年/年/g' "$r" > "$tmp/noyear.txt"
gir-csv -q "$r" "$tmp/noyear.txt" > "$tmp/r.csv"
"$py" - "$tmp/r.csv" <<'PY' || fail "pandas reads the year as integers"
import sys
import pandas as pd
df = pd.read_csv(sys.argv[1], encoding="utf-8-sig", index_col="source",
                 dtype={"year": "Int64"})
assert str(df["year"].dtype) == "Int64", df["year"].dtype
assert df["year"].iloc[0] == 2022 and pd.isna(df["year"].iloc[1]), list(df["year"])
assert str(pd.read_csv(sys.argv[1])["year"].dtype) == "float64"   # why the dtype is needed
PY
finish
