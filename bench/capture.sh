#!/bin/bash
# capture.sh: what capturing a ping flood to a pcap file costs. Runs the same
# `ping -f -c N` between two namespaces without and with `tcpdump -w` on the
# sender's device, and reports the extra wall time relative to the flood alone:
# once into /dev/null (vethlab's own cost: taps, libpcap records, stdio) and
# once into a real file (adds the host's file-system writes).
# Usage: bench/capture.sh [N=500000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

setup='ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up'

printf '%s\nip netns exec a ping -q -f -c %s 10.0.0.2\n' "$setup" "$n" > "$tmp/plain.sh"
capture_script() { # pcap path
	printf '%s\nip netns exec a tcpdump -i va -w %s 2>/dev/null &\nip netns exec a ping -q -f -c %s 10.0.0.2\nkill %%1\n' \
		"$setup" "$1" "$n"
}
capture_script /dev/null > "$tmp/null.sh"
capture_script "${PCAP_DIR:-$tmp}/flood.pcap" > "$tmp/capture.sh"

best() { # script: the fastest of three runs, in seconds
	local b=999 s e t
	for _ in 1 2 3; do
		s=$(date +%s.%N)
		build/vethlab "$1" >/dev/null 2>&1
		e=$(date +%s.%N)
		t=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", e - s }')
		b=$(awk -v a="$b" -v t="$t" 'BEGIN { print (t < a) ? t : a }')
	done
	echo "$b"
}

plain=$(best "$tmp/plain.sh")
null=$(best "$tmp/null.sh")
cap=$(best "$tmp/capture.sh")
size=$(stat -c %s "${PCAP_DIR:-$tmp}/flood.pcap")
awk -v n="$n" -v p="$plain" -v z="$null" -v c="$cap" -v sz="$size" 'BEGIN {
	printf "flood of %d round trips alone:        %.3f s\n", n, p
	printf "with tcpdump -w /dev/null:            %.3f s (capture cost %.0f%% of the flood)\n", z, (z - p) * 100 / p
	printf "with tcpdump -w file (%4d MB):       %.3f s (capture cost %.0f%% of the flood)\n", sz / 1e6, c, (c - p) * 100 / p }'
