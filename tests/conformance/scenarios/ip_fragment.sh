# IPv4 fragmentation and reassembly across a pair: ping larger than the MTU
# (fragmented by the sender, the reply by the peer's kernel), ping -M
# do|dont|want (DF, the local "message too long" error), fragments as
# tcpdump -v shows them, the counters of /proc/net/snmp, and fragments the
# peer's smaller MTU drops at the veth: the sender hears ENOBUFS.
ip netns add a
ip netns add b
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer name v1 netns b address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
ip netns exec b tcpdump -n -v -i v1 -w frag.pcap icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 2 -i 0.3 -s 3000 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -M dont -s 1600 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -M want -s 1473 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -M do -s 1472 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -M do -s 1473 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -M probe -s 1600 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -s 65507 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -s 65508 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -s 20000 127.0.0.1; echo "rc=$?"
sleep 1
kill %1
wait
tcpdump -n -v -r frag.pcap 2>/dev/null
ip netns exec a cat /proc/net/snmp
ip netns exec b cat /proc/net/snmp
ip -n b link set v1 mtu 1000
ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2; echo "rc=$?"
ip netns exec a cat /proc/net/snmp
ip -s -n a link show dev v0
ip -s -n b link show dev v1
ip netns del a
ip netns del b
