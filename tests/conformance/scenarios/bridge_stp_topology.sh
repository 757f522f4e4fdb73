# STP's topology change: after a port starts forwarding, the root bridge ages its entries in twice the forward delay (ip -d shows it) for forward_delay + max_age; its hello timer runs; STP turned off lets them run out.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge stp_state 1 forward_delay 200 ageing_time 1000
ip netns add h
ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add v0 address 02:00:00:00:00:0a type veth peer name eth0 address 02:00:00:00:00:0b netns h
ip link set v0 master br0
ip link set br0 up
ip link set v0 up
ip -n h link set eth0 up
ip -n h addr add 10.9.0.2/24 dev eth0
ip addr add 10.9.0.1/24 dev br0
sleep 1
ip -d link show br0
sleep 4
ip -d link show br0
ip netns exec h ping -c 1 -q 10.9.0.1
bridge fdb show br br0 dynamic
sleep 3
bridge fdb show br br0 dynamic
sleep 30
ip -d link show br0
bridge fdb show br br0 dynamic
ip netns exec h ping -c 1 -q 10.9.0.1
sleep 3
bridge fdb show br br0 dynamic
ip link set br0 type bridge stp_state 0
ip -d link show br0
