# Isolated ports reach the others but not each other; a port going down stops forwarding and forgets its entries.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip netns add n1
ip link add p1 type veth peer name eth0 netns n1
ip link set p1 master br0
ip link set p1 up
ip -n n1 addr add 10.2.0.1/24 dev eth0
ip -n n1 link set eth0 up
ip netns add n2
ip link add p2 type veth peer name eth0 netns n2
ip link set p2 master br0
ip link set p2 up
ip -n n2 addr add 10.2.0.2/24 dev eth0
ip -n n2 link set eth0 up
ip netns add n3
ip link add p3 type veth peer name eth0 netns n3
ip link set p3 master br0
ip link set p3 up
ip -n n3 addr add 10.2.0.3/24 dev eth0
ip -n n3 link set eth0 up
sleep 1
bridge link set dev p1 isolated on
bridge link set dev p2 isolated on
ip netns exec n1 ping -c 1 -W 1 10.2.0.2
ip netns exec n1 ping -c 1 -W 1 10.2.0.3
ip netns exec n2 ping -c 1 -W 1 10.2.0.3
bridge -d link show
bridge link set dev p1 isolated off
# n1's entry for 10.2.0.2 is still probing (its third probe lands within a
# few ms of this ping's -W 1 deadline): let it fail first, then resolve anew.
sleep 3
ip netns exec n1 ping -c 1 -W 1 10.2.0.2
bridge fdb show br br0 dynamic
ip link set p3 down
bridge link
ip link show br0
bridge fdb show br br0 dynamic
ip netns exec n1 ping -c 1 -W 1 10.2.0.3
ip link set p1 down
ip link set p2 down
ip link show br0
bridge link
