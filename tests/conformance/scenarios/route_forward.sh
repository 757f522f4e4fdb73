# Two namespaces joined through a router namespace: default routes, forwarding
# off then on, TTL expiry, an unreachable route, and ip route get on each side.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns add r
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n b addr add 10.0.2.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a link set lo up
ip -n r link set lo up
ip -n b link set lo up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
sleep 2
ip -n a route
ip -n a route get 10.0.2.2
ip -n a route get 10.0.1.1
ip -n a route get 10.0.1.2
ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra 2>/dev/null; echo "rc=$?"
ip netns exec a ping -c 2 10.0.2.2; echo "rc=$?"
ip netns exec r sysctl net.ipv4.ip_forward
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec a ping -c 2 10.0.2.2; echo "rc=$?"
ip netns exec a ping -c 2 -t 1 10.0.2.2; echo "rc=$?"
ip -n r route add unreachable 10.0.9.0/24
ip netns exec a ping -c 2 10.0.9.9; echo "rc=$?"
ip -n r route add prohibit 10.0.8.0/24
ip netns exec a ping -c 1 10.0.8.8; echo "rc=$?"
ip netns exec a ping -c 1 10.0.7.7; echo "rc=$?"
ip -n r neigh show dev rb
ip -n r -s link show rb
ip netns exec r sysctl -w net.ipv4.conf.ra.forwarding=0
ip netns exec a ping -c 1 -W 1 10.0.2.2; echo "rc=$?"
ip netns del a
ip netns del r
ip netns del b
