# A ping between two namespaces, traced from a (its interfaces have names), without the meta columns.
ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
ip netns exec a pwru --filter-netns /run/netns/a 'icmp and dst host 10.0.0.2' &
ip netns exec a ping -c 1 10.0.0.2
ip netns exec a pwru --output-meta=false --filter-ifname v1 --filter-netns /var/run/netns/b icmp &
ip netns exec a ping -c 1 10.0.0.2
