#!/bin/bash
# Background captures next to pings, sleeps and waits, in real bash: the
# capture started with & sees what the later pings send, kill $! ends one,
# and pipes into grep, wc and awk read the tools' output.
set -u
ip link add veth0 type veth peer name veth1
ip netns add peer
ip link set veth1 netns peer
ip addr add 192.168.50.1/24 dev veth0
ip link set veth0 up
ip -n peer addr add 192.168.50.2/24 dev veth1
ip -n peer link set veth1 up
sleep 2
ip netns exec peer tcpdump -n -l -i veth1 -c 4 icmp 2>/dev/null | awk '{print $2, $3, $4, $5, $6, $7, $8}' &
cap=$!
sleep 1
ping -c 2 -i 0.5 192.168.50.2 | grep -c 'bytes from'
wait $cap
echo "capture 1 done: $?"
tcpdump -n -i veth0 -w cap.pcap arp 2>/dev/null &
pid=$!
sleep 1
ip neigh flush dev veth0
ping -c 1 -W 1 192.168.50.2 > /dev/null && echo "ping after flush ok"
sleep 1
kill $pid
wait $pid
echo "capture 2 ended by signal: $(( $? > 128 ))"
echo "arp frames: $(tcpdump -n -r cap.pcap 2>/dev/null | wc -l)"
tcpdump -n -r cap.pcap 2>/dev/null | awk '{print $2, $3, $4, $5, $6, $7}'
for i in 1 2 3; do
	ping -c 1 -t $((i * 10)) 192.168.50.2 | grep -o 'icmp_seq=[0-9]* ttl=[0-9]*'
done
ip -o -4 addr show dev veth0 | awk '{print $2, $4}'
rm -f cap.pcap
