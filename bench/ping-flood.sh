#!/bin/bash
# ping-flood.sh: echo round trips per wall-clock second for `ping -f -c N`
# between two namespaces joined by a veth pair, in vethlab and (as root) on the
# real kernel in the same run; then vethlab again with M idle namespaces around,
# to show the per-packet cost does not depend on how many namespaces exist, and
# both once more over IPv6 to the peer's link-local address.
# Usage: bench/ping-flood.sh [N=1000000] [K=100000 kernel pings, 0: none] [M=20000]
# vethlab's figures: the fastest of three runs of each script.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
k=${2:-100000}
m=${3:-20000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

setup() { # extra namespaces
	for ((i = 0; i < $1; i++)); do
		echo "ip netns add idle$i"
		echo "ip link add x$i type veth peer name y$i netns idle$i"
	done
	cat <<'S'
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
S
}

wall() { # command...: prints the elapsed seconds of the fastest of three runs
	local s e best=999
	for _ in 1 2 3; do
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s.%N)
		best=$(awk -v s="$s" -v e="$e" -v b="$best" 'BEGIN { t = e - s; printf "%.3f", t < b ? t : b }')
	done
	echo "$best"
}

report() { # label count seconds
	awk -v l="$1" -v c="$2" -v s="$3" 'BEGIN {
		printf "%-34s %9d round trips in %7.3f s: %10.0f per second\n", l, c, s, c / s }'
}

# The baseline is the same script with a single ping, so that what the first
# ping sets going (virtual time moving: every namespace's pending duplicate
# address detection and MLD timers firing) is in both and cancels out.
for extra in 0 "$m"; do
	setup "$extra" > "$tmp/setup.sh"
	cp "$tmp/setup.sh" "$tmp/flood.sh"
	echo "ip netns exec a ping -q -c 1 10.0.0.2" >> "$tmp/setup.sh"
	echo "ip netns exec a ping -q -f -c $n 10.0.0.2" >> "$tmp/flood.sh"
	t_setup=$(wall build/vethlab "$tmp/setup.sh")
	t_all=$(wall build/vethlab "$tmp/flood.sh")
	t=$(awk -v a="$t_all" -v b="$t_setup" 'BEGIN { d = a - b; if (d < 0.001) d = 0.001; printf "%.3f", d }')
	report "vethlab ($extra idle namespaces)" "$n" "$t"
done

# The same flood over IPv6, to vb's link-local address (after DAD: sleep 3).
setup 0 > "$tmp/setup6.sh"
echo "sleep 3" >> "$tmp/setup6.sh"
cp "$tmp/setup6.sh" "$tmp/flood6.sh"
echo "ip netns exec a ping -q -c 1 fe80::ff:fe00:b%va" >> "$tmp/setup6.sh"
echo "ip netns exec a ping -q -f -c $n fe80::ff:fe00:b%va" >> "$tmp/flood6.sh"
t_setup=$(wall build/vethlab "$tmp/setup6.sh")
t_all=$(wall build/vethlab "$tmp/flood6.sh")
t=$(awk -v a="$t_all" -v b="$t_setup" 'BEGIN { d = a - b; if (d < 0.001) d = 0.001; printf "%.3f", d }')
report "vethlab, IPv6 link-local" "$n" "$t"

if [ "$k" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v ping >/dev/null; then
	setup 0 > "$tmp/ksetup.sh"
	t=$(unshare -n -m bash -c "mkdir -p /run/netns && mount -t tmpfs vl /run/netns &&
		bash $tmp/ksetup.sh && sleep 2 && s=\$(date +%s.%N) &&
		ip netns exec a ping -q -f -c $k 10.0.0.2 >/dev/null && e=\$(date +%s.%N) &&
		awk -v s=\$s -v e=\$e 'BEGIN { printf \"%.3f\", e - s }'")
	report "Linux $(uname -r | cut -d- -f1) (kernel)" "$k" "$t"
	t=$(unshare -n -m bash -c "mkdir -p /run/netns && mount -t tmpfs vl /run/netns &&
		bash $tmp/ksetup.sh && sleep 3 && s=\$(date +%s.%N) &&
		ip netns exec a ping -q -f -c $k fe80::ff:fe00:b%va >/dev/null && e=\$(date +%s.%N) &&
		awk -v s=\$s -v e=\$e 'BEGIN { printf \"%.3f\", e - s }'")
	report "Linux, IPv6 link-local" "$k" "$t"
fi
