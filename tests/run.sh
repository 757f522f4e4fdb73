#!/bin/bash
# run.sh: the whole test suite: unit tests and kernel conformance, first on a
# plain build, then again on an AddressSanitizer + UndefinedBehaviorSanitizer
# build (leak checking on). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0

count() { # reads a runner's output, adds up its closing "N passed, N failed" line
	local p f
	read -r p f < <(awk '/[0-9]+ passed, [0-9]+ failed/ {
		for (i = 2; i <= NF; i++) {
			if ($i == "passed,") p = $(i - 1)
			if ($i ~ /^failed/) f = $(i - 1)
		}
	} END { print p + 0, f + 0 }' "$1")
	passed=$((passed + p))
	failed=$((failed + f))
}

run_suite() { # build dir, cmake flags...
	local dir=$1; shift
	echo "== $dir"
	if ! { cmake -S . -B "$dir" -G Ninja "$@" >/dev/null && cmake --build "$dir" >/dev/null; }; then
		echo "build in $dir failed"
		failed=$((failed + 1))
		return
	fi
	local out
	out=$(mktemp)
	for t in "$dir"/test_*; do
		[ -x "$t" ] || continue
		"$t" >"$out" 2>&1 || true
		grep -v '^ok' "$out" | sed "s|^|$(basename "$t"): |"
		count "$out"
	done
	VETHLAB="$PWD/$dir/vethlab" tests/conformance/run.sh >"$out" 2>&1 || true
	grep -v '^ok' "$out"
	count "$out"
	for runner in examples tcpdump_verify printers fuzz_smoke; do
		VETHLAB="$PWD/$dir/vethlab" "tests/$runner.sh" >"$out" 2>&1 || true
		cat "$out"
		count "$out"
	done
	rm -f "$out"
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVETHLAB_SANITIZE=OFF
# The kernel side of the conformance suite was checked in the first pass.
VETHLAB_NO_KERNEL=1 run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DVETHLAB_SANITIZE=ON
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
