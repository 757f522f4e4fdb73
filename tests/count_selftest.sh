#!/bin/bash
# count_selftest.sh: the suite's own arithmetic cannot be fooled. Real programs
# that pass, fail, abort, die of a signal or print no summary are run and
# counted as tests/run.sh counts its runners; each must come out as expected.
# Ends with "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/count.sh"
ok=0 bad=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect LABEL PASSED FAILED COMMAND: runs COMMAND as a runner and checks the totals.
expect() {
	local label=$1 want_p=$2 want_f=$3 st
	shift 3
	passed=0 failed=0
	# The subshell keeps bash's own "Aborted" notices off the report.
	{ bash -c "$1" > "$tmp/out" 2>&1; } 2> /dev/null
	st=$?
	count "$label" "$tmp/out" "$st" > /dev/null
	if [ "$passed" = "$want_p" ] && [ "$failed" = "$want_f" ]; then
		ok=$((ok + 1))
	else
		echo "FAIL $label: counted $passed passed, $failed failed; expected $want_p, $want_f"
		bad=$((bad + 1))
	fi
}

expect clean 3 0 'echo "x: 3 passed, 0 failed"'
expect failures 2 1 'echo "x: 2 passed, 1 failed"; exit 1'
# A summary that claims success, then an abort (SIGABRT, status 134).
expect abort_after_summary 3 1 'echo "x: 3 passed, 0 failed"; kill -ABRT $$'
# A crash before any summary: the lines printed so far say nothing failed.
expect crash_before_summary 0 1 'echo ok; echo ok; kill -SEGV $$'
# A sanitizer halt: the report, then exit status 1, summary already printed.
expect sanitizer_halt 5 1 'echo "x: 5 passed, 0 failed"; echo "==1==ERROR: AddressSanitizer: heap-use-after-free" >&2; exit 1'
expect no_summary 0 1 'echo "all fine"'
expect empty 0 1 'true'
# Only the last summary line counts (a runner that re-runs prints several).
expect last_summary 4 0 'echo "x: 1 passed, 2 failed"; echo "x: 4 passed, 0 failed"'
# A real C program that aborts, as a unit test binary would.
if command -v cc > /dev/null; then
	printf '#include <stdio.h>\n#include <stdlib.h>\nint main(void){puts("ok a");fflush(stdout);abort();}\n' > "$tmp/t.c"
	cc -o "$tmp/t" "$tmp/t.c" && expect c_abort 0 1 "$tmp/t"
fi
echo "count_selftest: $ok passed, $bad failed"
[ "$bad" = 0 ]
