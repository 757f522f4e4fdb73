#!/bin/bash
# tcpdump_verify.sh: vethlab writes pcaps (through libpcap) and prints the same
# captures live; the real tcpdump (Debian's) reads the pcaps with the same
# printing options. Both must print the same bytes, for every option set and
# every kind of packet the stack produces (ARP, echo, unreachable, time
# exceeded, redirect; IPv6 DAD, MLDv2, RS, NS/NA, ICMPv6 echo, address
# unreachable and a router's errors and redirect), on an Ethernet device, on lo, and on "any" (Linux cooked v2,
# and v1 with -y LINUX_SLL), with -Q, -s, -c, -w -, --print and --count.
#
# Cooked v2 names interfaces by index in the reader's namespace, and without
# -n tcpdump looks names up: as root, the real tcpdump -r runs inside
# `unshare -n` with the capturing namespace's interfaces recreated (and no
# name server to ask); otherwise those cases are skipped.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
VETHLAB=$(cd "$(dirname "$VETHLAB")" && pwd)/$(basename "$VETHLAB")
pass=0 fail=0 skip=0
if ! command -v tcpdump >/dev/null 2>&1; then
	echo "tcpdump-verify: the real tcpdump is not installed"
	echo "tcpdump-verify: 0 passed, 1 failed"
	exit 1
fi
isolated=0
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
	isolated=1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The world and its traffic; $1 holds the capture commands (run in the background).
traffic() {
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
$1
ip netns exec a ping -c 2 10.0.1.1
ip netns exec a ping -c 1 -t 1 10.0.2.2
ip netns exec a ping -c 1 10.0.5.5
ip netns exec a ping -c 1 10.0.9.9
ip netns exec a ping -c 1 10.0.1.9
ip netns exec a ping -c 1 -s 300 10.0.1.2
ip netns exec a ping -c 1 -s 1400 10.0.1.1
ip netns exec a ping -c 1 127.0.0.1
sleep 3
ip netns exec a ping -c 2 fe80::ff:fe00:b%va
ip netns exec a ping -c 1 fe80::99%va
ip netns exec a ping -c 1 ::1
ip -n a addr add 2001:db8:1::2/64 dev va nodad
ip -n r addr add 2001:db8:1::1/64 dev ra nodad
ip -n a route add 2001:db8::/32 via 2001:db8:1::1
ip -n r link add rb mtu 1280 type veth peer name rc
ip -n r link set rb up
ip -n r link set rc up
ip -n r route add 2001:db8:5::/64 dev ra
ip -n r route add 2001:db8:7::/64 dev rb
ip -n r route add prohibit 2001:db8:6::/64
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns exec a ping -c 1 -t 1 2001:db8:5::1
ip netns exec a ping -c 1 -W 1 2001:db8:5::1
ip netns exec a ping -c 1 2001:db8:6::1
ip netns exec a ping -c 1 2001:db8:9::1
ip netns exec a ping -c 1 -s 1300 2001:db8:7::1
sleep 5
kill %1 %2 %3 %4 %5 %6 %7 %8 %9 2>/dev/null
wait
EOS
}

# The real tcpdump reading a pcap: in a namespace that has a's interfaces when isolated.
real_read() { # OUT PCAP OPTS...
	local out=$1 pcap=$2
	shift 2
	if [ "$isolated" = 1 ]; then
		unshare -n sh -c 'ip link set lo up; ip link add va index 2 type veth peer name vb index 3; exec tcpdump "$@"' sh \
			"$@" -r "$pcap" > "$out" 2>/dev/null
	else
		tcpdump "$@" -r "$pcap" > "$out" 2>/dev/null
	fi
}

# check NAME LIVE REAL [interrupted]: the live text (which ends with tcpdump's
# newline after an interrupt when the 4th argument is 1) must be the real text.
check() {
	local name=$1 live=$2 real=$3 intr=${4:-1}
	if [ "$intr" = 1 ]; then
		if [ "$(tail -c 1 "$live" | od -An -c | tr -d ' ')" != '\n' ] || [ -n "$(tail -n 1 "$live")" ]; then
			echo "FAIL $name: the live output does not end with the newline of an interrupted tcpdump"
			fail=$((fail + 1))
			return
		fi
		head -n -1 "$live" > "$live.body"
		live=$live.body
	fi
	# An empty text is only right for a capture that took nothing (lo with -Q out).
	if { [ ! -s "$real" ] && [ -s "$live" ]; } || ! diff -u "$real" "$live" > "$tmp/diff"; then
		echo "FAIL $name: vethlab's live output differs from tcpdump -r"
		head -20 "$tmp/diff"
		fail=$((fail + 1))
		return
	fi
	pass=$((pass + 1))
}

# One run of the world: captures on ra (Ethernet), on a's lo, on a's "any"
# (cooked v2 and v1), and with -Q in and out, each written and printed live.
run_world() { # DIR PRINT-OPTS CAPTURE-OPTS
	local dir=$1 p=$2 cap=$3
	mkdir -p "$dir"
	traffic "ip netns exec r tcpdump $p $cap -i ra > ra.txt 2>/dev/null &
ip netns exec r tcpdump $cap -i ra -w ra.pcap 2>/dev/null &
ip netns exec a tcpdump $p $cap -i lo > lo.txt 2>/dev/null &
ip netns exec a tcpdump $cap -i lo -w lo.pcap 2>/dev/null &
ip netns exec a tcpdump $p $cap -i any > any2.txt 2>/dev/null &
ip netns exec a tcpdump $cap -i any -w any2.pcap 2>/dev/null &
ip netns exec a tcpdump $p $cap -i any -y LINUX_SLL > any1.txt 2>/dev/null &
ip netns exec a tcpdump $cap -i any -y LINUX_SLL -w any1.pcap 2>/dev/null &" > "$dir/s.sh"
	(cd "$dir" && "$VETHLAB" s.sh > /dev/null 2>&1)
}

compare_world() { # DIR PRINT-OPTS LABEL
	local dir=$1 p=$2 label=$3 side
	for side in ra lo any2 any1; do
		if [ "$side" = any2 ] || [[ " $p " != *" -n "* && " $p " != *" -nn "* ]]; then
			if [ "$isolated" = 0 ]; then
				skip=$((skip + 1))
				continue
			fi
		fi
		if [ ! -s "$dir/$side.pcap" ]; then
			echo "FAIL tcpdump $p $label ($side): no pcap was written"
			fail=$((fail + 1))
			continue
		fi
		# shellcheck disable=SC2086
		real_read "$dir/$side.real" "$dir/$side.pcap" $p
		check "tcpdump $p $label ($side)" "$dir/$side.txt" "$dir/$side.real"
	done
}

n=0
for p in "-n" "-nn" "-n -e" "-n -q" "-n -qq -e" "-n -t" "-n -tt" "-n -ttt" "-n -tttt" "-n -ttttt" \
	"-n -v" "-n -vv" "-n -vvv" "-n -e -v" "-n -e -q" "-n -x" "-n -xx" "-n -X" "-n -XX" \
	"-n -A" "-n -AA" "-n -#" "-n -S -v" "-n -K -vv" "-n -e -vv -X" "-n -l -U" \
	"" "-e" "-v -e" "-N -e"; do
	n=$((n + 1))
	run_world "$tmp/p$n" "$p" ""
	compare_world "$tmp/p$n" "$p" ""
done
for cap in "-Q in" "-Q out" "-s 40" "-s 60" "-s 100" "-s 0"; do
	for p in "-n -e" "-n -x" "-n -vv -XX"; do
		n=$((n + 1))
		run_world "$tmp/p$n" "$p" "$cap"
		compare_world "$tmp/p$n" "$p" "$cap"
	done
done

# -c with -w, -U, -w -, --print, --count: the files hold what was printed.
dir=$tmp/w
mkdir -p "$dir"
traffic "ip netns exec r tcpdump -c 5 -i ra -w c5.pcap 2>/dev/null &
ip netns exec r tcpdump -U -i ra -w u.pcap 2>/dev/null &
ip netns exec r tcpdump -i ra -w - > stdout.pcap 2>/dev/null &
ip netns exec r tcpdump -n -v -i ra -w p.pcap --print > print.txt 2>/dev/null &
ip netns exec r tcpdump -i ra --count > count.txt 2>/dev/null &
ip netns exec r tcpdump -n -c 7 -i ra > c7.txt 2>/dev/null &
ip netns exec r tcpdump -i ra -w all.pcap 2>/dev/null &
ip netns exec a tcpdump -i any -w - > any.pcap 2>/dev/null &
ip netns exec a tcpdump -i any -w anyf.pcap 2>/dev/null &" > "$dir/s.sh"
(cd "$dir" && "$VETHLAB" s.sh > /dev/null 2>&1)
tcpdump -n -r "$dir/all.pcap" -c 5 > "$dir/all5.real" 2>/dev/null
tcpdump -n -r "$dir/c5.pcap" > "$dir/c5.real" 2>/dev/null
check "tcpdump -c 5 -w" "$dir/c5.real" "$dir/all5.real" 0
tcpdump -n -r "$dir/all.pcap" > "$dir/all.real" 2>/dev/null
for f in u stdout; do
	tcpdump -n -r "$dir/$f.pcap" > "$dir/$f.real" 2>/dev/null
	check "tcpdump -w ($f)" "$dir/$f.real" "$dir/all.real" 0
done
tcpdump -n -v -r "$dir/p.pcap" > "$dir/p.real" 2>/dev/null
check "tcpdump -v -w --print" "$dir/print.txt" "$dir/p.real" 0
if [ -s "$dir/count.txt" ] && [ "$(tr -d '\n' < "$dir/count.txt")" = "" ]; then
	pass=$((pass + 1))
else
	echo "FAIL tcpdump --count: a live capture prints no packets, only its final newline"
	fail=$((fail + 1))
fi
tcpdump -n -r "$dir/all.pcap" -c 7 > "$dir/all7.real" 2>/dev/null
check "tcpdump -c 7" "$dir/c7.txt" "$dir/all7.real" 0
tcpdump -n -e -r "$dir/any.pcap" > "$dir/any.real" 2>/dev/null
tcpdump -n -e -r "$dir/anyf.pcap" > "$dir/anyf.real" 2>/dev/null
check "tcpdump -i any -w -" "$dir/any.real" "$dir/anyf.real" 0
if [ "$skip" = 0 ]; then
	echo "tcpdump-verify: $pass passed, $fail failed"
else
	echo "tcpdump-verify: $pass passed, $fail failed, $skip skipped (not root: cooked v2 names, name lookups)"
fi
[ "$fail" = 0 ]
