#!/bin/bash
# nsenter --net into named namespaces in vethlab's own shell: the file forms
# (/run/netns, /var/run/netns, -nFILE, /proc/self/ns/net), commands that wait
# (ping, timeout), and nsenter's errors (a missing or non-namespace file, -n
# without one, an unknown option or command).
ip netns add a
nsenter --net=/run/netns/a ip -br link
echo rc=$?
nsenter --net=/run/netns/nope ip -br link
echo rc=$?
nsenter -n ip -br link
echo rc=$?
nsenter --net=/run/netns/a nosuch
echo rc=$?
nsenter --bogus
echo rc=$?
nsenter -n/run/netns/a ip -br link
echo rc=$?
nsenter --net /run/netns/a ip -br link
echo rc=$?
nsenter --net=/run/netns/a -- ip -br link
echo rc=$?
nsenter --net=/var/run/netns/a ip -br link
echo rc=$?
nsenter --net=/tmp ip link
echo rc=$?
nsenter --net=/run/netns ip link
echo rc=$?
nsenter --net=/run/netns/a cd /
echo rc=$?
nsenter --net=/proc/self/ns/net ip -br link
echo rc=$?
nsenter -n/run/netns/a -F ping -c1 -q 127.0.0.1
echo rc=$?
nsenter --net=/run/netns/a sudo ip -br link
echo rc=$?
nsenter -q
echo rc=$?
nsenter --net=/run/netns/a ip netns identify
ip link add va type veth peer name vb netns a
nsenter --net=/run/netns/a ip -br link show vb
nsenter --net=/run/netns/a ip link set vb up
nsenter --net=/run/netns/a ip addr add 10.9.0.2/24 dev vb
ip addr add 10.9.0.1/24 dev va
ip link set va up
nsenter --net=/run/netns/a ping -c 2 -i 0.3 10.9.0.1
echo rc=$?
nsenter --net=/run/netns/a timeout 1 ping 10.9.0.1
echo rc=$?
