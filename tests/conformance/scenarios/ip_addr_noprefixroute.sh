# noprefixroute: an IPv4 or IPv6 address without its prefix route (shown in ip addr, text and JSON); a replace keeps an IPv4 address's flag but sets an IPv6 one's, making or removing its route; another address of the prefix keeps the route, and an IPv6 address with the flag leaves it when deleted.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.4.1/24 dev veth0 noprefixroute
ip addr add 10.0.5.1/24 dev veth0 noprefixroute metric 20
ip addr add 10.0.3.1/24 dev veth0
ip link set veth1 up
ip link set veth0 up
ip addr show dev veth0
ip -o -4 addr show dev veth0
ip -j addr show dev veth0 | head -c 700; echo
ip route
ip route show table local | grep 10.0.4
ip addr replace 10.0.3.1/24 dev veth0 noprefixroute
ip addr replace 10.0.4.1/24 dev veth0 metric 5
ip addr show dev veth0 | grep inet
ip route
ip addr add 10.0.4.2/24 dev veth0
ip addr show dev veth0 | grep 10.0.4
ip route get 10.0.4.9; echo rc=$?
ip addr del 10.0.4.1/24 dev veth0
ip addr show dev veth0 | grep 10.0.4
ip route
ip link set veth0 down
ip link set veth0 up
ip route
ip addr flush dev veth0
ip route
ip addr show noprefixroute
ip addr add fd00::1/64 dev veth0 noprefixroute nodad
ip addr add fd01::1/64 dev veth0 noprefixroute
ip link set veth0 up
ip -6 addr show dev veth0
ip -6 route
echo 1
ip addr replace fd00::1/64 dev veth0 nodad
ip -6 route
ip addr add fd00::2/64 dev veth0 noprefixroute nodad
ip addr replace fd00::1/64 dev veth0 noprefixroute
echo 2
ip -6 route
ip addr del fd00::2/64 dev veth0
ip addr replace fd00::1/64 dev veth0
ip addr replace fd00::1/64 dev veth0 noprefixroute
echo 3
ip -6 route
ip addr replace fd00::1/64 dev veth0 nodad
ip addr add fd00::3/64 dev veth0 nodad noprefixroute
ip addr del fd00::1/64 dev veth0
ip addr del fd00::3/64 dev veth0
echo 4
ip -6 route
ip -j -6 addr show dev veth0
ip -6 addr show noprefixroute
ip -o -6 addr show dev veth0
ip -6 addr show dev veth0
