# ip -6 addr without a device lists links through the inet6 link dump
# (inet6_dump_ifinfo): no qdisc, group or link-netns, IFLA_LINK named in the
# local namespace, no group/master/kind to select on, and as counters
# IFLA_INET6_STATS, which iproute2 6.1 reads by its older MIB layout (on
# Linux 6.18: RX InReceives/InOctets, RX errors InTooBigErrors, TX packets
# and bytes InECT1Pkts/InECT0Pkts, TX errors InNoRoutes, no transns column).
# (IPv6 starts on the pair only once both ends are up: when both start with
# their carrier, which end sends first is a race in Linux's linkwatch.)
# A device's IPv6 addresses are listed global first, then site, link and
# host, newest first within a scope (ipv6_link_dev_addr); fec0::/10 is scope
# site, and an IPv4-compatible address shows scope 80 in /proc/net/if_inet6.
sysctl -qw net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.all.router_solicitations=0
ip netns add b
ip netns exec b sysctl -qw net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.all.router_solicitations=0
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns b
sysctl -qw net.ipv6.conf.default.disable_ipv6=0
ip link add v2 type veth peer name v3
ip -n b link set veth1 up
ip -n b link set lo up
ip link set veth0 up
ip link set v2 up
ip link set v3 up
sleep 1.3
ip netns exec b sysctl -qw net.ipv6.conf.veth1.disable_ipv6=0
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=0
sleep 3.3
ip addr add 2001:db8::1/64 dev veth0 nodad
ip -n b addr add 2001:db8::2/64 dev veth1 nodad
ip route add 2001:db9::/64 via 2001:db8::2
ip -n b route add 2001:db7::/64 dev lo
ip -n b link set lo mtu 1300
ping -c 2 -i 0.3 2001:db8::2
ping -c 3 -i 0.3 -W 1 2001:db9::5
ip -n b -6 route add 2001:db6::/64 via 2001:db8::1
ip netns exec b sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 2.3
ip route add 2001:db7::/64 via 2001:db8::2
ping -c 1 -W 1 -s 1400 2001:db7::1
ip -n b -6 -s addr
ip -n b -6 -s -s addr
ip -n b -6 -br addr
ip -6 -br addr
ip -6 -br addr show up
ip -n b -6 addr show type veth
ip -n b -6 -br addr show type veth
ip -n b -6 addr show master veth1
ip -6 addr show group default
ip -6 addr show group 7
ip -6 -s addr show dev veth0
ip -6 -s -br addr show dev veth0
ip -n b -6 -d addr
ip -n b -6 -o addr
ip addr add 2001:db8::9/64 dev v2 nodad
ip addr add 2001:db8::3/64 dev v2 nodad
ip addr add fe80::5/64 dev v2 nodad
ip addr add fec0::1/64 dev v2 nodad
ip addr add fd00::1/64 dev v2 nodad
ip addr add ::2/128 dev v2 nodad
ip addr add ::ffff:10.0.0.1/128 dev v2 nodad
ip -6 addr show dev v2
ip -6 -br addr show dev v2
ip -6 addr show scope site
ip -6 route show dev v2
