# a pings b; b's strict rp_filter drops the request: pwru shows each function, then the drop.
ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b address 02:00:00:00:00:02
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
ip -n b link set lo up
ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v0 nud permanent
ip -n b route add 10.0.0.1/32 dev lo
ip netns exec b sysctl -q -w net.ipv4.conf.all.rp_filter=1
pwru --output-tuple 'icmp' &
ip netns exec a ping -c 1 -W 1 10.0.0.2
kill %1
