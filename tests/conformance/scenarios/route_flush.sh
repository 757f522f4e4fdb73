# ip route flush with selectors, -s and -s -s, and flush cache.
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
ip route flush; echo "rc=$?"
ip route flush 10.3.0.0/16; echo "rc=$?"
ip route
ip -s route flush proto bird; echo "rc=$?"
ip -s route flush proto bird; echo "rc=$?"
ip -s -s route flush dev veth1; echo "rc=$?"
ip route
ip route flush type unreachable
ip route flush via 10.1.1.254
ip route
ip route flush cache; echo "rc=$?"
ip -s route flush cache; echo "rc=$?"
ip -s -4 route flush cache; echo "rc=$?"
ip -s -6 route flush cache; echo "rc=$?"
ip route flush table cache; echo "rc=$?"
ip route flush table 100; echo "rc=$?"
ip route flush all
ip route
ip route flush table local 127.0.0.0/8
ip route show table local
ip route flush table all type broadcast
ip route show table all
ip -s route flush table local scope host
ip route show table all
ip route get 10.1.1.1; echo "rc=$?"
