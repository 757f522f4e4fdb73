#!/bin/bash
# What a setup script looks at besides the tools, in real bash: the named
# namespaces in /var/run/netns (ls, globs, [ -e ]), the devices in
# /sys/class/net (ls, a loop over the glob, [ -d ], test -f), with ls and
# stat as host programs, inside and outside ip netns exec.
set -u
for ns in red blue; do
	ip netns add $ns
done
ip link add veth0 type veth peer name veth1 netns red
ls /var/run/netns
echo "namespaces: $(ls /var/run/netns | wc -l)"
for f in /var/run/netns/*; do echo "ns ${f##*/}"; done
[ -e /var/run/netns/red ] && echo "red exists"
[ -e /var/run/netns/green ] || echo "no green"
[ -d /var/run/netns ] && echo "netns is a directory"
stat -c '%n: %F' /run/netns/blue
ls /sys/class/net
for d in /sys/class/net/*; do
	echo "$(basename "$d"): mtu $(cat "$d/mtu"), $(cat "$d/operstate")"
done
cat /sys/class/net/*/ifindex | sort | uniq -c | awk '{print $1, $2}'
if [ -d /sys/class/net/veth0 ]; then echo "veth0 is here"; fi
[ -d /sys/class/net/veth1 ] || echo "veth1 is not"
test -f /sys/class/net/veth0/address && echo "address is a file"
ls /sys/class/net/veth0/statistics | head -4
ip netns exec red bash -c 'ls /sys/class/net; [ -d /sys/class/net/veth1 ] && echo "veth1 in red"'
ip netns exec red sh -c 'for d in /sys/class/net/*; do echo "red: ${d##*/}"; done'
ls /sys/class/net/nosuch 2>&1; echo "status $?"
ip netns del blue
ls /var/run/netns
ip netns del red
echo "left: $(ls /var/run/netns | wc -l)"
