#!/bin/bash
# examples.sh: each example runs to the end without a sanitizer report and shows
# the outcome its seed describes.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
pass=0 fail=0
check() { # example, pattern that must appear in its output
	local out
	out=$("$VETHLAB" "examples/$1" 2>&1)
	if grep -q -- "$2" <<<"$out" && ! grep -q -E "AddressSanitizer|runtime error|LeakSanitizer" <<<"$out"; then
		pass=$((pass + 1))
	else
		echo "FAIL examples/$1: expected '$2'"
		fail=$((fail + 1))
	fi
}
check seed-veth-pair.sh "veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP>"
check seed000-namespaces.sh "64 bytes from 192.168.8.102: icmp_seq=2"
check seed000-namespaces.sh "peer_ifindex: 2"
check seed001-one-end.sh "4 packets transmitted, 0 received, +4 errors, 100% packet loss"
check seed001-one-end.sh "local 192.168.2.11 dev lo src 192.168.2.11 uid 0"
check seed002-reply-via-lo.sh "4 packets transmitted, 4 received, 0% packet loss"
check seed003-lo-down.sh "TX:  bytes packets errors dropped carrier collsns"
# Each seed's failure, explained by why.
check seed000-namespaces.sh "fix:   sysctl -w net.ipv4.conf.veth02.accept_local=1"
check seed001-one-end.sh "state: 192.168.2.12 is on no device of this namespace"
check seed001-one-end.sh "  ip addr add 192.168.2.12/24 dev veth1"
check seed002-reply-via-lo.sh "state: source 192.168.2.11 is local; net.ipv4.conf.all.accept_local=0 net.ipv4.conf.veth1.accept_local=0"
check seed003-lo-down.sh "dropped at lo in dev_queue_xmit: SKB_DROP_REASON_DEV_READY"
check seed003-lo-down.sh "  ip link set lo up"
check ipv6-link-local.sh "64 bytes from fe80::ff:fe00:b%veth0: icmp_seq=2 ttl=64"
check ipv6-link-local.sh "From fe80::ff:fe00:a%veth0 icmp_seq=1 Destination unreachable: Address unreachable"
check ipv6-link-local.sh "scope link dadfailed tentative"
check bridge-three-namespaces.sh "2 packets transmitted, 2 received, 0% packet loss"
check bridge-three-namespaces.sh "br0		8000\.[0-9a-f]*	no		veth-blue"
check bridge-three-namespaces.sh "state: ports veth-red and veth-green of br0 are both isolated"
check bridge-three-namespaces.sh "  bridge link set dev veth-green isolated off"
echo "examples: $pass passed, $fail failed"
[ "$fail" = 0 ]
