# ip -j, ip -j -p and ip -c for a learnt path MTU: route get (uid, the cache array
# with its flags, expires, the metrics array) and route show cache, through a
# router, for IPv4 and IPv6.
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
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r link set r1 mtu 1000
ip -n b link set v1 mtu 1000
sleep 1
ip -n a -j route show cache
ip netns exec a ping -c 1 -s 1200 10.0.1.2 > /dev/null
ip -n a -j route get 10.0.1.2
ip -n a -j -p route get 10.0.1.2
ip -n a -j route show cache
ip -n a -j -p route show cache
ip -n a -c route get 10.0.1.2
ip -n a -j route get 10.0.0.255
ip -n a -j route get 10.0.0.1
ip -n a -j -d route get 10.0.1.2 from 10.0.0.1 mark 20
ip netns del a; ip netns del r; ip netns del b
sleep 1
# The same for IPv6: the router's packet too big teaches the sender the path MTU.
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
sleep 2
ip -n r link set r1 mtu 1280
ip -n b link set v1 mtu 1280
ip netns exec a ping -c 1 -s 1300 2001:db8:2::2 > /dev/null
ip -n a -j -6 route get 2001:db8:2::2
ip -n a -j -p -6 route show cache
ip netns del a; ip netns del r; ip netns del b
sleep 1
