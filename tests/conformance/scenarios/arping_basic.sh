# arping (iputils 20221126) across a veth pair between namespaces: -c with -I, the device found through the route without -I, an unanswered target, -f, -q, -b, -s; what tcpdump sees on the target's end (broadcast first, then unicast to the MAC the reply gave) and the neighbour entry the requests leave there (STALE), while the sender learns nothing from the replies.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.0.0.1/24 dev veth0
ip -n peer addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 1
ip netns exec peer tcpdump -n -e -l -i veth1 arp > cap.txt 2>&1 &
sleep 1
echo "== -c 3 -I veth0"; arping -c 3 -I veth0 10.0.0.2; echo rc=$?
ip -n peer neigh; ip neigh
echo "== without -I"; arping -c 2 10.0.0.2; echo rc=$?
echo "== unanswered"; arping -c 2 -I veth0 10.0.0.9; echo rc=$?
echo "== -f"; arping -f -I veth0 10.0.0.2; echo rc=$?
echo "== -q"; arping -q -c 2 -I veth0 10.0.0.2; echo rc=$?
echo "== -b"; arping -b -c 2 -I veth0 10.0.0.2; echo rc=$?
echo "== -s"; arping -s 10.0.0.1 -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== -c 2 from the peer"; ip netns exec peer arping -c 2 10.0.0.1; echo rc=$?
sleep 1
kill %1; wait
cat cap.txt
ip -n peer neigh; ip neigh
ip netns del peer
