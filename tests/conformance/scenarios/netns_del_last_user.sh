#!/bin/bash
# The last user of a deleted namespace is a capture that ends on the first
# echo request it sees (-c 1, --immediate-mode): the namespace goes, but only
# after the reply it had already sent has arrived; the next ping is lost, and
# the veth end outside is gone with it. (The capture's own output is left
# out: when Linux's tcpdump wakes up and exits depends on the host.)
ip netns add a
ip link add va type veth peer name vb netns a
ip -n a addr add 10.2.0.2/24 dev vb
ip -n a link set vb up
ip addr add 10.2.0.1/24 dev va
ip link set va up
sleep 2
ip netns exec a tcpdump --immediate-mode -n -i vb -c 1 icmp > /dev/null 2>&1 &
sleep 1
ip netns del a
ip netns list
ping -c 2 10.2.0.2
wait
ip -br link
