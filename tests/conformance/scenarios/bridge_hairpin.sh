# Hairpin: a frame whose destination was learnt on the port it came in by goes back out of that port only in hairpin mode.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge mcast_snooping 0
ip link set br0 up
ip netns add n1
ip netns exec n1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p1 address 02:00:00:00:01:01 type veth peer name eth0 address 02:00:00:00:01:02 netns n1
ip link set p1 master br0
ip link set p1 up
ip -n n1 addr add 10.4.0.1/24 dev eth0
ip -n n1 link set eth0 up
ip -n n1 neigh add 10.4.0.9 lladdr 02:00:00:00:09:09 dev eth0
bridge fdb add 02:00:00:00:09:09 dev p1 master static
sleep 1
tcpdump -n -e -i p1 > off.txt 2>&1 &
sleep 1
ip netns exec n1 ping -c 1 -W 1 10.4.0.9 > /dev/null; echo rc=$?
sleep 1
kill %1
wait
cat off.txt
bridge link set dev p1 hairpin on
bridge -d link show dev p1
tcpdump -n -e -i p1 > on.txt 2>&1 &
sleep 1
ip netns exec n1 ping -c 1 -W 1 10.4.0.9 > /dev/null; echo rc=$?
sleep 1
kill %1
wait
cat on.txt
ip -s link show p1
