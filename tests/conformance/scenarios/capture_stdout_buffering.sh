#!/bin/bash
# A capture in the background while a ping prints, in real bash (a function
# and a loop): tcpdump's stdout into a pipe or a file is fully buffered, so
# its lines come when it ends, after the ping's; with -l they come as the
# packets are read (the ring's 100 ms block timeout); and a long capture
# writes its text in 4096-byte blocks, cut in the middle of a line (-t and
# ping -e keep the place of the cut the same from run to run).
set -e
attach() {
	ip netns add "$1"
	ip link add "veth-$1" type veth peer name eth0 netns "$1"
	ip link set "veth-$1" master br0
	ip link set "veth-$1" up
	ip -n "$1" addr add "$2/24" dev eth0
	ip -n "$1" link set eth0 up
}
ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev br0
ip link set br0 up
for n in 1 2; do attach "ns$n" "10.0.0.1$n"; done
sleep 2
tcpdump -n -e -i br0 -c 4 icmp &
sleep 1
ip netns exec ns1 ping -c 2 10.0.0.1
wait
tcpdump -l -n -i br0 -c 4 icmp &
sleep 1
ip netns exec ns1 ping -c 2 10.0.0.1
wait
tcpdump -t -n -i br0 -c 200 icmp &
sleep 1
ip netns exec ns1 ping -q -e 4242 -c 40 -i 0.01 10.0.0.12
sleep 3
echo "after the pings"
kill %1
wait
