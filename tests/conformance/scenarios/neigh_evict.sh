# A lost carrier flushes a device's neighbours, permanent ones excepted
# (arp_evict_nocarrier, ndisc_evict_nocarrier); arp_evict_nocarrier=0 keeps them.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns add b
ip link add veth0 type veth peer name veth1 netns b
ip addr add 10.0.0.1/24 dev veth0
ip -n b addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n b link set veth1 up
sleep 3
ping -c 1 10.0.0.2 > /dev/null
ping -c 1 -I veth0 fe80::1 > /dev/null 2>&1
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0
ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev veth0 nud stale
ip -4 neigh show dev veth0
ip -n b link set veth1 down
sleep 1
ip neigh show dev veth0
cat /proc/net/arp
ip -n b link set veth1 up
sleep 2
sysctl -qw net.ipv4.conf.veth0.arp_evict_nocarrier=0
ping -c 1 10.0.0.2 > /dev/null
ip -n b link set veth1 down
sleep 1
ip -4 neigh show dev veth0
