# ip -6 route add|del|replace|change|append|prepend|flush|show|get: gateways
# (global, link-local with dev), metrics, tables, src, proto, pref, the reject
# types and how a lookup answers them, global addresses with their prefix and
# local routes, and the kernel's errors (no route to the gateway, a local
# gateway, a link-local one without dev, no match to replace or delete).
sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
ip link set veth1 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:1::1/64 dev veth1
sleep 1.3
ip -6 route
ip -6 route add 2001:db8:5::/64 via 2001:db8::2
ip -6 route add 2001:db8:6::/64 via fe80::ff:fe00:b dev veth0
ip -6 route add 2001:db8:7::/64 dev veth0 metric 100
ip -6 route add 2001:db8:7::/64 dev veth1
ip -6 route add 2001:db8:7::/64 dev veth1; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via fe80::1; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via 2001:db9::1; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via 2001:db8::1; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via 2001:db8::2 dev veth1; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via 2001:db8::2 dev lo; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 dev nosuch; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via ff02::1 dev veth0; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 via 10.0.0.1; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 src 2001:db8::99 dev veth0; echo "rc=$?"
ip -6 route add 2001:db8:8::/64 dev veth0 pref bogus; echo "rc=$?"
ip -6 route add unreachable 2001:db8:9::/64
ip -6 route add prohibit 2001:db8:a::/64
ip -6 route add blackhole 2001:db8:b::/64
ip -6 route add throw 2001:db8:c::/64
ip -6 route add 2001:db8:d::/64 dev veth0 proto static pref high
ip -6 route add 2001:db8:e::/64 dev veth0 src 2001:db8::1 table 100
ip -6 route add 2001:db8:f::/64 via 2001:db8::3 dev veth0 onlink pref low
ip -6 route add default via 2001:db8::2 metric 10
ip -6 route
ip -6 route show table 100
ip -6 route show table all type unreachable
ip -6 route show via 2001:db8::2
ip -6 route show proto static
ip -6 route show pref high
ip -d -6 route show 2001:db8:f::/64
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:9::1; echo "rc=$?"
ip -6 route get 2001:db8:a::1; echo "rc=$?"
ip -6 route get 2001:db8:b::1; echo "rc=$?"
ip -6 route get 2001:db8:c::1; echo "rc=$?"
ip -6 route get 2001:db8::1
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:7::1 from 2001:db8::1
ip -6 route get 2001:db8:7::1 oif veth1
ip -6 route get fibmatch 2001:db8:7::1
ip -6 route get 2001:db8:f::1
ip -6 route get 2001:db8:1::1 iif veth0
ip -6 route get 2001:db8:5::1 from 2001:db8:1::5 iif veth1
ip -6 route show table local
ip -6 route replace 2001:db8:7::/64 dev veth1 metric 100
ip -6 route change 2001:db8:6::/64 via fe80::ff:fe00:b dev veth1; echo "rc=$?"
ip -6 route change 2001:db8:f::/64 dev veth1; echo "rc=$?"
ip -6 route change 2001:db8:99::/64 dev veth1; echo "rc=$?"
ip -6 route append 2001:db8:d::/64 dev veth1 proto static; echo "rc=$?"
ip -6 route prepend 2001:db8:d::/64 dev veth1 metric 5; echo "rc=$?"
ip -6 route replace 2001:db8:20::/64 dev veth1
ip -6 route
ip -6 route del 2001:db8:7::/64
ip -6 route del 2001:db8:7::/64 dev veth0; echo "rc=$?"
ip -6 route del 2001:db8:99::/64; echo "rc=$?"
ip -6 route del 2001:db8:5::/64 via 2001:db8::3; echo "rc=$?"
ip -6 route del 2001:db8:5::/64 table 7; echo "rc=$?"
ip -6 route del 2001:db8:d::/64 metric 5
ip -6 route flush dev veth1
ip -6 route
ip -s -6 route flush table 100
ip -6 route show table 100; echo "rc=$?"
ip -6 route flush proto static
ip -6 route flush type unreachable
ip -6 route
ip -6 addr del 2001:db8::1/64 dev veth0
ip -6 route
ip -6 route show table local
