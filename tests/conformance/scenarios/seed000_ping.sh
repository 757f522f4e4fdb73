# Seed 000: the pair in one namespace fails until accept_local; then one end
# moves into a namespace and ping works without any sysctl change.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth01 type veth peer name veth02
ip link set dev veth01 up
ip link set dev veth02 up
ifconfig veth01 192.168.8.101/24
ifconfig veth02 192.168.8.102/24
sleep 2
ping -c 3 -I veth01 192.168.8.102; echo "rc=$?"
echo 1 > /proc/sys/net/ipv4/conf/veth01/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth02/accept_local
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
ip neigh flush dev veth01
ping -c 3 -I veth01 192.168.8.102; echo "rc=$?"
ip netns add study01
ip netns add study02
ip link set veth01 netns study01
ip netns exec study01 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec study01 ifconfig veth01 192.168.8.101/24 up
sleep 2
ip netns exec study01 ping -c 2 192.168.8.102; echo "rc=$?"
ip netns exec study01 ethtool -S veth01
ethtool -S veth02
ip netns exec study01 ip neigh
ip neigh show dev veth02
ip link delete dev veth01; echo "rc=$?"
ip netns delete study01
ip netns delete study02
