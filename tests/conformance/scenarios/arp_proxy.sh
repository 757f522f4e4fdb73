# Proxy ARP on a router namespace: an ip neigh proxy entry, arp -s ... pub, proxy_arp, medium_id keeping it quiet on a shared medium, and forwarding off; answers wait out the random proxy_delay (rtt is normalised).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns add r
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip -n a link set lo up
ip -n r link set lo up
ip link add va type veth peer name vr
ip link set va netns a
ip link set vr netns r
ip link add vr2 type veth peer name vb
ip link set vr2 netns r
ip -n a addr add 10.1.1.1/24 dev va
ip -n r addr add 10.1.1.254/24 dev vr
ip -n r addr add 10.2.2.254/24 dev vr2
ip addr add 10.2.2.9/24 dev vb
ip addr add 10.1.1.9/32 dev vb
ip addr add 10.1.1.8/32 dev vb
ip addr add 10.1.1.7/32 dev vb
ip -n a link set va up
ip -n r link set vr up
ip -n r link set vr2 up
ip link set vb up
ip route add 10.1.1.0/24 via 10.2.2.254
ip -n r route add 10.1.1.9/32 dev vr2
ip -n r route add 10.1.1.8/32 dev vr2
ip -n r route add 10.1.1.7/32 dev vr2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
sleep 1.3
echo --- no proxy
ip netns exec a ping -c 1 -W 2 -q 10.1.1.9
ip -n a neigh show 10.1.1.9
sleep 2
ip -n a neigh show 10.1.1.9
ip -n a neigh flush dev va
ip -n r neigh add proxy 10.1.1.9 dev vr
echo --- ip neigh proxy
ip netns exec a ping -c 1 -q 10.1.1.9
ip -n a neigh show 10.1.1.9
ip -n r neigh show proxy
ip netns exec r arp -n
echo --- arp pub
ip netns exec r arp -i vr -s 10.1.1.8 00:00:00:00:00:00 pub
ip netns exec a ping -c 1 -q 10.1.1.8
ip netns exec r cat /proc/net/arp
echo --- proxy_arp
ip netns exec r sysctl -qw net.ipv4.conf.vr.proxy_arp=1
ip netns exec a ping -c 1 -q 10.1.1.7
ip -n a neigh show to 10.1.1.0/29
echo --- medium_id
ip -n a neigh flush dev va
ip netns exec r sysctl -qw net.ipv4.conf.vr.medium_id=1 net.ipv4.conf.vr2.medium_id=1
ip netns exec a ping -c 1 -W 2 -q 10.1.1.7
ip -n a neigh show 10.1.1.7
ip netns exec r sysctl -qw net.ipv4.conf.vr.medium_id=2
sleep 2
ip -n a neigh flush dev va
ip netns exec a ping -c 1 -q 10.1.1.7
ip -n a neigh show 10.1.1.7
echo --- forwarding off
ip -n a neigh flush dev va
ip netns exec r sysctl -qw net.ipv4.conf.vr.forwarding=0
ip netns exec a ping -c 1 -W 2 -q 10.1.1.9
sleep 2
ip -n a neigh show 10.1.1.9
