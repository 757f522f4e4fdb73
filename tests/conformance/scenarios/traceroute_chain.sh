# traceroute 2.1.2 (its default UDP method) from h1 through a router r to h2: each hop's probes (16 in flight, 3 a hop), the port unreachable that ends the trace; without -n, a hop with no name prints its number twice; -q, -N 1, -p, -m, -f; the error a router sends for a route of type unreachable (!H), prohibit (!X) and for no route at all (!N); a host behind the router that does not answer ARP (!H from the router after its three probes); a blackhole route and a router with forwarding off (rows of stars, each after its wait: -w); -s, -i and their errors; no route on the host itself. Each case waits 6 s first so that the router's and h2's ICMP rate limits (ip_error's 5 s burst, icmp_ratelimit's 6 tokens) start full.
ip netns add r
ip netns add h2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
ip link add v0 type veth peer name ra netns r
ip -n r link add rb type veth peer name h2a netns h2
ip addr add 10.0.1.2/24 dev v0
ip link set v0 up
ip route add default via 10.0.1.1
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n r link set ra up
ip -n r link set rb up
ip -n h2 addr add 10.0.2.2/24 dev h2a
ip -n h2 link set h2a up
ip -n h2 route add default via 10.0.2.1
ip -n r route add unreachable 10.5.0.0/16
ip -n r route add prohibit 10.6.0.0/16
ip -n r route add blackhole 10.7.0.0/16
sleep 6
echo "== -n"; traceroute -n 10.0.2.2; echo rc=$?
sleep 6
echo "== names"; traceroute 10.0.2.2; echo rc=$?
sleep 6
echo "== -q 1 -N 1"; traceroute -n -q 1 -N 1 10.0.2.2; echo rc=$?
sleep 6
echo "== -p 40000 -q 2 -m 1"; traceroute -n -p 40000 -q 2 -m 1 10.0.2.2; echo rc=$?
echo "== -f 2 -q 2"; traceroute -n -f 2 -q 2 10.0.2.2; echo rc=$?
sleep 6
echo "== unreachable"; traceroute -n -q 1 10.5.0.1; echo rc=$?
sleep 6
echo "== prohibit"; traceroute -n -q 1 10.6.0.1; echo rc=$?
sleep 6
echo "== no route"; traceroute -n -q 1 10.9.0.1; echo rc=$?
sleep 6
echo "== no host"; traceroute -n 10.0.2.9; echo rc=$?
echo "== blackhole"; traceroute -n -m 3 -q 1 -w 1 10.7.0.1; echo rc=$?
echo "== -s bad"; traceroute -n -s 10.0.9.9 10.0.2.2; echo rc=$?
echo "== -i nosuch"; traceroute -n -i nosuch 10.0.2.2; echo rc=$?
sleep 6
echo "== -s -i"; traceroute -n -q 1 -s 10.0.1.2 -i v0 -m 1 10.0.2.2; echo rc=$?
ip netns exec r sysctl -qw net.ipv4.ip_forward=0
sleep 6
echo "== forwarding off"; traceroute -n -m 3 -q 2 -w 1,3,10 10.0.2.2; echo rc=$?
ip route del default
echo "== no route here"; traceroute -n 10.9.0.1; echo rc=$?
ip netns del r
ip netns del h2
