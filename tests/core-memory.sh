#!/bin/sh
# Memory is bounded by the largest report, never by the stream: a long
# stream of reports runs in the RSS of one.  scripts/check-memory does the
# measuring (default 500 MB); make check runs it at 64 MB to stay quick.
. "$top_srcdir/tests/lib.sh"
skip_when_slow "peak RSS"
[ "${GIR_SANITIZED_BUILD:-0}" = 1 ] && { echo "sanitizer build: RSS is ASan's, skipped"; exit 77; }
command -v /usr/bin/time >/dev/null || { echo "no /usr/bin/time: skipped"; exit 77; }
"$top_srcdir/scripts/check-memory" 64 || fail "peak RSS above the limit (see above)"
finish
