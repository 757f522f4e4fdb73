# A router sends a redirect for a packet it forwards back out the device it came in
# on only when the source is directly connected (fib_validate_source's answer):
# not for a source it reaches through a gateway.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns add r
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add va netns a type veth peer name ra netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n a addr add 10.0.9.9/32 dev lo
ip -n a link set lo up
ip -n r addr add 10.0.1.1/24 dev ra
ip -n a link set va up
ip -n r link set ra up
ip -n a route add default via 10.0.1.1
ip -n r route add 10.0.5.0/24 via 10.0.1.3
ip -n r route add 10.0.9.0/24 via 10.0.1.2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
sleep 2
ip netns exec a ping -c 2 -I 10.0.9.9 10.0.5.5; echo "rc=$?"
ip netns exec a ping -c 2 10.0.5.6; echo "rc=$?"
ip -n r route get 10.0.5.5 from 10.0.9.9 iif ra
ip -n r route get 10.0.5.5 from 10.0.1.2 iif ra
ip netns exec r cat /proc/net/snmp
ip netns del a
ip netns del r
