# arping's modes: -w alone and with -c (the probe the deadline sends, unanswered), -i, -i 0 (one probe), -D duplicate address detection (an address in use and a free one: exit statuses 1 and 0), -U and -A (unsolicited requests and replies: the target's existing neighbour entry takes the new MAC, as tcpdump on its end shows them).
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
echo "== -w 2"; arping -w 2 -I veth0 10.0.0.2; echo rc=$?
echo "== -w 2 -c 5"; arping -w 2 -c 5 -I veth0 10.0.0.2; echo rc=$?
echo "== -w 3 -c 1"; arping -w 3 -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== -w 1 unanswered"; arping -w 1 -I veth0 10.0.0.9; echo rc=$?
echo "== -i 2 -c 2"; arping -i 2 -c 2 -I veth0 10.0.0.2; echo rc=$?
echo "== -i 0 -w 2"; arping -i 0 -w 2 -I veth0 10.0.0.2; echo rc=$?
echo "== -D in use"; arping -D -c 2 -I veth0 10.0.0.2; echo rc=$?
echo "== -D free"; arping -D -c 2 -I veth0 10.0.0.7; echo rc=$?
echo "== -D -q"; arping -D -q -c 1 -I veth0 10.0.0.2; echo rc=$?
ip -n peer neigh
ip link set veth0 address 02:00:00:00:00:01
echo "== -U"; arping -U -c 2 -I veth0 10.0.0.1; echo rc=$?
ip -n peer neigh
ip link set veth0 address 02:00:00:00:00:0a
echo "== -A"; arping -A -c 1 -I veth0 10.0.0.1; echo rc=$?
ip -n peer neigh
echo "== -U -s"; arping -U -s 10.0.0.1 -c 1 -I veth0 10.0.0.2; echo rc=$?
sleep 1
kill %1; wait
cat cap.txt
ip -n peer neigh; ip neigh
ip netns del peer
