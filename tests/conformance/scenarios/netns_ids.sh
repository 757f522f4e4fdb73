# When namespaces get ids for each other (ip netns list's "(id: N)"): a
# device's announcement (creation, up, down, mtu, name, move, carrier) or a
# dump of its namespace gives that namespace an id for the namespace of the
# device's peer; creating a pair between two other namespaces gives the
# creator none. Ids are reused lowest first. A moved device keeps its operstate.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add h1
ip netns add r
ip netns add h2
ip link add eth0 netns h1 type veth peer name left netns r
ip netns list
ip netns exec h1 ip netns list
ip netns exec r ip netns list
ip -n r link set left up
ip netns exec r ip netns list
ip link add eth0 netns h2 type veth peer name right netns r
ip -n h2 link set eth0 mtu 1400
ip netns exec h2 ip netns list
ip netns exec r ip netns list
ip link add veth0 type veth peer name veth1 netns h2
ip netns list
ip netns exec h2 ip netns list
ip netns del h1
sleep 1
ip netns add h3
ip link add veth2 type veth peer name veth3
ip link set veth3 netns h3
ip netns list
ip -n h3 link set veth3 up
sleep 1
ip -n h3 link show veth3
ip netns exec h3 ip netns list
