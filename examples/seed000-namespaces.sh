# Seed 000: a pair with ifconfig, ping across it (fails until accept_local and
# rp_filter are changed), then one end moved into a namespace, where ping works
# without any change; ethtool -S shows each end's peer_ifindex.
ip link add veth01 type veth peer name veth02
ip link list
ip link set dev veth01 up
ip link set dev veth02 up
ifconfig veth01 192.168.8.101/24 up
ifconfig veth02 192.168.8.102/24 up
ip addr
ping -c 3 -I veth01 192.168.8.102
# why: the ARP requests are martians at veth02 (their source is local) until accept_local.
why
cat /proc/sys/net/ipv4/conf/veth01/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth01/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth02/accept_local
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
ip neigh flush dev veth01
ping -c 3 -I veth01 192.168.8.102
ip netns add study01
ip netns add study02
ip link set veth01 netns study01
ip netns exec study01 ifconfig veth01 192.168.8.101/24 up
ip netns exec study01 ping -c 2 192.168.8.102
ip netns exec study01 ethtool -S veth01
ip addr show veth02
ethtool -S veth02
ip link delete dev veth01
ip netns delete study01
ip netns delete study02
