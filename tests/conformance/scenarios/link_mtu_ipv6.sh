# IPv6 and the MTU (addrconf_notify): below 1280 bytes IPv6 stops on a
# device. Its addresses, routes and neighbours go, and so does its
# inet6_dev, with net.ipv6.conf.DEV and net.ipv6.neigh.DEV, its address
# generation mode (ip -d link, addrgenmode refused with EAFNOSUPPORT) and
# its multicast addresses; ip addr add answers EINVAL. A device created
# below 1280 has none. At 1280 or more a new inet6_dev takes the current
# defaults and, on an up device, a new link-local address. lo keeps its
# inet6_dev but loses ::1 until it comes up again with 1280 or more.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer v1 address 02:00:00:00:00:0b
ip -n a link set v0 addrgenmode none
ip netns exec a sysctl -qw net.ipv6.conf.v0.hop_limit=7
ip -n a link set v0 up
ip link set v1 up
ip -n a addr add 2001:db8::1/64 dev v0 nodad
ip addr add 2001:db8::2/64 dev v1 nodad
sleep 3.3
ip netns exec a ping -c 1 -W 1 2001:db8::2 > /dev/null; echo "rc=$?"
ip -n a -6 neigh
ip netns exec a cat /proc/net/dev_mcast
ip -n a link set v0 mtu 1279
ip -n a -6 addr show dev v0
ip -n a -d link show v0
ip -n a -6 route show table all
ip -n a -6 neigh
ip netns exec a cat /proc/net/igmp6
ip netns exec a cat /proc/net/dev_mcast
ip netns exec a cat /proc/net/if_inet6
ip netns exec a cat /proc/sys/net/ipv6/conf/v0/hop_limit; echo "rc=$?"
ip netns exec a sysctl net.ipv6.conf.v0.hop_limit; echo "rc=$?"
ip netns exec a ls /proc/sys/net/ipv6/conf
ip netns exec a ls /proc/sys/net/ipv6/neigh
ip netns exec a ls /proc/sys/net/ipv4/conf
ip -n a link set v0 addrgenmode eui64; echo "rc=$?"
ip -n a addr add 2001:db8::1/64 dev v0; echo "rc=$?"
ip netns exec a sysctl -w net.ipv6.conf.default.hop_limit=9
ip -n a link set v0 mtu 1280
sleep 3.3
ip -n a -6 addr show dev v0
ip -n a -d link show v0
ip netns exec a sysctl net.ipv6.conf.v0.hop_limit
ip -n a -6 route show table all
ip netns exec a cat /proc/net/dev_mcast
ip netns exec a cat /proc/net/igmp6
ip -n a link set v0 down
ip -n a link set v0 mtu 1000
ip -n a link set v0 up
ip -n a link set v0 mtu 1500
ip -n a -d link show v0
ip -n a link set v0 down
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip -n a link set v0 mtu 1000
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=0
ip -n a link set v0 mtu 1400
sleep 1.3
ip -n a -d link show v0
ip link add w0 mtu 1000 type veth peer name w1
ip -d link show w0
ip addr add 2001:db8::5/64 dev w0; echo "rc=$?"
ip link set w0 netns a
ip netns exec a ls /proc/sys/net/ipv6/conf
ip link set lo mtu 1000
ip -6 addr show dev lo
ip -6 route show table local
ip link set lo mtu 65536
ip -6 addr show dev lo
ip link set lo down
ip link set lo up
ip -6 addr show dev lo
ip link set lo mtu 1279
ip link set lo down
ip link set lo up
ip -6 addr show dev lo
ip -6 route show table local
ip link set lo mtu 1280
ip -6 addr show dev lo
