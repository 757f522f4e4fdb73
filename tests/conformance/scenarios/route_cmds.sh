# ip route add/replace/del/get/flush and route -n, with their errors.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip route add 10.9.0.0/16 dev veth0; echo "rc=$?"
ip route
ip route show table all
ip link set veth0 up
ip route
ip link set veth1 up
sleep 2
ip route add default via 10.1.1.254
ip route add 10.2.0.0/16 via 10.1.1.2 metric 100
ip route add 10.3.0.0/16 dev veth0 src 10.1.1.1
ip route add 10.9.0.0/16 dev veth0 proto static
ip route add blackhole 10.4.0.0/16
ip route add unreachable 10.5.0.0/16
ip route add prohibit 10.6.0.0/16
ip route add 10.7.7.7 dev veth0 metric 5
ip route
route -n
ip route show dev veth0
ip route show table local
ip route get 10.2.3.4
ip route get 10.4.1.1; echo "rc=$?"
ip route get 10.5.1.1; echo "rc=$?"
ip route get 10.6.1.1; echo "rc=$?"
ip route get 8.8.8.8
ip route get 10.1.1.1 from 10.1.1.1
ip route get 10.1.1.5 oif veth0
ip route get 10.1.1.255
ip route add 10.2.0.0/16 via 10.1.1.2 metric 100; echo "rc=$?"
ip route replace 10.2.0.0/16 via 10.1.1.3 metric 100
ip route del 10.3.0.0/16
ip route del 10.99.0.0/16; echo "rc=$?"
ip route add 10.8.0.0/16 via 192.168.9.9; echo "rc=$?"
ip route add 10.8.0.0/16 dev nosuch; echo "rc=$?"
ip route add 10.8.0.0/33 dev veth0; echo "rc=$?"
ip route add 10.8.0.1/16 dev veth0; echo "rc=$?"
ip route
ip route del default
ip link set veth1 down
sleep 2
ip route
ip link set veth0 down
ip route
ip route show table local
ip route flush table main
ip route
ip route get 10.1.1.9; echo "rc=$?"
