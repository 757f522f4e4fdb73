#!/bin/bash
# count.sh: how tests/run.sh adds up a runner's result; sourced by run.sh and by
# count_selftest.sh, which proves that a crashing runner cannot pass.
#
# count NAME OUTPUT STATUS: adds the runner's closing "N passed, N failed" line
# to $passed and $failed. A runner that exits non-zero (an abort, a sanitizer
# halt, a crash) or prints no summary line counts as a failure even if the
# lines it did print say 0 failed.
count() {
	local name=$1 out=$2 st=$3 p f
	read -r p f < <(awk '/[0-9]+ passed, [0-9]+ failed/ {
		seen = 1
		for (i = 2; i <= NF; i++) {
			if ($i == "passed,") p = $(i - 1)
			if ($i ~ /^failed/) f = $(i - 1)
		}
	} END { print (seen ? p + 0 : -1), f + 0 }' "$out")
	if [ "$p" -lt 0 ]; then
		echo "FAIL $name: no summary line (exit status $st)"
		failed=$((failed + 1))
		return
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$st" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "FAIL $name: exit status $st"
		failed=$((failed + 1))
	fi
}
