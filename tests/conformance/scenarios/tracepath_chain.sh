# tracepath (iputils 20221126) across two routers: the local EMSGSIZE that gives the first MTU, each hop from its ICMP time exceeded (the first hop twice, as the MTU changed), the target's port unreachable ("reached", hops there and back); -n (names would ask DNS, which is not modelled), -m short of the target, -l, -p, -m 0; a host behind the last router that does not answer (its router's host unreachable after three ARP probes: !H); a smaller MTU on the way (pmtu from the router's fragmentation needed); the UDP counters on each side.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add r1
ip netns add r2
ip netns add h2
ip netns exec r1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
ip netns exec r2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_ratelimit=0
ip link add veth0 type veth peer name r1a netns r1
ip -n r1 link add r1b type veth peer name r2a netns r2
ip -n r2 link add r2b type veth peer name h2a netns h2
ip addr add 10.0.1.2/24 dev veth0
ip link set veth0 up
ip route add default via 10.0.1.1
ip -n r1 addr add 10.0.1.1/24 dev r1a
ip -n r1 addr add 10.0.2.1/24 dev r1b
ip -n r1 link set r1a up
ip -n r1 link set r1b up
ip -n r2 addr add 10.0.2.2/24 dev r2a
ip -n r2 addr add 10.0.3.1/24 dev r2b
ip -n r2 link set r2a up
ip -n r2 link set r2b up
ip -n h2 addr add 10.0.3.2/24 dev h2a
ip -n h2 link set h2a up
ip -n r1 route add default via 10.0.2.2
ip -n r2 route add 10.0.1.0/24 via 10.0.2.1
ip -n h2 route add default via 10.0.3.1
sleep 1
echo "== -n"; tracepath -n 10.0.3.2; echo rc=$?
echo "== -n -m 2"; tracepath -n -m 2 10.0.3.2; echo rc=$?
echo "== -n -l 200 -p 33434"; tracepath -n -l 200 -p 33434 10.0.3.2; echo rc=$?
echo "== -n old port form"; tracepath -n 10.0.3.2/5555; echo rc=$?
echo "== -n -m 0"; tracepath -n -m 0 10.0.3.2; echo rc=$?
echo "== -n the first router"; tracepath -n 10.0.1.1; echo rc=$?
echo "== -n from h2"; ip netns exec h2 tracepath -n 10.0.1.2; echo rc=$?
echo "== -n nobody there"; tracepath -n -m 4 10.0.3.9; echo rc=$?
ip -n r2 link set r2b mtu 1400
ip -n h2 link set h2a mtu 1400
echo "== -n smaller mtu"; tracepath -n 10.0.3.2; echo rc=$?
nstat -az UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpInErrors
ip netns exec h2 nstat -az UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpInErrors
ip netns exec r2 nstat -az UdpNoPorts IcmpOutTimeExcds IcmpOutDestUnreachs
ip netns del r1
ip netns del r2
ip netns del h2
