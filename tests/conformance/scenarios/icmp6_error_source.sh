# Which source a router gives its ICMPv6 errors (icmp6_send): the address the
# device the packet came in on would use to reach the sender, not the one of
# the route back (here through another link), unless that route has a
# preferred source (icmpv6_rt_has_prefsrc): hop limit, packet too big, no
# route, address unreachable; and with no global address on the way in.
#   a --(a1/r1)--> r --(r3/c1)-- c ; r's route back to a goes through a2/r2
sysctl -qw net.ipv6.conf.default.accept_dad=0
ip netns add a; ip netns add r; ip netns add c
ip -n a link add a1 type veth peer name r1 netns r
ip -n a link add a2 type veth peer name r2 netns r
ip -n r link add r3 type veth peer name c1 netns c
for l in a:a1 a:a2 r:r1 r:r2 r:r3 c:c1; do ip -n ${l%:*} link set ${l#*:} up; done
ip -n a addr add fd01::1/64 dev a1 nodad; ip -n r addr add fd01::2/64 dev r1 nodad
ip -n a addr add fd02::1/64 dev a2 nodad; ip -n r addr add fd02::2/64 dev r2 nodad
ip -n r addr add fd03::2/64 dev r3 nodad; ip -n c addr add fd03::1/64 dev c1 nodad
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip -n a route add fd03::/64 via fd01::2 dev a1
ip -n a route add fd09::/64 via fd01::2 dev a1
ip -n r route add fd01::1/128 via fd02::1 dev r2
ip -n c route add default via fd03::2
ip netns exec a ping -6 -c1 -w2 fd03::1 | grep -c 'bytes from'
ip netns exec a ping -6 -c1 -w2 -t 1 fd03::1 | grep From
ip netns exec a ping -6 -c1 -w2 fd09::1 | grep From
ip netns exec a ping -6 -c1 -W5 fd03::9 | grep From
ip -n c link set c1 mtu 1280; ip -n r link set r3 mtu 1280
ip netns exec a ping -6 -c1 -w2 -s 1400 -M want fd03::1 | grep From
# the route back with a preferred source
ip -n r route replace fd01::1/128 via fd02::1 dev r2 src fd03::2
ip netns exec a ping -6 -c1 -w2 -t 1 fd03::1 | grep From
ip -n r route replace fd01::1/128 via fd02::1 dev r2
# r1 without a global address: another device's, by the longest common prefix
ip -n r addr del fd01::2/64 dev r1
ip -n r addr add fd01:8::2/64 dev r3 nodad
ip -n a route replace fd03::/64 via fe80::1 dev a1
ip -n r addr add fe80::1/64 dev r1 nodad
ip netns exec a ping -6 -c1 -w2 -t 1 fd03::1 | grep From
ip -n r addr del fd01:8::2/64 dev r3
ip netns exec a ping -6 -c1 -w2 -t 1 fd03::1 | grep From
ip netns del a; ip netns del r; ip netns del c
