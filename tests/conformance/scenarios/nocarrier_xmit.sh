# A veth whose peer is down has no carrier: linkwatch has deactivated it, so
# its qdisc is noop_qdisc, which drops every packet (tx_dropped) before a
# capture on it sees one; the neighbour still fails. And a background
# tcpdump's statistics reach its file (stderr is unbuffered) as soon as it
# is killed, before the shell reaps it.
ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.65.0.1/24 dev veth0
ip link set veth0 up
sleep 1.3
tcpdump -n -i veth0 > cap.txt 2>&1 &
sleep 1.3
ping -c 2 -W 1 10.65.0.2; echo "ping rc=$?"
sleep 1.3
kill %1
sleep 0.3
cat cap.txt
ip -s link show veth0
ip neigh show dev veth0
ip -n a link set veth1 up
ip neigh replace 10.65.0.2 lladdr 02:00:00:00:00:02 dev veth0 nud permanent
sleep 1.3
tcpdump -n -i veth0 not ip6 > cap2.txt 2>&1 &
sleep 1.3
ping -c 1 -W 1 10.65.0.2; echo "ping rc=$?"
kill %2
sleep 0.3
cat cap2.txt
ip -s link show veth0
