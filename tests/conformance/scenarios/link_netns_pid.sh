#!/bin/bash
# ip link set DEV netns PID: the namespace a process is in, the way test scripts
# move a device back to where they run ($$) or to where a job runs ($!).
set -e
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip -n ns1 link set veth1 netns $$
ip -br link | sort
ip link set veth1 netns ns1
ip netns exec ns1 ip link set veth1 netns $$
ip -br link | sort
ip netns exec ns1 bash -c 'ip link set lo netns $PPID' || echo "lo $?"
ip link set veth1 netns 999999 || echo "st $?"
ip link set veth1 netns ns1
ip netns exec ns1 sleep 2 &
sleep 0.2
ip link set veth0 netns $!
ip -n ns1 -br link | sort
ip link add v2 type veth peer name v3 netns $!
ip -n ns1 -o link show v3 | cut -d' ' -f2
wait
