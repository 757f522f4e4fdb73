# A bridge counts the multicast frames its ports bring in (with no querier it
# takes a copy of each) in its RX mcast column; broadcasts are not counted.
# Here the multicast is what IPv6 sends as namespace a's link comes up (MLD
# reports and the DAD probe; no router solicitations, which go on for ever),
# counted once they are over.
# (Snooping is off: the IGMP reports a snooping bridge sends are not emulated.)
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge mcast_snooping 0
ip addr add 192.168.1.1/24 dev br0
ip link set br0 up
ip netns add a
ip netns add b
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add va address 02:00:00:00:0a:01 type veth peer name eth0 netns a address 02:00:00:00:0a:02
ip link add vb address 02:00:00:00:0b:01 type veth peer name eth0 netns b address 02:00:00:00:0b:02
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip -n a addr add 192.168.1.10/24 dev eth0
ip -n b addr add 192.168.1.20/24 dev eth0
ip -n b link set eth0 up
ip -s link show br0
ip -n a link set eth0 up
sleep 4
ip netns exec a ping -c 2 -i 0.2 -b 192.168.1.255
ip netns exec b ping -c 1 192.168.1.10
ip -s link show br0
