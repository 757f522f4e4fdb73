#!/bin/bash
# teardown.sh: what deleting every namespace of netns-scale.sh's world costs
# (`ip -all netns delete`, which takes each namespace's devices, addresses,
# routes, neighbours and timers with it), at a small and a big N, to show that
# teardown is linear: the CPU time of the build alone is taken from that of
# the build followed by the delete (medians of R runs each).
# Usage: bench/teardown.sh [BIG=100000] [SMALL=10000] [R=3]
# VETHLAB=path runs another build of vethlab (default build/vethlab).
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-100000}
small=${2:-10000}
runs=${3:-3}
vethlab=${VETHLAB:-build/vethlab}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. bench/hosts.sh

# Median CPU seconds (user + system) of R runs of a script.
cpu() {
	for ((r = 0; r < runs; r++)); do
		/usr/bin/time -f "%U %S" -o "$tmp/t" "$vethlab" "$1" >/dev/null
		awk '{ print $1 + $2 }' "$tmp/t"
	done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

for n in "$small" "$big"; do
	hosts "$n" > "$tmp/build.sh"
	{ cat "$tmp/build.sh"; echo "ip -all netns delete"; echo "ip link show"; } > "$tmp/del.sh"
	b=$(cpu "$tmp/build.sh")
	d=$(cpu "$tmp/del.sh")
	awk -v n="$n" -v b="$b" -v d="$d" 'BEGIN {
		printf "%d namespaces: build %.2f s CPU, build and delete %.2f s: delete %.2f s (%.1f us each)\n",
		       n, b, d, d - b, (d - b) * 1e6 / n }'
done
