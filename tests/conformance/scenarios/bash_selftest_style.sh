#!/bin/bash
# A test script in the style of the kernel's selftests (functions, local,
# readonly, $(mktemp -u), trap ... EXIT, ip netns list | grep, $? checks),
# as people write them for Linux: it must print what it prints there.
readonly NS_A="ns-a-$(mktemp -u XXXXXX)"
readonly NS_B="ns-b-$(mktemp -u XXXXXX)"
ret=0

cleanup() {
	ip netns del "$NS_A" 2>/dev/null
	ip netns del "$NS_B" 2>/dev/null
	echo "cleanup: $(ip netns list | grep -c '^ns-') namespaces left"
}
trap cleanup EXIT

setup() {
	local ns

	for ns in "$NS_A" "$NS_B"; do
		ip netns add "$ns" || return 1
		ip -n "$ns" link set lo up
	done
	ip -n "$NS_A" link add veth0 type veth peer name veth1 netns "$NS_B" || return 1
	ip -n "$NS_A" addr add 10.1.1.1/24 dev veth0
	ip -n "$NS_B" addr add 10.1.1.2/24 dev veth1
	ip -n "$NS_A" link set veth0 up
	ip -n "$NS_B" link set veth1 up
}

check_ns() {
	if ip netns list | grep -q "^$1"; then
		echo "found namespace $2"
	else
		echo "missing namespace $2"
	fi
}

run_test() {
	local desc=$1

	shift
	"$@" > /dev/null 2>&1
	if [ $? -ne 0 ]; then
		echo "FAIL: $desc"
		ret=1
	else
		echo "PASS: $desc"
	fi
}

setup || { echo "setup failed"; exit 1; }
check_ns "$NS_A" A
check_ns "$NS_B" B
check_ns "ns-c-" C
run_test "ping from A to B" ip netns exec "$NS_A" ping -c 2 -W 1 10.1.1.2
run_test "ping to nobody" ip netns exec "$NS_A" ping -c 1 -W 1 10.1.1.9
ip netns exec "$NS_B" sysctl -qw net.ipv4.conf.veth1.arp_ignore=2
ip -n "$NS_A" neigh flush dev veth0
ip -n "$NS_A" addr add 10.1.2.1/24 dev veth0
ip -n "$NS_A" route add 10.1.1.0/24 dev veth0 src 10.1.2.1 metric 5 2>/dev/null
run_test "ping with arp_ignore=2 from another subnet" ip netns exec "$NS_A" ping -c 1 -W 1 -I 10.1.2.1 10.1.1.2
echo "arp_ignore is $(ip netns exec "$NS_B" cat /proc/sys/net/ipv4/conf/veth1/arp_ignore)"
for dev in veth0 lo; do
	state=$(ip -n "$NS_A" -o link show "$dev" | awk '{print $9}')
	echo "$dev: $state, mtu $(ip netns exec "$NS_A" cat /sys/class/net/$dev/mtu)"
done
count=0
while read -r idx name rest; do
	count=$((count + 1))
done < <(ip -n "$NS_B" -o link show)
echo "links in B: $count"
exit $ret
