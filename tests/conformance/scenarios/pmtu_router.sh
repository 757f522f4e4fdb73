# Path MTU through a router whose far link has a smaller MTU: a ping with DF
# draws "Frag needed and DF set" from the router, the sender learns the path
# MTU (ip route get and ip route show cache list it with its expiry) and
# fragments from then on; -M dont lets the router fragment instead; flushing
# the cache forgets it. Then fragments the far end's even smaller MTU drops
# at the veth leave a reassembly queue that times out (net.ipv4.ipfrag_time).
ip netns add a
ip netns add r
ip netns add b
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer name r0 netns r address 02:00:00:00:01:0a
ip link add r1 netns r address 02:00:00:00:01:0b type veth peer name v1 netns b address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n r addr add 10.0.0.254/24 dev r0
ip -n r addr add 10.0.1.254/24 dev r1
ip -n b addr add 10.0.1.2/24 dev v1
ip -n a link set v0 up
ip -n r link set r0 up
ip -n r link set r1 up
ip -n b link set v1 up
ip -n a route add default via 10.0.0.254
ip -n b route add default via 10.0.1.254
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip -n r link set r1 mtu 1000
ip -n b link set v1 mtu 1000
ip netns exec a tcpdump -n -v -i v0 -w pmtu.pcap icmp 2>/dev/null &
sleep 1
ip -n a route show cache
ip netns exec a ping -c 2 -s 1200 10.0.1.2; echo "rc=$?"
ip -n a route get 10.0.1.2
ip -n a route show cache
ip netns exec a ping -c 2 -s 1200 10.0.1.2; echo "rc=$?"
ip netns exec a ping -c 1 -M do -s 1200 10.0.1.2; echo "rc=$?"
ip netns exec a ping -c 1 -M do -s 972 10.0.1.2; echo "rc=$?"
ip netns exec a ping -c 1 -M dont -s 1200 10.0.1.2; echo "rc=$?"
ip -n a route show cache 10.0.1.2
ip -n a route show cache 10.0.9.9
ip -n a route flush cache
ip -n a route show cache
ip -n a route get 10.0.1.2
ip -n a route flush cache
ip -n a route get 10.0.1.2
ip netns exec a ping -c 1 -M dont -s 1400 10.0.1.2; echo "rc=$?"
ip -n a route show cache
sleep 1
kill %1
wait
tcpdump -n -v -r pmtu.pcap 2>/dev/null
ip netns exec r cat /proc/net/snmp
ip netns exec a cat /proc/net/snmp
ip netns exec b sysctl -w net.ipv4.ipfrag_time=2
ip -n b link set v1 mtu 700
ip netns exec a ping -c 1 -W 1 -M dont -s 1400 10.0.1.2; echo "rc=$?"
ip netns exec b cat /proc/net/snmp
sleep 3
ip netns exec b cat /proc/net/snmp
ip netns del a
ip netns del r
ip netns del b
