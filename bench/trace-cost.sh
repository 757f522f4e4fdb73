#!/bin/bash
# trace-cost.sh: what the packet log for `why` costs a flood when nobody asks
# for it. Runs `ping -f -c N` between two namespaces R times with the log (the
# default: it fills up on the first packets, then each step costs a test and a
# branch) and R times with --no-trace (no log at all), alternating so that the
# machine's load drifts over both alike, and prints the medians of CPU time.
# Usage: bench/trace-cost.sh [N=1000000] [R=5]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
r=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/flood.sh" <<S
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -q -f -c $n 10.0.0.2
S

cpu() { # vethlab options...: user + system seconds of one flood
	/usr/bin/time -f '%U %S' -o "$tmp/t" build/vethlab "$@" "$tmp/flood.sh" >/dev/null 2>&1
	awk '{ printf "%.3f\n", $1 + $2 }' "$tmp/t"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: > "$tmp/on"
: > "$tmp/off"
for ((i = 0; i < r; i++)); do
	cpu >> "$tmp/on"
	cpu --no-trace >> "$tmp/off"
done
echo "runs with the log: $(tr "\n" " " < "$tmp/on")"; echo "runs without:      $(tr "\n" " " < "$tmp/off")"
on=$(median < "$tmp/on")
off=$(median < "$tmp/off")
awk -v n="$n" -v on="$on" -v off="$off" -v r="$r" 'BEGIN {
	printf "log on (default), median of %d: %6.3f s CPU, %10.0f round trips per CPU second\n", r, on, n / on
	printf "--no-trace,       median of %d: %6.3f s CPU, %10.0f round trips per CPU second\n", r, off, n / off
	printf "difference: %+.1f%%\n", (on - off) / off * 100 }'
