# IPv6 forwarding across h1 - r - h2: a host does not forward; all.forwarding
# turns r into a router (default and every device follow, anycast routes for
# its prefixes, no more router solicitations); ping6 across it with the hop
# limit decremented, -t 1 answered by r (time exceeded), -t 2 reaching h2 as
# a traceroute's probes would; the route lookups of the input path; turning
# forwarding off again on one device and on all; the routers' multicast groups
# and their MLD reports (waited out after each change) in r's counters.
sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ip netns add h1
ip netns exec h1 sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ip netns add r
ip netns exec r sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ip netns add h2
ip netns exec h2 sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ip link add a0 netns h1 address 02:00:00:00:01:01 type veth peer name a1 netns r address 02:00:00:00:01:02
ip link add b0 netns h2 address 02:00:00:00:02:01 type veth peer name b1 netns r address 02:00:00:00:02:02
ip -n r link set lo up
ip -n r link set a1 up
ip -n r link set b1 up
ip -n h1 link set a0 up
ip -n h2 link set b0 up
sleep 6.3
ip -n h1 -6 addr add 2001:db8:1::10/64 dev a0 nodad
ip -n r -6 addr add 2001:db8:1::1/64 dev a1 nodad
ip -n r -6 addr add 2001:db8:2::1/64 dev b1 nodad
ip -n h2 -6 addr add 2001:db8:2::20/64 dev b0 nodad
ip -n h1 -6 route add default via 2001:db8:1::1
ip -n h2 -6 route add default via fe80::ff:fe00:202 dev b0
sleep 1.3
ip netns exec h1 ping -c 1 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 2001:db8:2::1; echo "rc=$?"
ip netns exec r sysctl net.ipv6.conf.all.forwarding net.ipv6.conf.a1.forwarding
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
sleep 1.3
ip netns exec r sysctl net.ipv6.conf.default.forwarding net.ipv6.conf.a1.forwarding net.ipv6.conf.b1.forwarding net.ipv6.conf.lo.forwarding
ip -n r -6 route show table local
ip netns exec h1 ping -c 2 -i 0.3 2001:db8:2::20; echo "rc=$?"
ip netns exec h2 ping -c 1 2001:db8:1::10; echo "rc=$?"
ip netns exec h1 ping -c 2 -i 0.3 -t 1 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 -t 2 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 -t 1 2001:db8:2::1; echo "rc=$?"
ip netns exec h1 ping -c 1 -s 1400 2001:db8:2::20; echo "rc=$?"
ip -n r -6 route get 2001:db8:2::20 iif a1
ip -n r -6 route get 2001:db8:2::20 from 2001:db8:1::10 iif a1
ip -n r -6 route get 2001:db8:1::10
ip -n r -6 route get 2001:db8:3::1 iif a1; echo "rc=$?"
ip -n r -6 route get 2001:db8:2::1 iif a1
ip -n r -6 neigh show
ip -n r -6 route show cache
ip netns exec r sysctl -w net.ipv6.conf.b1.forwarding=0
sleep 1.3
ip netns exec r sysctl net.ipv6.conf.all.forwarding net.ipv6.conf.b1.forwarding
ip -n r -6 route show table local type anycast
ip netns exec h1 ping -c 1 2001:db8:2::20; echo "rc=$?"
ip -n r -6 addr add 2001:db8:3::1/64 dev a1 nodad
sleep 1.3
ip -n r -6 addr add 2001:db8:3::2/64 dev a1 nodad
sleep 1.3
ip -n r -6 addr add 2001:db8:4::1/127 dev a1 nodad
sleep 1.3
ip -n r -6 addr del 2001:db8:3::1/64 dev a1
sleep 1.3
ip -n r -6 route show table local type anycast
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=0
sleep 1.3
ip netns exec r sysctl net.ipv6.conf.default.forwarding net.ipv6.conf.a1.forwarding net.ipv6.conf.b1.forwarding
ip -n r -6 route show table local type anycast
ip netns exec h1 ping -c 1 2001:db8:2::20; echo "rc=$?"
ip netns exec r cat /proc/net/snmp6
ip netns exec r cat /proc/net/igmp6
