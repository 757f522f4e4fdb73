#!/bin/bash
# kernel_repeat.sh [N] [NAME...]: runs the kernel side of every scenario (or the
# named ones) N times in a row (5 by default) and reports each run that does not
# print the stored output. Proves the stored outputs do not depend on the
# kernel's own nondeterminism. Needs root.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
kernel_available || { echo "kernel_repeat.sh: needs root and unshare -n -m" >&2; exit 1; }
n=${1:-5}
shift || true
if [ $# -gt 0 ]; then
	scens=()
	for a in "$@"; do scens+=("$here/scenarios/$a.sh"); done
else
	scens=("$here"/scenarios/*.sh)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0 timeouts=0
for ((round = 1; round <= n; round++)); do
	for s in "${scens[@]}"; do
		name=$(basename "$s" .sh)
		normalize < "$here/expected/$name.out" > "$tmp/exp"
		run_kernel "$s" > "$tmp/kern.raw"
		if [ $? = 124 ]; then
			echo "round $round: $name: TIMEOUT"
			timeouts=$((timeouts + 1))
			continue
		fi
		normalize < "$tmp/kern.raw" > "$tmp/kern"
		if ! diff -u "$tmp/exp" "$tmp/kern" > "$tmp/diff"; then
			echo "round $round: $name: DIFFERS"
			head -n 30 "$tmp/diff"
			bad=$((bad + 1))
		fi
	done
	echo "round $round done"
done
echo "kernel_repeat: $n rounds, $bad differences, $timeouts timeouts"
[ "$bad" = 0 ] && [ "$timeouts" = 0 ]
