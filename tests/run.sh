#!/bin/bash
# run.sh: the whole test suite: unit tests and kernel conformance, first on a
# plain build, then again on an AddressSanitizer + UndefinedBehaviorSanitizer
# build (leak checking on). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0

. tests/count.sh

runners=(count_selftest examples why_picture graph tcpdump_verify printers fuzz_smoke differences pwru interactive live save difftest/ci)

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
	local st
	for t in "$dir"/test_*; do
		[ -x "$t" ] || continue
		"$t" >"$out" 2>&1
		st=$?
		grep -v '^ok' "$out" | sed "s|^|$(basename "$t"): |"
		count "$(basename "$t")" "$out" "$st"
	done
	VETHLAB="$PWD/$dir/vethlab" tests/conformance/run.sh >"$out" 2>&1
	st=$?
	grep -v '^ok' "$out"
	count conformance "$out" "$st"
	for runner in "${runners[@]}"; do
		VETHLAB="$PWD/$dir/vethlab" "tests/$runner.sh" >"$out" 2>&1
		st=$?
		cat "$out"
		count "$runner" "$out" "$st"
	done
	rm -f "$out"
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVETHLAB_SANITIZE=OFF
# The kernel side of the conformance suite was checked in the first pass.
VETHLAB_NO_KERNEL=1 run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DVETHLAB_SANITIZE=ON
# The libFuzzer harnesses (their own clang, ASan and UBSan build), each for a bounded time.
echo "== build-fuzz"
out=$(mktemp)
tests/fuzz.sh >"$out" 2>&1
st=$?
cat "$out"
count libfuzzer "$out" "$st"
rm -f "$out"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
