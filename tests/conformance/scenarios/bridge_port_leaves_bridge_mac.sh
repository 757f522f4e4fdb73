# Found by the bridge difftest (port_leaves_bridge_mac): kernel: when the port whose MAC the bridge took leaves, the bridge changes MAC, yet a host that cached the old MAC still reaches it: pings from the br
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip netns add h1
ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p1 address 02:00:00:00:01:01 type veth peer name eth0 address 02:00:00:00:01:02 netns h1
ip link set p1 master br0
ip link set p1 up
ip -n h1 link set eth0 up
ip netns add h2
ip netns exec h2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p2 address 02:00:00:00:02:01 type veth peer name eth0 address 02:00:00:00:02:02 netns h2
ip link set p2 master br0
ip link set p2 up
ip -n h2 addr add 10.9.0.2/24 dev eth0
ip -n h2 link set eth0 up
ip addr add 10.9.0.254/24 dev br0
sleep 1.3
ping -c 1 -q 10.9.0.2 > /dev/null; echo rc=$?
ip link show br0
ip link set p1 nomaster
sleep 1.3
ip link show br0
ip -n h2 neigh show
ping -c 2 -W 1.25 10.9.0.2; echo rc=$?
bridge fdb show br br0
