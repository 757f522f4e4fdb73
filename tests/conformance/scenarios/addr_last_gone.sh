# The device's last IPv4 address going (ip addr del, ip addr flush) takes every
# route through the device with it, in every table and of any scope, and its
# ARP entries, permanent ones too (fib_disable_ip); while some address stays,
# only that address's own routes go (difftest seed 2000).
ip link add v1 type veth peer name eth0
ip addr add 10.1.1.2/24 dev eth0
ip addr add 10.1.2.2/24 dev eth0
ip link set v1 up
ip link set eth0 up
ip route add default via 10.1.1.1
ip route add 10.9.0.0/16 dev eth0
ip route add 10.8.0.0/16 via 10.1.2.1
ip route
ip addr del 10.1.1.2/24 dev eth0
ip route
ip addr del 10.1.2.2/24 dev eth0
ip route
ip route show table local
ip route add default via 10.1.1.1 dev eth0; echo rc=$?
ip route add 10.9.0.0/16 dev eth0; echo rc=$?
ip route
ip addr add 10.1.1.2/24 dev eth0
ip route add default via 10.1.1.1
ip addr flush dev eth0
ip route
ip addr add 10.1.1.2/24 dev eth0
ip link set v1 up
ip link set eth0 up
ip neigh add 10.1.1.7 lladdr 02:00:00:00:00:07 dev eth0
ip neigh add 10.1.1.8 lladdr 02:00:00:00:00:08 dev eth0 nud reachable
ip route add 10.5.0.0/16 dev eth0 scope host
ip route add 10.6.0.0/16 dev eth0 table 100
ip route add local 10.7.0.1 dev eth0
ip neigh show dev eth0
ip addr del 10.1.1.2/24 dev eth0
ip neigh show dev eth0
ip route show table all
