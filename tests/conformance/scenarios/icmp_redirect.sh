# A router that sends a packet back out of the interface it came in on tells
# the sender with an ICMP redirect (then backs off); ping shows it.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns add r
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add va netns a type veth peer name ra netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n a addr add 10.0.1.3/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n a link set va up
ip -n r link set ra up
ip -n a route add default via 10.0.1.1
ip -n r route add 10.0.5.0/24 via 10.0.1.3
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
sleep 2
ip netns exec a ping -c 3 10.0.5.5; echo "rc=$?"
ip netns exec a sysctl -qw net.ipv4.conf.all.accept_local=1
ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.ra.send_redirects=0
ip netns exec a ping -c 2 10.0.5.6; echo "rc=$?"
ip -n r -s link show ra
ip netns del a
ip netns del r
