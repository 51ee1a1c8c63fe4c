#!/bin/sh
# gir-csv: the BOM and the line ends are exactly where they should be,
# checked with od (independently of the golden files).
. "$top_srcdir/tests/lib.sh"
in="$fixtures/csv/small.gir"     # two reports; report 2's organ holds a CRLF

bytes() { od -An -v -tx1 | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'; }

# --excel: BOM first, once, although there are two reports (and two headers
# would be wrong anyway).
gir-csv --excel "$in" > "$tmp/x"
assert_eq "BOM at the start" "ef bb bf 73" "$(head -c 4 "$tmp/x" | bytes)"
assert_eq "one BOM" 1 "$(grep -c "$(printf '\357\273\277')" "$tmp/x")"
# header + 2 rows = 3 records; the organ's own CRLF makes a 4th physical line.
assert_eq "CRLF line ends" 4 "$(grep -c "$(printf '\r')\$" "$tmp/x")"
assert_eq "no bare LF" "$(wc -l < "$tmp/x")" "$(grep -c "$(printf '\r')\$" "$tmp/x")"
# The last field is an empty 2019-only column (gir-csv(1), WIDE COLUMNS).
assert_eq "last bytes" "2c 0d 0a" "$(tail -c 3 "$tmp/x" | bytes)"

# Default: LF only, no BOM; the CRLF inside the quoted organ is kept as is.
gir-csv "$in" > "$tmp/d"
assert_eq "no BOM by default" "73 6f 75 72" "$(head -c 4 "$tmp/d" | bytes)"
assert_eq "one CR (the data's own)" 1 "$(tr -cd '\r' < "$tmp/d" | wc -c)"
assert_grep "CRLF kept inside quotes" "^\"b, \"\"quoted\"\".txt\",\"Line one$(printf '\r')\$" "$tmp/d"

# --crlf without --bom: no BOM.  --bom without --crlf: LF line ends.
gir-csv --long --crlf "$in" > "$tmp/c"
assert_eq "--crlf has no BOM" "73 6f 75 72" "$(head -c 4 "$tmp/c" | bytes)"
assert_eq "--crlf: every record CRLF" "$(wc -l < "$tmp/c")" "$(grep -c "$(printf '\r')\$" "$tmp/c")"
gir-csv --long --bom "$in" > "$tmp/b"
assert_eq "--bom alone" "ef bb bf 73" "$(head -c 4 "$tmp/b" | bytes)"
assert_eq "--bom alone: LF" 0 "$(tr -cd '\r' < "$tmp/b" | wc -c)"

# Empty input: the BOM and the header, nothing else.
gir-csv --excel < /dev/null > "$tmp/e"
printf '\357\273\277source,organ,year,template,' > "$tmp/e.want"
assert_eq "empty input starts with BOM + header" "$(bytes < "$tmp/e.want")" "$(head -c "$(wc -c < "$tmp/e.want")" "$tmp/e" | bytes)"
assert_eq "empty input: one record" 1 "$(wc -l < "$tmp/e")"
# --no-header: neither BOM nor header (the shard is appended to a file that has them).
gir-csv --excel --no-header "$in" > "$tmp/n"
assert_eq "--no-header: no BOM" "61 2e 74 78" "$(head -c 4 "$tmp/n" | bytes)"
cat "$tmp/e" "$tmp/n" > "$tmp/cat"
assert_same_file "header file + --no-header shard = one run" "$tmp/x" "$tmp/cat"
finish
