# ip -j and ip -j -p address and route: addr_info objects (secondary, peer,
# broadcast, nodad and tentative, labels), -4 and -6 (the inet6 link dump),
# -br, -o, -s, the empty objects and arrays of filtered devices; routes of
# both families (types, gateways, metrics, preferences, the flags array),
# -d, table local, and route get (uid and the cache array, -6).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 brd + dev veth0
ip addr add 10.0.0.5/24 dev veth0 label veth0:1
ip addr add 10.7.0.1 peer 10.7.0.2/32 dev veth1
ip link set veth0 up
sleep 1
ip -j addr
ip -j -p addr show veth0
ip -j -4 addr
ip -j -4 -p addr show dev veth1
ip -j -br addr
ip -j -p -br addr
ip -j -o addr
ip -j -s addr show veth0
ip -j addr show up
ip -j addr show label veth0:1
ip -j -4 addr show dev lo scope global
ip -j route
ip -j -p route
ip route add 10.9.0.0/16 via 10.0.0.2 metric 50
ip route add blackhole 10.66.0.0/16
ip route add 10.8.0.0/16 via 10.0.0.3 onlink dev veth0
ip -j route
ip -j -d -p route
ip -j route show table local
ip -j -p route show table local
ip -j route get 10.0.0.2
ip -j -p route get 10.9.1.1
ip -j route get 127.0.0.1
ip -j route get 10.123.0.1; echo "st=$?"
ip link set veth1 up
sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.veth0.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 2001:db8:1::1/64 dev veth0
ip -6 route add 2001:db8:9::/48 via 2001:db8::2 pref high
# Duplicate address detection is over on the links that are up; on a link
# that is down it has not begun, and the address stays tentative.
ip link add veth2 type veth peer name veth3
ip addr add 2001:db8:2::1/64 dev veth2
sleep 3
ip -j -6 addr show dev veth2
ip -j -p addr show dev veth2
ip -j -6 addr
ip -j -6 -p addr show dev veth0
ip -j -6 -br addr
ip -j -d addr show veth0
ip -j -4 -d addr show lo
ip -j -6 -d -p addr show lo
ip -j -6 -s addr show lo
ip -j -6 route
ip -j -6 -p route
ip -j -6 route get 2001:db8:9::1
ip -j -p -6 route get 2001:db8::2
