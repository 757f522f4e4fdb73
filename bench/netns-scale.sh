#!/bin/bash
# netns-scale.sh: builds N namespaces, each holding one end of a veth pair whose
# other end stays in the root namespace, with both ends up and addressed.
# Reports the median wall time and peak memory of R runs for vethlab, and, as
# root, the same build on the real kernel for K namespaces (the same ip
# commands run by bash inside unshare, so one process per command, as a user's
# script would) for comparison; K=0 skips the kernel.
# Usage: bench/netns-scale.sh [N=100000] [K=500] [R=3]
# VETHLAB=path runs another build of vethlab (default build/vethlab).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
k=${2:-500}
runs=${3:-3}
vethlab=${VETHLAB:-build/vethlab}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

. bench/hosts.sh

hosts "$n" > "$tmp/vl.sh"
echo "ip netns list > /dev/null" >> "$tmp/vl.sh"
for ((r = 0; r < runs; r++)); do
	/usr/bin/time -f "%e %U %S %M" -o "$tmp/vl.time" "$vethlab" "$tmp/vl.sh" >/dev/null
	cat "$tmp/vl.time" >> "$tmp/vl.times"
done
# Medians, each on its own: wall time, CPU time (user + system, less disturbed
# by other load on the machine), user time (the system part is mostly the
# kernel zeroing the fresh pages, and compacting memory for huge pages when it
# has none free: it varies with the machine's state) and peak RSS.
awk -v n="$n" -v r="$runs" '
	function median(v, k,   i, j, t) {
		for (i = 2; i <= k; i++)
			for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
		return v[int((k + 1) / 2)]
	}
	{ wall[NR] = $1; cpu[NR] = $2 + $3; user[NR] = $2; kb[NR] = $4 }
	END {
		w = median(wall, NR); c = median(cpu, NR); u = median(user, NR); m = median(kb, NR)
		printf "vethlab: %d namespaces in %.2f s wall, %.2f s CPU (%.1f us each; %.2f s of it in user space), peak RSS %.1f MB (%.2f KB each); medians of %d runs\n",
		       n, w, c, c * 1e6 / n, u, m / 1024, m / n, r }' "$tmp/vl.times"

if [ "$k" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
	hosts "$k" > "$tmp/k.sh"
	start=$(date +%s.%N)
	unshare -n -m sh -c "mkdir -p /run/netns && mount -t tmpfs vethlab-bench /run/netns &&
		bash $tmp/k.sh"
	end=$(date +%s.%N)
	awk -v k="$k" -v s="$start" -v e="$end" 'BEGIN {
		printf "kernel:  %d namespaces in %.2f s (%.1f us each)\n", k, e - s, (e - s) * 1e6 / k }'
fi
