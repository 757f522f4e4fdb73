# arping in the background ended by SIGINT and SIGTERM (the summary, and the status from the counts), a device with no address of its own (the source comes from another), -w 0, -f with -w and no answer, -A for a foreign address, -D with -s, -U with -s, and a target whose link is down.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip -n peer addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip link set veth2 up
ip link set veth3 up
ip -n peer link set veth1 up
sleep 1
echo "== no address on dev"; arping -c 1 -I veth2 10.0.0.2; echo rc=$?
echo "== no address -D"; arping -D -c 1 -I veth2 10.0.0.2; echo rc=$?
echo "== -c 2 -w 0"; arping -c 2 -w 0 -I veth0 10.0.0.2; echo rc=$?
arping -I veth0 10.0.0.2 > bg.txt 2>&1 &
sleep 2.5
kill -INT %1; wait %1; echo rc=$?
cat bg.txt
arping -I veth0 10.0.0.9 > bg2.txt 2>&1 &
sleep 1.5
kill %1; wait %1; echo rc=$?
cat bg2.txt
echo "== -f -w 3 unanswered"; arping -f -w 3 -I veth0 10.0.0.9; echo rc=$?
echo "== -A remote"; arping -A -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== -U -s"; arping -U -s 10.0.0.1 -c 1 -I veth0 10.0.0.9; echo rc=$?
echo "== -D -s"; arping -D -s 10.0.0.1 -c 1 -I veth0 10.0.0.2; echo rc=$?
ip -n peer link set veth1 down
sleep 1
echo "== peer down"; arping -c 2 -I veth0 10.0.0.2; echo rc=$?
ip netns del peer
