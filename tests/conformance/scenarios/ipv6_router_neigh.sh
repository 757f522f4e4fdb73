# A router namespace as IPv6 tutorials build it: the hosts' router
# solicitations leave STALE entries for their link-local addresses on the
# router (only while it forwards), and the hosts mark the router's entry
# "router" from the R flag of its advertisements, until it stops forwarding.
for ns in h1 r h2; do ip netns add $ns; ip -n $ns link set lo up; done
ip netns exec r sysctl -q -w net.ipv6.conf.all.forwarding=1
ip link add h1-r netns h1 address 02:00:00:00:01:01 type veth peer name r-h1 netns r address 02:00:00:00:01:02
ip link add h2-r netns h2 address 02:00:00:00:02:01 type veth peer name r-h2 netns r address 02:00:00:00:02:02
ip -n h1 addr add 2001:db8:a::2/64 dev h1-r nodad
ip -n r addr add 2001:db8:a::1/64 dev r-h1 nodad
ip -n r addr add 2001:db8:b::1/64 dev r-h2 nodad
ip -n h2 addr add 2001:db8:b::2/64 dev h2-r nodad
ip -n h1 link set h1-r up
ip -n r link set r-h1 up
ip -n r link set r-h2 up
ip -n h2 link set h2-r up
ip -n h1 -6 route add default via 2001:db8:a::1
ip -n h2 -6 route add default via 2001:db8:b::1
sleep 3
ip -n r -6 neigh show
ip netns exec h1 ping -c 2 -i 0.2 2001:db8:b::2
ip -n h1 -6 neigh show
ip -n h2 -6 neigh show
ip -n r -6 neigh show dev r-h1
ip -n h1 -6 neigh show router
ip -n h1 -j -6 neigh show 2001:db8:a::1
ip netns exec r sysctl -q -w net.ipv6.conf.all.forwarding=0
ip -n h1 -6 neigh flush dev h1-r
ip netns exec h1 ping -c 1 2001:db8:a::1 > /dev/null; echo "rc=$?"
ip -n h1 -6 neigh show 2001:db8:a::1
ip netns exec h1 ping -c 1 2001:db8:b::2; echo "rc=$?"
ip netns del h1
ip netns del r
ip netns del h2
