# A router with forwarding on and no route for the destination answers
# "net unreachable" (ip_error), from the first packet on: a new peer's rate
# limit starts full even in the first seconds after boot. With forwarding
# off the packet is dropped silently.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add n0
ip link add v0 type veth peer name eth0 netns n0
ip addr add 10.157.0.1/24 dev v0
ip -n n0 addr add 10.157.0.2/24 dev eth0
ip link set v0 up
ip -n n0 link set eth0 up
ip -n n0 route add default via 10.157.0.1
sysctl -qw net.ipv4.ip_forward=1
sleep 1
ip netns exec n0 ping -W 1 -c 2 -i 0.3 10.7.2.225; echo "ping rc=$?"
sysctl -qw net.ipv4.ip_forward=0
ip netns exec n0 ping -W 1 -c 1 10.7.2.225; echo "ping rc=$?"
