# ip_route_connect looks the route up twice when the socket has no destination or
# no source: ping 0 in a namespace whose lo never came up fails (no 127.0.0.1 to be the
# source), and a rule 'from' the source found first applies to the second lookup.
ip netns add ns1
ip netns exec ns1 ping -c 1 0; echo "rc=$?"
ip netns exec ns1 ping -c 1 0.0.0.0; echo "rc=$?"
ip -n ns1 link add veth0 type veth peer name veth1
ip -n ns1 addr add 10.0.0.1/24 dev veth0
ip -n ns1 link set veth0 up
ip -n ns1 link set veth1 up
ip netns exec ns1 ping -c 1 0; echo "rc=$?"
ip netns exec ns1 ping -c 1 -I 10.0.0.1 0; echo "rc=$?"
ip netns exec ns1 ping -c 1 -I veth0 0; echo "rc=$?"
ip -n ns1 link set lo up
ip netns exec ns1 ping -c 1 0; echo "rc=$?"
ip -n ns1 link set lo down
ip netns exec ns1 ping -c 1 0; echo "rc=$?"
ip netns exec ns1 nstat -az IpOutNoRoutes
ip -n ns1 route add 10.9.0.0/16 via 10.0.0.2 table 100
ip -n ns1 rule add from 10.0.0.1 lookup 100
ip netns exec ns1 ping -c 1 -W 1 10.9.0.1; echo "rc=$?"
ip netns exec ns1 ping -c 1 -W 1 -I 10.0.0.1 10.9.0.1; echo "rc=$?"
ip -n ns1 route add default via 10.0.0.3
ip netns exec ns1 ping -c 1 -W 1 10.9.0.1; echo "rc=$?"
ip -n ns1 neigh
