# IPv6 fragmentation at the source, reassembly, and the path MTU: ping -6
# larger than the MTU (a fragment header with one identification per
# datagram, as tcpdump -v shows it), ping -M do's local error, a router's
# packet too big teaching the sender the path MTU (ip -6 route get, ip -6
# route show cache with its expiry) so that it fragments from then on, and
# the flushes that forget it.
ip netns add a
ip netns add r
ip netns add b
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer name r0 netns r address 02:00:00:00:01:0a
ip link add r1 netns r address 02:00:00:00:01:0b type veth peer name v1 netns b address 02:00:00:00:00:0b
ip -n a addr add 2001:db8:1::1/64 dev v0 nodad
ip -n r addr add 2001:db8:1::fe/64 dev r0 nodad
ip -n r addr add 2001:db8:2::fe/64 dev r1 nodad
ip -n b addr add 2001:db8:2::2/64 dev v1 nodad
ip -n a link set v0 up
ip -n r link set r0 up
ip -n r link set r1 up
ip -n b link set v1 up
ip -n a route add default via 2001:db8:1::fe
ip -n b route add default via 2001:db8:2::fe
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns exec a tcpdump -n -v -i v0 -w f6.pcap 'ip6[6] == 44 or icmp6[0] == 2 or icmp6[0] == 128 or icmp6[0] == 129' 2>/dev/null &
sleep 2
ip netns exec a ping -c 2 -i 0.3 -s 3000 2001:db8:1::fe; echo "rc=$?"
ip netns exec a ping -c 1 -M do -s 1500 2001:db8:1::fe; echo "rc=$?"
ip netns exec a ping -c 1 -M want -s 1453 2001:db8:1::fe; echo "rc=$?"
ip -n r link set r1 mtu 1280
ip -n b link set v1 mtu 1280
ip -n a -6 route show cache
ip netns exec a ping -c 2 -s 1300 2001:db8:2::2; echo "rc=$?"
ip -n a -6 route get 2001:db8:2::2
ip -n a -6 route show cache
ip -n a route show cache
ip netns exec a ping -c 1 -M do -s 1300 2001:db8:2::2; echo "rc=$?"
ip netns exec a ping -c 1 -M do -s 1232 2001:db8:2::2; echo "rc=$?"
ip netns exec a ping -c 1 -M dont -s 1300 2001:db8:2::2; echo "rc=$?"
ip -n a -6 route show cache 2001:db8:2::2
ip -n a -6 route show cache 2001:db8:9::9
ip -n a route flush cache
ip -n a -6 route show cache
ip -n a -6 -s route flush cache 2001:db8:9::/48; echo "rc=$?"
ip -n a -6 -s route flush cache; echo "rc=$?"
ip -n a -6 route show cache
ip -n a -6 route get 2001:db8:2::2
ip -n a -6 -s route flush cache; echo "rc=$?"
sleep 1
kill %1
wait
tcpdump -n -v -r f6.pcap 2>/dev/null
ip netns del a
ip netns del r
ip netns del b
