#!/bin/bash
# coreutils' timeout around the world's commands, in vethlab's own shell: a
# ping without -c ended by TERM (no summary, 124) or INT (summary), a capture
# timed out in the background and one killed through timeout, a command that
# ends first, --preserve-status, -v, -s, -k, and timeout's own errors (125, 127).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
sleep 2
ip netns exec b timeout 4 tcpdump -n -i vb icmp &
sleep 1
ip netns exec a timeout 1.5 ping 10.0.0.2
echo "ping timed out: $?"
ip netns exec a timeout -s INT 1.5 ping 10.0.0.2
echo "ping interrupted: $?"
wait
echo "capture timed out: $?"
timeout 5 ip netns exec a ping -c 2 -i 0.5 10.0.0.2
echo "ping ended first: $?"
timeout --preserve-status 1 ip netns exec a ping 10.0.0.2
echo "status preserved: $?"
timeout -v 0.5 sleep 3
echo "sleep: $?"
timeout -v -s 0 0.5 sleep 1
echo "signal 0: $?"
timeout -k 1 -s usr1 0.5 sleep 3
echo "usr1: $?"
timeout --sig=HUP -v 0.5 sleep 3
echo "hup: $?"
timeout 0 sleep 1
echo "no limit: $?"
timeout 1 ip -br link show lo
echo "instant: $?"
ip netns exec b timeout -v 10 tcpdump -n -i vb -c 100 icmp &
sleep 0.5
kill %1
wait
echo "capture killed: $?"
timeout x sleep 1
echo "bad interval: $?"
timeout 1
echo "missing: $?"
timeout --v 1 sleep 1
echo "ambiguous: $?"
timeout --bogus 1 sleep 1
echo "unrecognized: $?"
timeout -s FOO 1 sleep 1
echo "bad signal: $?"
timeout -s 99 1 sleep 1
echo "bad number: $?"
timeout -q 1 sleep 1
echo "bad option: $?"
timeout --verbose=1 1 sleep 1
echo "no argument: $?"
timeout -s
echo "needs argument: $?"
timeout 1 nosuchcmd
echo "not found: $?"
timeout 1 cd /
echo "builtin: $?"
