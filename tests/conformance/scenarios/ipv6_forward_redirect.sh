# ICMPv6 redirects: a router sending a packet back out of the link it came
# from tells the sender of the better first hop (the destination itself, or a
# link-local gateway), at most six at once and then one a second; none for a
# global gateway (not a link-local target) and none when routing is back to
# the sender's own address through a gateway. The packet is forwarded anyway;
# the errors that follow (address unreachable) are rate-limited per
# destination, a quarter second each through a /64 after a burst of six.
sysctl -qw net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.all.router_solicitations=0
ip netns add r
ip netns exec r sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 netns r address 02:00:00:00:00:02
ip -n r link set v1 up
ip link set v0 up
sleep 3.3
ip addr add 2001:db8::10/64 dev v0 nodad
ip -n r addr add 2001:db8::1/64 dev v1 nodad
sleep 1.3
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip -n r route add 2001:db8:5::/64 dev v1
ip -n r route add 2001:db8:6::/64 via fe80::ff:fe00:1 dev v1
ip -n r route add 2001:db8:7::/64 via 2001:db8::10
ip route add 2001:db8:5::/64 via 2001:db8::1
ip route add 2001:db8:6::/64 via 2001:db8::1
ip route add 2001:db8:7::/64 via 2001:db8::1
sleep 1.3
tcpdump -nn -i v0 'icmp6 and ip6[40] == 137' > c.txt 2>&1 &
sleep 0.3
ping -c 8 -i 0.1 -W 1 2001:db8:5::1
ping -c 1 -W 1 2001:db8:6::1
ping -c 1 -W 1 2001:db8:7::1
sleep 0.3
kill $!
wait
cat c.txt
ip -6 route show cache
ip netns exec r cat /proc/net/snmp6
