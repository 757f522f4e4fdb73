# A gateway that is one of our own addresses (its route has host scope) is
# accepted but never used as one: the route sends on-link, route get shows no
# via, and the neighbour is the destination itself (rt_set_nexthop, difftest seed 2249).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip -n peer addr add 192.168.20.7/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
ip route add 192.168.20.0/24 via 10.1.1.1
ip route add 192.168.30.0/24 via 127.0.0.1; echo "rc=$?"
ip route
ip route get 192.168.20.7
ip route get 192.168.30.7
sleep 1.3
ping -c 1 192.168.20.7; echo "rc=$?"
ip neigh show dev veth0
ip netns del peer
