# What a router answers when it cannot forward: no route (unreachable code 0,
# also for unreachable and throw routes), administratively prohibited,
# blackhole (silence), address unreachable after neighbour discovery fails,
# packet too big for the next link's MTU, hop limit exceeded, a link-local
# source (beyond scope) and a link-local destination of another link
# (silence); a host that does not forward; and the router's counters.
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
sleep 3.3
ip -n r -6 addr add 2001:db8:1::1/64 dev a1 nodad
ip -n r -6 addr add 2001:db8:2::1/64 dev b1 nodad
ip -n h2 -6 addr add 2001:db8:2::20/64 dev b0 nodad
ip -n h1 -6 route add 2001:db8::/32 via fe80::ff:fe00:102 dev a0
ip -n h2 -6 route add default via fe80::ff:fe00:202 dev b0
sleep 1.3
ip netns exec h1 ping -c 1 2001:db8:2::20; echo "rc=$?"
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
sleep 1.3
ip -n h1 -6 route get 2001:db8:2::20
ip netns exec h1 ping -c 1 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 fe80::ff:fe00:202%a0; echo "rc=$?"
ip -n h1 -6 addr add 2001:db8:1::10/64 dev a0 nodad
sleep 1.3
ip netns exec h1 ping -c 1 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 2001:db8:2::99; echo "rc=$?"
ip netns exec h1 ping -c 1 2001:db8:3::1; echo "rc=$?"
ip -n r -6 route add unreachable 2001:db8:4::/64
ip -n r -6 route add prohibit 2001:db8:5::/64
ip -n r -6 route add blackhole 2001:db8:6::/64
ip -n r -6 route add throw 2001:db8:7::/64
ip netns exec h1 ping -c 1 -W 1 2001:db8:4::1; echo "rc=$?"
ip netns exec h1 ping -c 1 -W 1 2001:db8:5::1; echo "rc=$?"
ip netns exec h1 ping -c 1 -W 1 2001:db8:6::1; echo "rc=$?"
ip netns exec h1 ping -c 1 -W 1 2001:db8:7::1; echo "rc=$?"
ip -n r -6 route get 2001:db8:5::1 iif a1; echo "rc=$?"
ip netns exec h1 ping -c 1 -s 1400 2001:db8:2::20; echo "rc=$?"
ip -n r link set b1 mtu 1280
ip netns exec h1 ping -c 1 -s 1400 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 -s 1232 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 -t 1 2001:db8:2::20; echo "rc=$?"
ip netns exec h1 ping -c 1 -t 1 2001:db8:1::1; echo "rc=$?"
ip -n r -6 neigh show dev b1
ip netns exec r cat /proc/net/snmp6
