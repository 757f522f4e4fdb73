# 0.0.0.0/8 other than 0.0.0.0 is ordinary unicast since Linux 5.3
# (ipv4_is_zeronet tests addr == 0): such addresses are assigned, resolved
# by ARP (the neighbour is not a broadcast NOARP entry), pass the input
# martian checks and answer pings; 0.0.0.0 itself stays special
# (a martian source, the broadcast key of lo's neighbours).
ip netns add foo-ns
ip netns add bar-ns
ip link add foo netns foo-ns type veth peer name bar netns bar-ns
ip -n foo-ns address add 0.1.2.17/24 dev foo; echo "addr add rc=$?"
ip -n foo-ns link set foo up
ip -n bar-ns address add 0.1.2.23/24 dev bar; echo "addr add rc=$?"
ip -n bar-ns link set bar up
ip -n foo-ns -4 addr show dev foo | grep inet
ip -n foo-ns route show table all | grep -v ff00 | grep 0.1.2
ip -n foo-ns route get 0.1.2.23
ip netns exec foo-ns ping -c 1 -W 1 0.1.2.23; echo "ping rc=$?"
ip -n foo-ns neigh show
ip -n bar-ns neigh show
ip netns exec foo-ns ping -c 1 -W 1 -I 0.1.2.17 0.1.2.23 | grep transmitted
ip -n foo-ns route add 0.5.0.0/16 via 0.1.2.23; echo "route rc=$?"
ip -n foo-ns route get 0.5.1.1
ip -n bar-ns address add 0.5.1.1/32 dev lo
ip netns exec foo-ns ping -c 1 -W 1 0.5.1.1 | grep transmitted
ip -n foo-ns neigh add 0.1.2.99 lladdr 02:00:00:00:00:99 dev foo; echo "neigh rc=$?"
ip -n foo-ns neigh show 0.1.2.99
ip netns del foo-ns
ip netns del bar-ns
