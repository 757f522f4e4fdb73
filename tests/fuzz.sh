#!/bin/bash
# fuzz.sh: builds the libFuzzer harnesses of tests/fuzz (clang, ASan, UBSan)
# and runs each on a scratch copy of its committed corpus. A crash, a
# sanitizer report, a leak or a timeout fails it; the input that did it is
# kept under /tmp and named in the output.
# By default each harness runs a fixed number of inputs from a fixed seed
# (FUZZ_SEED, 1), about half a minute each here, so that the suite is
# reproducible: the same tree fails or passes the same way on every run. A
# campaign that looks for new bugs sets FUZZ_SECONDS (and FUZZ_SEED=0 for a
# random seed) instead; what it finds is fixed and its input added to the
# corpus. FUZZ_ONLY=NAME runs one harness (shell, rx, print, pcap).
set -u
cd "$(dirname "$0")/.."
: "${FUZZ_SEED:=1}"
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
# Inputs per harness in the reproducible mode: about 30 s each on 2 cores.
declare -A runs=([shell]=12000 [rx]=30000 [print]=1500000 [pcap]=100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for h in shell rx print pcap; do
	[ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$h" ] && continue
	mkdir -p "$work/$h/corpus"
	cp tests/fuzz/corpus/$h/* "$work/$h/corpus/"
	if [ -n "${FUZZ_SECONDS:-}" ]; then
		bound=(-max_total_time="$FUZZ_SECONDS")
		what="in ${FUZZ_SECONDS}s"
	else
		bound=(-runs="${runs[$h]}")
		what="from seed $FUZZ_SEED"
	fi
	(cd "$work/$h" && "$OLDPWD/$FUZZ_BUILD/fuzz_$h" "${bound[@]}" -seed="$FUZZ_SEED" -timeout=20 \
		-rss_limit_mb=4096 -print_final_stats=1 corpus > log 2>&1)
	st=$?
	execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$h/log" | grep -o '[0-9]*$')
	if [ "$st" = 0 ]; then
		echo "ok   fuzz_$h: ${execs:-?} runs $what"
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
