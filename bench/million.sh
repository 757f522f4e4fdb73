#!/bin/bash
# million.sh: the build of netns-scale.sh (N namespaces, a veth pair into each,
# an address, both ends up) at a small and a big N, vethlab only, to show how
# the time per host grows with N. The performance issue's goal: 1,000,000 hosts
# in at most 15 s and 4 GB, the time per host within 1.3x of that at 10,000.
# The kernel's figure for the same build is netns-scale.sh's.
# Usage: bench/million.sh [BIG=1000000] [SMALL=10000] [R=3]
# Needs about 10.5 KB of memory per host (10.5 GB for a million).
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-1000000}
small=${2:-10000}
runs=${3:-3}
small_line=$(bench/netns-scale.sh "$small" 0 "$runs")
big_line=$(bench/netns-scale.sh "$big" 0 "$runs")
echo "$small_line"
echo "$big_line"
per_host() { sed -n 's/.*(\([0-9.]*\) us each.*/\1/p' <<< "$1"; }
awk -v a="$(per_host "$small_line")" -v b="$(per_host "$big_line")" -v nb="$big" -v ns="$small" \
	'BEGIN { printf "time per host at %d hosts / at %d hosts: %.2fx\n", nb, ns, b / a }'
