# ip route show|list selectors: [to|root|match|exact] PREFIX, default, proto, scope, type,
# dev|oif, via, src, metric, from, iif, mark, cache, and how the printer leaves out
# what a selector fixed.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip addr add 10.2.2.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip route add default via 10.1.1.254
ip route add 10.3.0.0/16 via 10.1.1.2 metric 100
ip route add 10.3.0.0/16 via 10.2.2.2 metric 200
ip route add 10.4.0.0/16 dev veth0 src 10.1.1.1 proto static
ip route add 10.5.0.0/16 dev veth1 proto 99 scope host
ip route add blackhole 10.6.0.0/16
ip route add unreachable 10.7.0.0/16 metric 7
ip route add 10.0.0.0/8 via 10.2.2.2 proto bird
ip route add 10.3.3.0/24 dev veth0 scope 17
ip route
ip route show 10.3.0.0/16
ip route list to 10.3.0.0/16
ip route show 10.3.0.0
ip route show 10.3.3.3
ip route show root 10.3.0.0/16
ip route show match 10.3.3.3
ip route show match 10.3.3.0/24
ip route show exact 10.3.0.0/16
ip route show exact 10.3.0.0
ip route show default
ip route show to default
ip route show root default
ip route show match default
ip route show 10
ip route show 10/8
ip route show 10.0.0.0/255.0.0.0
ip route show all
ip route show root 0/0
ip route show match 0/0
ip route show exact 0/0
ip route show match 10.3.3.3 root 10.0.0.0/9
ip route show 10.0.0.0/33; echo "rc=$?"
ip route show proto kernel
ip route show proto static
ip route show proto boot
ip route show proto 99
ip route show proto openr
ip route show proto all
ip route show proto 0
ip route show proto bogus; echo "rc=$?"
ip route show scope link
ip route show scope global
ip route show scope host
ip route show scope 17
ip route show scope all
ip route show scope bogus; echo "rc=$?"
ip route show type unicast
ip route show type blackhole
ip route show type unreachable
ip route show type local
ip route show type local table local
ip route show type bogus; echo "rc=$?"
ip route show type 6
ip route show type uni
ip route show type brd table local
ip route show dev veth0
ip route show oif veth1
ip route show dev nosuch; echo "rc=$?"
ip route show via 10.1.1.2
ip route show via 10.2.2.2
ip route show via 10.2.2.0/24
ip route show via 10.0.0.0/8
ip route show via inet 10.2.2.2
ip route show src 10.1.1.1
ip route show src 10.1.1.0/24
ip route show metric 100
ip route show metric 0
ip route show priority 7
ip route show preference 200
ip route show metric x; echo "rc=$?"
ip route show dev veth0 proto kernel scope link
ip route show table main dev veth1 via 10.2.2.2 metric 200
ip -d route show dev veth0
ip -d route show type blackhole
ip route show from 1.2.3.4
ip route show from root 0/0
ip route show from 0/0
ip route show iif veth0
ip route show mark 0
ip route show mark 1
ip route list cached
ip route show table cache
ip -4 route show table all dev veth1
ip route show table all type broadcast
ip route show table all src 10.2.2.1
ip route lst dev lo table local
ip route show table; echo "rc=$?"
