#!/bin/bash
# run.sh: compares vethlab with the kernel-recorded output of every scenario.
# As root with unshare available it also re-runs the kernel and checks that the
# stored .out still matches it (set VETHLAB_NO_KERNEL=1 to skip that part).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
: "${VETHLAB:=$here/../../build/vethlab}"
export VETHLAB
pass=0 fail=0 timeouts=0
check_kernel=0
if [ -z "${VETHLAB_NO_KERNEL:-}" ] && kernel_available; then
	check_kernel=1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in "$here"/scenarios/${1:-*}.sh; do
	name=$(basename "$s" .sh)
	exp="$here/expected/$name.out"
	if [ ! -f "$exp" ]; then
		echo "FAIL $name: no expected output (run record.sh as root)"
		fail=$((fail + 1))
		continue
	fi
	normalize < "$exp" > "$tmp/exp"
	run_vethlab "$s" | normalize > "$tmp/got"
	if ! diff -u "$tmp/exp" "$tmp/got" > "$tmp/diff"; then
		echo "FAIL $name: vethlab differs from the kernel"
		head -n 40 "$tmp/diff"
		fail=$((fail + 1))
		continue
	fi
	if [ "$check_kernel" = 1 ]; then
		# The kernel's own timers jitter: a disagreement must repeat to count,
		# and a run that timed out is no result at all (it is retried).
		kernel_check "$s" "$tmp"
		case $? in
		1)
			echo "FAIL $name: the kernel no longer prints the stored output"
			head -n 40 "$tmp/diff"
			fail=$((fail + 1))
			continue ;;
		2)
			echo "TIMEOUT $name: the kernel run timed out $KERNEL_TRIES times; not checked"
			timeouts=$((timeouts + 1)) ;;
		esac
	fi
	echo "ok   $name"
	pass=$((pass + 1))
done
[ "$timeouts" -gt 0 ] && echo "conformance: $timeouts kernel re-checks timed out (reported, not failed)"
echo "conformance: $pass passed, $fail failed"
[ "$fail" = 0 ]
