# arping's refusals and failures: usage (no target, two targets, an unknown option, a missing argument, -h), -V, bad -c/-w/-i values, an unknown, down or loopback device (also under -D), no route to the target, a local target (its route is lo), -s that is not ours or not an address, -U for an address that is not ours, a broadcast target, an off-link target with -I (assumed on link), 0 and a name from /etc/hosts, -I ''.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip -n peer addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 1
echo "== no target"; arping; echo rc=$?
echo "== two targets"; arping -c 1 -I veth0 10.0.0.2 10.0.0.3; echo rc=$?
echo "== -z"; arping -z 10.0.0.2; echo rc=$?
echo "== -c missing"; arping -I veth0 10.0.0.2 -c; echo rc=$?
echo "== -h"; arping -h 2>/dev/null; echo rc=$?
echo "== -V"; arping -V; echo rc=$?
echo "== -c 0"; arping -c 0 -I veth0 10.0.0.2; echo rc=$?
echo "== -c abc"; arping -c abc -I veth0 10.0.0.2; echo rc=$?
echo "== -c 1x"; arping -c 1x -I veth0 10.0.0.2; echo rc=$?
echo "== -w -1"; arping -w -1 -I veth0 10.0.0.2; echo rc=$?
echo "== -i ''"; arping -i '' -I veth0 10.0.0.2; echo rc=$?
echo "== -c huge"; arping -c 99999999999 -I veth0 10.0.0.2; echo rc=$?
echo "== -c huger"; arping -c 99999999999999999999 -I veth0 10.0.0.2; echo rc=$?
echo "== no such device"; arping -c 1 -I nosuch 10.0.0.2; echo rc=$?
echo "== device down"; arping -c 1 -I veth2 10.0.0.2; echo rc=$?
echo "== device down -q"; arping -q -c 1 -I veth2 10.0.0.2; echo rc=$?
echo "== lo"; arping -c 1 -I lo 10.0.0.2; echo rc=$?
echo "== lo -D"; arping -D -c 1 -I lo 10.0.0.2; echo rc=$?
echo "== no route"; arping -c 1 192.168.9.9; echo rc=$?
echo "== local target"; arping -c 1 10.0.0.1; echo rc=$?
echo "== -s not ours"; arping -s 10.0.0.5 -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== -s 1.2.3"; arping -s 1.2.3 -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== -s xx"; arping -s xx -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== -U not ours"; arping -U -c 1 -I veth0 10.0.0.2; echo rc=$?
echo "== broadcast"; arping -c 1 -I veth0 255.255.255.255; echo rc=$?
echo "== off link"; arping -c 1 -I veth0 10.5.0.2; echo rc=$?
echo "== 0"; arping -c 1 -I veth0 0; echo rc=$?
echo "== localhost"; arping -c 1 -I veth0 localhost; echo rc=$?
echo "== -I ''"; arping -c 1 -I '' 10.0.0.2; echo rc=$?
ip netns del peer
