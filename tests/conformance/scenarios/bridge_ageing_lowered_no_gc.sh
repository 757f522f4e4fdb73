# Found by the bridge difftest (ageing_lowered_no_gc): kernel: lowering ageing_time (ip link set br0 type bridge ageing_time 200) reschedules the fdb gc at once: entries older than the new time disappear, 
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip netns add h1
ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add p1 address 02:00:00:00:01:01 type veth peer name eth0 address 02:00:00:00:01:02 netns h1
ip link set p1 master br0
ip link set p1 up
ip -n h1 addr add 10.9.0.1/24 dev eth0
ip -n h1 link set eth0 up
ip addr add 10.9.0.254/24 dev br0
sleep 1.3
ip netns exec h1 ping -c 1 -q 10.9.0.254 > /dev/null
bridge fdb show br br0 dynamic
ip link set br0 type bridge ageing_time 200
sleep 3.3
bridge fdb show br br0 dynamic
brctl showmacs br0
