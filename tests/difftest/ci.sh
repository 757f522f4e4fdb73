#!/bin/bash
# ci.sh: the differential tester's part of the suite: a fixed set of generated
# scenarios, each of which matched the kernel when the set was chosen, run on
# the kernel and in vethlab again (needs root and unshare; skipped otherwise or
# when VETHLAB_NO_KERNEL is set). A seed that differs fails; one whose two kernel
# runs disagree with each other, or that timed out, is no result and is listed;
# one with no output on either side (nothing ran) fails.
# The seeds depend on gen.py: changing the generator means choosing them again
# (difftest.py run, then pick seeds that came out "same").
# Ends with "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../conformance/lib.sh"
: "${VETHLAB:=$here/../../build/vethlab}"
export VETHLAB
SEEDS=${DIFFTEST_SEEDS:-2400-2404,2406,2407,2409-2415,2418-2420,2422-2427,2429}
if [ -n "${VETHLAB_NO_KERNEL:-}" ] || ! kernel_available; then
	echo "difftest: skipped (needs root and unshare -n -m)"
	echo "difftest: 0 passed, 0 failed"
	exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$here/difftest.py" run "$SEEDS" -j "${DIFFTEST_JOBS:-6}" -o "$out" > "$out/log" 2>&1
st=$?
cat "$out/log"
summary=$(grep '^difftest: ' "$out/log" | tail -n 1)
if [ -z "$summary" ]; then
	echo "difftest: no summary (exit status $st)"
	echo "difftest: 0 passed, 1 failed"
	exit 1
fi
same=$(sed -n 's/.*[:,] \([0-9]*\) same.*/\1/p' <<<"$summary")
differs=$(sed -n 's/.*[:,] \([0-9]*\) differs.*/\1/p' <<<"$summary")
silent=$(sed -n 's/.*[:,] \([0-9]*\) no-output.*/\1/p' <<<"$summary")
failed=$(( ${differs:-0} + ${silent:-0} ))
echo "difftest: ${same:-0} passed, $failed failed"
[ "$failed" = 0 ]
