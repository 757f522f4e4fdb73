#!/bin/bash
# fuzz.sh: builds the libFuzzer harnesses of tests/fuzz (clang, ASan, UBSan)
# and runs each for FUZZ_SECONDS (30 by default) on a scratch copy of its
# committed corpus. A crash, a sanitizer report, a leak or a timeout fails it;
# the input that did it is kept under /tmp and named in the output.
# FUZZ_ONLY=NAME runs one harness (shell, rx, print, pcap).
set -u
cd "$(dirname "$0")/.."
: "${FUZZ_SECONDS:=30}"
: "${FUZZ_BUILD:=build-fuzz}"
pass=0 fail=0
if ! command -v clang >/dev/null; then
	echo "FAIL fuzz: clang is missing (bootstrap.sh installs it)"
	echo "libfuzzer: 0 passed, 1 failed"
	exit 1
fi
if ! { CC=clang cmake -S . -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVETHLAB_FUZZ=ON >/dev/null &&
       cmake --build "$FUZZ_BUILD" >/dev/null; }; then
	echo "FAIL fuzz: the harnesses do not build"
	echo "libfuzzer: 0 passed, 1 failed"
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for h in shell rx print pcap; do
	[ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$h" ] && continue
	mkdir -p "$work/$h/corpus"
	cp tests/fuzz/corpus/$h/* "$work/$h/corpus/"
	(cd "$work/$h" && "$OLDPWD/$FUZZ_BUILD/fuzz_$h" -max_total_time="$FUZZ_SECONDS" -timeout=20 \
		-rss_limit_mb=4096 -print_final_stats=1 corpus > log 2>&1)
	st=$?
	execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$h/log" | grep -o '[0-9]*$')
	if [ "$st" = 0 ]; then
		echo "ok   fuzz_$h: ${execs:-?} runs in ${FUZZ_SECONDS}s"
		pass=$((pass + 1))
	else
		keep=$(mktemp -d /tmp/vethlab-fuzz-XXXXXX)
		cp "$work/$h/log" "$work/$h"/crash-* "$work/$h"/timeout-* "$work/$h"/leak-* "$keep/" 2>/dev/null
		echo "FAIL fuzz_$h (status $st); input and log kept in $keep"
		grep -m 1 -A 12 -E "ERROR|runtime error|timeout" "$work/$h/log"
		fail=$((fail + 1))
	fi
done
echo "libfuzzer: $pass passed, $fail failed"
[ "$fail" = 0 ]
