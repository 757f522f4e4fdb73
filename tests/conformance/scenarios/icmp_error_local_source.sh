# An ICMP error about a packet that was for this host goes from the address the packet was sent to (icmp_send: the input route is RTCF_LOCAL), not from the address of the device it came in by: tracepath from a namespace to the router's address on another link is "reached" from that address; to the router's own address on the way in, from that one.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
sysctl -qw net.ipv4.ip_forward=1
for i in 1 2; do
	ip netns add n$i
	ip netns exec n$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
	ip link add v$i type veth peer name eth0 netns n$i
	ip addr add 10.53.$i.1/24 dev v$i
	ip -n n$i addr add 10.53.$i.2/24 dev eth0
	ip link set v$i up
	ip -n n$i link set eth0 up
	ip -n n$i route add default via 10.53.$i.1
done
ip addr add 10.99.0.1/32 dev lo
sleep 1.3
ip netns exec n1 tracepath -n 10.53.2.1; echo "rc=$?"
ip netns exec n1 tracepath -n 10.53.1.1; echo "rc=$?"
ip netns exec n1 tracepath -n 10.99.0.1; echo "rc=$?"
ip netns exec n2 tracepath -n -m 1 10.53.1.1; echo "rc=$?"
ip netns exec n2 tracepath -n 10.53.1.2; echo "rc=$?"
nstat -az UdpNoPorts IcmpOutDestUnreachs IcmpMsgOutType3
ip netns del n1
ip netns del n2
