# The socket options ping sets for IPv4: -m marks the probe and every echo
# request, so a policy rule on the mark picks their route; -r (SO_DONTROUTE)
# keeps the requests, not the probe, to routes of link scope, so a destination
# behind a gateway is never reached; -Q sets the TOS byte the reply copies.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip -n peer addr add 10.9.9.9/32 dev lo
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
ping -c 1 -W 1 10.9.9.9; echo "rc=$?"
ip route add 10.9.9.9/32 via 10.1.1.2 table 100
ip rule add fwmark 7 table 100
ping -m 7 -c 2 -i 0.3 10.9.9.9; echo "rc=$?"
ping -m 8 -c 1 -W 1 10.9.9.9; echo "rc=$?"
ping -m 0 -c 1 10.1.1.2; echo "rc=$?"
ping -r -c 1 10.1.1.2; echo "rc=$?"
ping -r -m 7 -c 2 -i 0.3 -W 1 10.9.9.9; echo "rc=$?"
ip route add 10.9.9.0/24 via 10.1.1.2
ping -c 1 10.9.9.9; echo "rc=$?"
ping -r -c 2 -i 0.3 -W 1 10.9.9.9; echo "rc=$?"
ping -r -c 1 127.0.0.1; echo "rc=$?"
ip rule del fwmark 7 table 100
tcpdump -n -v -i veth0 -c 6 icmp > tos.txt 2> /dev/null &
sleep 1
ping -Q 0x10 -c 1 10.1.1.2; echo "rc=$?"
ping -Q 40 -c 1 10.1.1.2; echo "rc=$?"
ping -Q 0xfc -c 1 10.1.1.2; echo "rc=$?"
wait
cat tos.txt
ping -Q 0 -c 1 10.1.1.2; echo "rc=$?"
ip netns del peer
