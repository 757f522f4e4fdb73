#!/bin/bash
# record.sh: writes expected/NAME.out for each scenario from the real kernel.
# Run as root: tests/conformance/record.sh [scenarios/NAME.sh ...]
# A run that times out is never stored: it is retried, and after KERNEL_TRIES
# timeouts the scenario is reported and its old expected output kept.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
kernel_available || { echo "record.sh: needs root and unshare -n -m" >&2; exit 1; }
[ $# -gt 0 ] || set -- "$here"/scenarios/*.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
st=0
for s in "$@"; do
	name=$(basename "$s" .sh)
	recorded=0
	for ((try = 1; try <= KERNEL_TRIES; try++)); do
		if run_kernel "$s" > "$tmp/out"; then
			cp "$tmp/out" "$here/expected/$name.out"
			recorded=1
			break
		fi
		echo "record.sh: $name: the kernel run timed out (try $try)" >&2
	done
	if [ "$recorded" = 1 ]; then
		echo "recorded $name"
	else
		echo "NOT recorded $name: every kernel run timed out" >&2
		st=1
	fi
done
exit "$st"
