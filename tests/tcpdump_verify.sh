#!/bin/bash
# tcpdump_verify.sh: vethlab writes a pcap (through libpcap) and prints the same
# capture live; the real tcpdump (Debian's) reads the pcap with the same options.
# Both must print the same bytes, for every option set and every kind of packet
# the stack produces (ARP, echo, unreachable, time exceeded, redirect; IPv6
# DAD, MLDv2, RS, NS/NA, ICMPv6 echo and address unreachable).
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
VETHLAB=$(cd "$(dirname "$VETHLAB")" && pwd)/$(basename "$VETHLAB")
pass=0 fail=0
if ! command -v tcpdump >/dev/null 2>&1; then
	echo "tcpdump-verify: the real tcpdump is not installed"
	echo "tcpdump-verify: 0 passed, 1 failed"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

traffic() { # the capture options for the live side, then a filter
	cat <<EOS
ip netns add a
ip netns add r
ip link add va address 02:00:00:00:00:0a netns a type veth peer name ra address 02:00:00:00:00:0b netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n a addr add 10.0.1.3/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n a link set va up
ip -n r link set ra up
ip -n a link set lo up
ip -n a route add default via 10.0.1.1
ip -n r route add 10.0.5.0/24 via 10.0.1.3
ip -n r route add unreachable 10.0.9.0/24
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r tcpdump -n $1 -i ra $2 > live.txt 2>/dev/null &
ip netns exec r tcpdump -i ra -w cap.pcap 2>/dev/null &
ip netns exec a tcpdump -n $1 -i lo $2 > live-lo.txt 2>/dev/null &
ip netns exec a tcpdump -i lo -w lo.pcap 2>/dev/null &
ip netns exec a ping -c 2 10.0.1.1
ip netns exec a ping -c 1 -t 1 10.0.2.2
ip netns exec a ping -c 1 10.0.5.5
ip netns exec a ping -c 1 10.0.9.9
ip netns exec a ping -c 1 10.0.1.9
ip netns exec a ping -c 1 -s 300 10.0.1.2
sleep 3
ip netns exec a ping -c 2 fe80::ff:fe00:b%va
ip netns exec a ping -c 1 fe80::99%va
ip netns exec a ping -c 1 ::1
sleep 5
kill %1 %2 %3 %4
wait
EOS
}

for opts in "" "-e" "-q" "-t" "-tt" "-v" "-e -v" "-e -q"; do
	dir="$tmp/run$pass$fail"
	mkdir -p "$dir"
	filter=""
	traffic "$opts" "$filter" > "$dir/s.sh"
	(cd "$dir" && "$VETHLAB" s.sh >/dev/null 2>&1)
	ok=1
	for side in "live.txt cap.pcap" "live-lo.txt lo.pcap"; do
		set -- $side
		# shellcheck disable=SC2086
		tcpdump -n $opts -r "$dir/$2" $filter 2>/dev/null > "$dir/real.txt"
		if [ ! -s "$dir/real.txt" ] || ! diff -u "$dir/real.txt" "$dir/$1" > "$dir/diff"; then
			echo "FAIL tcpdump $opts ($1): vethlab's live output differs from tcpdump -r"
			head -20 "$dir/diff"
			ok=0
		fi
	done
	if [ "$ok" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "tcpdump-verify: $pass passed, $fail failed"
[ "$fail" = 0 ]
