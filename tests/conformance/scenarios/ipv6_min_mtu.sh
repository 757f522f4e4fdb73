# IPv6 on a device whose MTU goes below 1280 (IPV6_MIN_MTU), as addrconf_notify
# does it: the device's inet6_dev is destroyed (addresses, routes, neighbours,
# groups, net.ipv6.conf.DEV and net.ipv6.neigh.DEV, addrgenmode in ip -d link),
# without MLD reports; IPv6 arriving there is dropped (Ip6InDiscards), ping out
# of it finds no route, ip -6 addr add fails with EINVAL and del with "IPv6 is
# disabled". Raising the MTU to 1280 starts a fresh inet6_dev from
# net.ipv6.conf.default (settings made before are lost) and configures the link
# as NETDEV_UP does. A device created with a small MTU never gets one; lo keeps
# its inet6_dev but loses ::1 until it comes up again at 1280 or more.
sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ip link add veth0 netns a type veth peer name veth1
ip link set veth1 address 02:00:00:00:00:01
sysctl -w net.ipv6.conf.veth1.accept_dad=2 net.ipv6.conf.veth1.hop_limit=12
ip -n a link set veth0 up
ip link set veth1 up
ip -6 addr add 2001:db8::1/64 dev veth1 nodad
ip -n a -6 addr add 2001:db8::2/64 dev veth0 nodad
ip -n a neigh add 2001:db8::1 lladdr 02:00:00:00:00:01 dev veth0 nud permanent
sleep 3.3
ip -d link show veth1
ip -6 addr show veth1
ping -6 -c1 -W1 2001:db8::2
ip -6 neigh show dev veth1
ip -6 route show table all dev veth1
tcpdump -Z root -nli veth1 -w mtu.pcap 2>/dev/null & p=$!
sleep 1.3
ip link set veth1 mtu 68; echo rc=$?
sleep 1.3
kill $p; wait $p
tcpdump -nr mtu.pcap 2>/dev/null
ip -d link show veth1
ip addr show veth1
ip -6 route show table all
ip -6 neigh show dev veth1
ls /proc/sys/net/ipv6/conf/
ls /proc/sys/net/ipv6/neigh/veth1; echo rc=$?
sysctl net.ipv6.conf.veth1.disable_ipv6; echo rc=$?
sysctl -w net.ipv6.conf.veth1.hop_limit=5; echo rc=$?
sysctl net.ipv4.conf.veth1.forwarding
cat /proc/net/if_inet6
cat /proc/net/igmp6
ip -6 addr add 2001:db8::5/64 dev veth1; echo rc=$?
ip -6 addr del 2001:db8::1/64 dev veth1; echo rc=$?
ip -6 addr; echo rc=$?
ping -6 -c1 -W1 2001:db8::2; echo rc=$?
ping -6 -c1 -W1 -I veth1 fe80::1; echo rc=$?
ip link set veth1 mtu 1279; echo rc=$?
ls /proc/sys/net/ipv6/conf/
ip link set veth1 mtu 1280; echo rc=$?
ip -d link show veth1
sysctl net.ipv6.conf.veth1.accept_dad net.ipv6.conf.veth1.hop_limit net.ipv6.conf.veth1.disable_ipv6
ls /proc/sys/net/ipv6/conf/
sleep 3.3
ip -6 addr show veth1
ip -6 route show table all dev veth1
cat /proc/net/igmp6
cat /proc/net/dev_mcast
ip -6 addr add 2001:db8::1/64 dev veth1 nodad
ping -6 -c1 -W1 2001:db8::2
# IPv6 arriving on a device without inet6_dev: counted, then discarded
ip netns add b
ip -n b link add vb mtu 1000 address 02:00:00:00:00:02 type veth peer name va netns a
ip netns exec a sysctl -qw net.ipv6.conf.va.router_solicitations=0
ip -n a neigh add fe80::1 lladdr 02:00:00:00:00:02 dev va nud permanent
ip -n b link set vb up
ip -n a link set va up
sleep 3.3
ip netns exec b cat /proc/net/snmp6
ip netns exec a ping -6 -c1 -W1 fe80::1%va; echo rc=$?
ip netns exec b cat /proc/net/snmp6
ip -n b -s link show vb
ip -n b -6 route show table all
# down: the MTU can change under 1280 and back with no trace
ip link set veth1 down
ip link set veth1 mtu 1000
ip link set veth1 mtu 1400
ip -6 addr show veth1
ip link set veth1 up
sleep 3.3
ip -6 addr show veth1
# created small: never an inet6_dev, until the MTU grows
ip link add vx0 mtu 1000 type veth peer name vx1
ip -d link show vx0
ls /proc/sys/net/ipv6/conf/
ip link set vx0 up
ip link set vx1 up
sleep 1.3
ip -6 addr show vx0
ip link set vx0 mtu 1500
ip -d link show vx0
ip link del vx0
# lo keeps its inet6_dev below 1280, not its address
ip link set lo mtu 1000; echo rc=$?
ip -d link show lo
ip addr show lo
ls /proc/sys/net/ipv6/conf/
sysctl net.ipv6.conf.lo.disable_ipv6
cat /proc/net/igmp6
ip -6 route show table local
ip link set lo mtu 1280
ip -6 addr show lo
ip link set lo down
ip link set lo up
ip -6 addr show lo
ip link set lo mtu 1000
ip link set lo down
ip link set lo up
ip -6 addr show lo
ip -6 addr add 2001:db8::9/64 dev lo; echo rc=$?
ip -6 addr show lo
ip link set lo mtu 65536
ip -6 addr show lo
