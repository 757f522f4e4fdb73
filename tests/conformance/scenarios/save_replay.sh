# A script vethlab-save wrote (tests/save.sh's world, less the initial namespace's net.core and neigh.default, which a new namespace lacks), replayed: links made with their indexes, peers in other namespaces, MACs and attributes, bridge and port settings, sysctls, addresses, routes, rules, neighbours and fdb entries, as Linux applies them.
ip netns add red
ip netns add blue
ip netns set red 0
ip netns set blue 1
ip -n red netns set blue 1
ip -n blue netns set red 0
sysctl -qw net.ipv4.conf.all.forwarding=1
sysctl -qw net.ipv4.conf.default.forwarding=1
sysctl -qw net.ipv4.conf.all.accept_redirects=1
sysctl -qw net.ipv4.conf.default.accept_redirects=1
sysctl -qw net.ipv4.conf.default.rp_filter=2
ip netns exec red sysctl -qw net.ipv4.conf.all.forwarding=1
ip netns exec red sysctl -qw net.ipv4.conf.default.forwarding=1
ip netns exec red sysctl -qw net.ipv4.conf.all.accept_redirects=0
ip netns exec red sysctl -qw net.ipv4.conf.default.accept_redirects=1
ip netns exec red sysctl -qw net.ipv4.icmp_ratelimit=500
ip netns exec blue sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec blue sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 index 3 type veth peer name v1 index 2 netns red
ip link add br0 index 4 type bridge forward_delay 400 ageing_time 800 stp_state 1 priority 4096
ip link add p1 index 5 type veth peer name p0 index 6
ip link add d1 index 7 type veth peer name d0 index 8
ip link add x0 index 10 type veth peer name x1 index 9 netns blue
ip -n red link add b1 index 3 type veth peer name b0 index 3 netns blue
ip link set dev v0 address 9e:e8:b1:47:cc:4d mtu 1400 promisc on alias 'uplink to red'
ip link property add dev v0 altname uplink
ip link set dev p1 address a6:e8:d7:e7:f1:3f
ip link set dev p0 address f2:c8:3b:e2:15:31
ip link set dev d1 address 36:64:c6:b4:3d:ed mode dormant
ip link set dev d0 address d6:8d:80:57:6c:3c mtu 9000 txqlen 100 group 3 gso_max_size 30000 gro_max_size 20000 allmulticast on arp off
ip link set dev x0 address 36:7c:4f:c6:42:71
ip -n red link set dev v1 address e6:10:f5:8d:ef:04 mtu 1400
ip -n red link set dev b1 address d2:b1:a5:3a:8c:db
ip -n blue link set dev b0 address d2:26:72:d8:4b:11
ip -n blue link set dev x1 address aa:81:b3:1b:38:71
sysctl -qw net.ipv4.conf.br0.accept_redirects=1
sysctl -qw net.ipv4.conf.br0.forwarding=1
sysctl -qw net.ipv4.conf.br0.rp_filter=2
sysctl -qw net.ipv4.conf.d0.accept_redirects=1
sysctl -qw net.ipv4.conf.d0.forwarding=1
sysctl -qw net.ipv4.conf.d0.rp_filter=2
sysctl -qw net.ipv4.conf.d1.accept_redirects=1
sysctl -qw net.ipv4.conf.d1.forwarding=1
sysctl -qw net.ipv4.conf.d1.rp_filter=2
sysctl -qw net.ipv4.conf.lo.accept_redirects=1
sysctl -qw net.ipv4.conf.lo.forwarding=1
sysctl -qw net.ipv4.conf.lo.rp_filter=0
sysctl -qw net.ipv4.conf.p0.accept_redirects=1
sysctl -qw net.ipv4.conf.p0.forwarding=1
sysctl -qw net.ipv4.conf.p0.rp_filter=2
sysctl -qw net.ipv4.conf.p1.accept_redirects=1
sysctl -qw net.ipv4.conf.p1.forwarding=1
sysctl -qw net.ipv4.conf.p1.rp_filter=2
sysctl -qw net.ipv4.conf.v0.accept_redirects=1
sysctl -qw net.ipv4.conf.v0.arp_ignore=1
sysctl -qw net.ipv4.conf.v0.forwarding=1
sysctl -qw net.ipv4.conf.v0.rp_filter=2
sysctl -qw net.ipv4.conf.x0.accept_redirects=1
sysctl -qw net.ipv4.conf.x0.forwarding=1
sysctl -qw net.ipv4.conf.x0.rp_filter=2
sysctl -qw net.ipv4.neigh.br0.gc_stale_time=120
sysctl -qw net.ipv4.neigh.d0.gc_stale_time=120
sysctl -qw net.ipv4.neigh.d1.gc_stale_time=120
sysctl -qw net.ipv4.neigh.lo.gc_stale_time=120
sysctl -qw net.ipv4.neigh.p0.gc_stale_time=120
sysctl -qw net.ipv4.neigh.p1.gc_stale_time=120
sysctl -qw net.ipv4.neigh.v0.base_reachable_time=10
sysctl -qw net.ipv4.neigh.v0.base_reachable_time_ms=10000
sysctl -qw net.ipv4.neigh.v0.gc_stale_time=120
sysctl -qw net.ipv4.neigh.x0.gc_stale_time=120
sysctl -qw net.ipv6.conf.v0.dad_transmits=3
ip netns exec red sysctl -qw net.ipv4.conf.b1.accept_redirects=1
ip netns exec red sysctl -qw net.ipv4.conf.b1.forwarding=1
ip netns exec red sysctl -qw net.ipv4.conf.lo.accept_redirects=1
ip netns exec red sysctl -qw net.ipv4.conf.lo.forwarding=1
ip netns exec red sysctl -qw net.ipv4.conf.v1.accept_local=1
ip netns exec red sysctl -qw net.ipv4.conf.v1.accept_redirects=1
ip netns exec red sysctl -qw net.ipv4.conf.v1.forwarding=1
ip netns exec red sysctl -qw net.ipv4.neigh.b1.gc_stale_time=60
ip netns exec red sysctl -qw net.ipv4.neigh.lo.gc_stale_time=60
ip netns exec red sysctl -qw net.ipv4.neigh.v1.gc_stale_time=60
ip netns exec blue sysctl -qw net.ipv4.neigh.b0.gc_stale_time=60
ip netns exec blue sysctl -qw net.ipv4.neigh.lo.gc_stale_time=60
ip netns exec blue sysctl -qw net.ipv4.neigh.x1.gc_stale_time=120
ip netns exec blue sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
ip netns exec blue sysctl -qw net.ipv6.conf.lo.disable_ipv6=1
ip netns exec blue sysctl -qw net.ipv6.conf.x1.disable_ipv6=1
ip link set dev p0 master br0
ip link set dev p0 type bridge_slave priority 7 cost 2 hairpin on learning off
ip link set dev br0 mtu 1400
ip link set dev br0 up
ip link set dev v0 up
ip link set dev p0 up
ip link set dev p1 up
ip link set dev d0 up
ip -n red link set dev b1 up
ip -n red link set dev v1 up
ip -n red link set dev lo up
ip -n blue link set dev b0 up
ip addr add 10.0.0.1/24 scope global dev v0
ip addr add 10.0.0.5/24 scope global dev v0
ip addr add 10.0.0.6/24 scope global label v0:sec dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip addr add 10.9.0.1 peer 10.9.0.2/32 scope global label p1:x dev p1
ip addr add 172.16.0.1/16 brd 172.16.255.255 scope link dev d0
ip -n red addr add 10.0.0.2/24 brd 10.0.0.255 scope global dev v1
ip -n red -6 addr add 2001:db8::2/64 dev v1 nodad
ip -n red addr add 10.1.0.1/24 scope global dev b1
ip -n blue addr add 10.1.0.2/24 scope global dev b0
ip route add unreachable 192.0.3.0/24 table 100 proto 3 scope global
ip route add unicast 198.51.100.0/24 dev v0 table 100 proto 4 scope link
ip route add unicast 10.2.0.0/16 via 10.0.0.2 dev v0 proto 3 scope global metric 10
ip route add blackhole 192.0.2.0/24 proto 3 scope global
ip -6 route add unicast 2001:db8:5::/48 via 2001:db8::2 dev v0 proto 3 metric 1024
ip rule add pref 100 from 10.0.0.0/24 table 100
ip rule add pref 200 fwmark 0x10/0xff table 100
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0 nud permanent
ip -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:0a dev v0 nud permanent router
ip neigh add proxy 10.0.0.77 dev v0
bridge fdb add 02:00:00:00:00:33 dev p0 master static
bridge fdb add 02:00:00:00:00:44 dev p0 master permanent
ip -n red route add unicast 10.3.0.0/16 via 10.1.0.2 dev b1 proto 3 scope global src 10.0.0.2
ip -n red -6 route add unicast 2001:db8:6::/48 dev v1 proto 3 metric 5
ip -n red rule add pref 300 iif v1 blackhole
ip -n blue route add unicast 0.0.0.0/0 via 10.1.0.1 dev b0 proto 3 scope global
sleep 5
ip netns list
# (Not ip -d link of the port p0: its STP hold timer runs with the BPDUs Linux sends, which vethlab does not.)
ip -d link show dev v0; ip -d link show dev br0; ip -d link show dev p1
ip -d link show dev d0; ip -d link show dev d1; ip -d link show dev x0
ip link show dev p0; bridge -d link show dev p0
ip addr
ip route show table all
ip -6 route show table all
ip rule; ip -6 rule
ip neigh; ip neigh show proxy
bridge fdb show br br0
ip netns exec red ip -d link
ip -n red addr
ip -n red route show table all
ip -n red -6 route show table all
ip -n red rule
ip -n blue -d link
ip -n blue addr
ip -n blue route show table all
sysctl net.ipv4.ip_forward net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.rp_filter net.ipv4.conf.v0.rp_filter net.ipv4.conf.v0.arp_ignore net.ipv6.conf.v0.dad_transmits net.ipv4.neigh.v0.base_reachable_time_ms net.ipv4.conf.lo.rp_filter
ip netns exec red sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.v1.accept_local net.ipv4.conf.v1.forwarding net.ipv4.icmp_ratelimit
ip netns exec blue sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.b0.disable_ipv6 net.ipv6.conf.lo.disable_ipv6
ip netns del red; ip netns del blue
sleep 1
