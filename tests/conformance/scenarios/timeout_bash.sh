#!/bin/bash
# timeout in real bash (a loop): of the world's commands it runs on the
# world's clock; of a host command (bash itself here) on the host.
set -u
ip link add veth0 type veth peer name veth1
ip netns add peer
ip link set veth1 netns peer
ip addr add 192.168.60.1/24 dev veth0
ip link set veth0 up
ip -n peer addr add 192.168.60.2/24 dev veth1
ip -n peer link set veth1 up
sleep 2
for t in 1.5 2.5; do
	timeout "$t" ping -i 0.5 192.168.60.2 | grep -c 'bytes from'
	echo "status ${PIPESTATUS[0]}"
done
ip netns exec peer timeout 3.5 tcpdump -n -i veth1 icmp 2>&1 &
sleep 1
timeout -s INT 1.2 ping 192.168.60.2 | tail -n 3 | head -n 2
wait
echo "capture: $?"
timeout 5 bash -c 'echo from bash; exit 3'
echo "bash: $?"
