#!/bin/bash
# ip netns delete while commands still run in the namespace: its name goes at
# once (ip netns list, a new namespace of the same name), the namespace with
# its devices only when the last of them ends (a capture that stops after -c,
# a sleep): the veth end outside answers until then.
ip netns add a
ip link add va type veth peer name vb netns a
ip -n a addr add 10.2.0.2/24 dev vb
ip -n a link set vb up
ip addr add 10.2.0.1/24 dev va
ip link set va up
sleep 2
ip netns exec a sleep 3.5 &
ip netns exec a tcpdump -n -i vb -c 2 icmp &
sleep 1
ip netns del a
ip netns list
ip -br link
ip netns add a
ip netns list
ip -n a -br link
ping -c 3 10.2.0.2
wait
ip -br link
ip netns exec a ping -c 1 -W 1 10.2.0.1
echo rc=$?
