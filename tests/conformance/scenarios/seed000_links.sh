# Seed 000, link-level steps: a pair with ifconfig, one end moved into a
# namespace, ethtool -S peer_ifindex, the accept_local/rp_filter knobs, cleanup.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link list
ip link add veth01 type veth peer name veth02
ip link list
ip link set dev veth01  up
ip link set dev veth02  up
ifconfig veth01 192.168.8.101/24
ifconfig veth02 192.168.8.102/24
sleep 2
ip addr
cat /proc/sys/net/ipv4/conf/veth01/accept_local
cat /proc/sys/net/ipv4/conf/veth02/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth01/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth02/accept_local
cat /proc/sys/net/ipv4/conf/all/rp_filter
cat /proc/sys/net/ipv4/conf/veth01/rp_filter
cat /proc/sys/net/ipv4/conf/veth02/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth01/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth02/rp_filter
ip netns add study01
ip netns add study02
ip link set veth01 netns study01
ip netns exec study01 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec study01 ifconfig veth01 192.168.8.101/24 up
sleep 2
ip netns exec study01 ethtool -S veth01
ip addr
ethtool -S veth02
ip netns exec study01 ip addr
ip link delete dev veth01; echo "rc=$?"
ip netns delete study01
ip netns delete study02
sleep 2
ip link
