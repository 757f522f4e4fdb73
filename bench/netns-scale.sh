#!/bin/bash
# netns-scale.sh: builds N namespaces, each holding one end of a veth pair whose
# other end stays in the root namespace, with both ends up and addressed.
# Reports wall time and peak memory for vethlab, and, as root, the same build on
# the real kernel for K namespaces (the same ip commands run by bash inside
# unshare, so one process per command, as a user's script would) for comparison.
# Usage: bench/netns-scale.sh [N=100000] [K=500]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
k=${2:-500}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gen() { # count
	local i
	for ((i = 0; i < $1; i++)); do
		local a=$((i / 250 % 250)) b=$((i % 250))
		echo "netns add ns$i"
		echo "link add v$i type veth peer name eth0 netns ns$i"
		echo "link set v$i up"
		echo "-n ns$i link set eth0 up"
		echo "-n ns$i addr add 10.$a.$b.2/30 dev eth0"
	done | sed 's/^/ip /'
}

gen "$n" > "$tmp/vl.sh"
echo "ip netns list > /dev/null" >> "$tmp/vl.sh"
/usr/bin/time -f "%e %M" -o "$tmp/vl.time" build/vethlab "$tmp/vl.sh" >/dev/null
read -r secs kb < "$tmp/vl.time"
awk -v n="$n" -v s="$secs" -v kb="$kb" 'BEGIN {
	printf "vethlab: %d namespaces in %.2f s (%.1f us each), peak RSS %.1f MB (%.2f KB each)\n",
	       n, s, s * 1e6 / n, kb / 1024, kb / n }'

if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
	gen "$k" > "$tmp/k.sh"
	start=$(date +%s.%N)
	unshare -n -m sh -c "mkdir -p /run/netns && mount -t tmpfs vethlab-bench /run/netns &&
		bash $tmp/k.sh"
	end=$(date +%s.%N)
	awk -v k="$k" -v s="$start" -v e="$end" 'BEGIN {
		printf "kernel:  %d namespaces in %.2f s (%.1f us each)\n", k, e - s, (e - s) * 1e6 / k }'
fi
