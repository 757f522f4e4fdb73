# Flooding seen by tcpdump on every port: broadcast ARP on all of them, the learnt unicast on one, unknown unicast everywhere; hairpin.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip netns add n1
ip netns exec n1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p1 address 02:00:00:00:01:01 type veth peer name eth0 address 02:00:00:00:01:02 netns n1
ip link set p1 master br0
ip link set p1 up
ip -n n1 addr add 10.3.0.1/24 dev eth0
ip -n n1 link set eth0 up
ip netns add n2
ip netns exec n2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p2 address 02:00:00:00:02:01 type veth peer name eth0 address 02:00:00:00:02:02 netns n2
ip link set p2 master br0
ip link set p2 up
ip -n n2 addr add 10.3.0.2/24 dev eth0
ip -n n2 link set eth0 up
ip netns add n3
ip netns exec n3 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p3 address 02:00:00:00:03:01 type veth peer name eth0 address 02:00:00:00:03:02 netns n3
ip link set p3 master br0
ip link set p3 up
ip -n n3 addr add 10.3.0.3/24 dev eth0
ip -n n3 link set eth0 up
sleep 2
tcpdump -n -e -i p1 > p1.txt 2>&1 &
tcpdump -n -e -i p2 > p2.txt 2>&1 &
tcpdump -n -e -i p3 > p3.txt 2>&1 &
tcpdump -n -e -i br0 > br0.txt 2>&1 &
sleep 1
ip netns exec n1 ping -c 2 10.3.0.2 > /dev/null
ip netns exec n1 ip neigh add 10.3.0.9 lladdr 02:00:00:00:09:09 dev eth0
ip netns exec n1 ping -c 1 -W 1 10.3.0.9 > /dev/null
sleep 1
kill %1 %2 %3 %4
wait
cat p1.txt
cat p2.txt
cat p3.txt
cat br0.txt
bridge fdb show br br0 dynamic
