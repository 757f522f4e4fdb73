# IPv6 addresses (fixed MACs, so their order is known):  ::1 on lo, the EUI-64 link-local once a device
# has carrier, tentative until DAD completes, routes, down/disable behaviour.
ip addr show lo
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
ip -6 addr
ip -6 route show table all
ip link set veth1 up
ip -6 addr show veth0
ip -6 addr show veth1
sleep 3
ip addr
ip -6 addr
ip -6 route
ip -6 route show table all
ip -br addr
ip -o -6 addr
ifconfig lo
ip link set veth1 down
sleep 2
ip -6 addr show veth0
ip -6 route
ip link set veth0 down
ip -6 addr show veth0
ip link set veth0 up
ip link set veth1 up
sleep 3
sysctl -w net.ipv6.conf.veth0.disable_ipv6=1
ip -6 addr show veth0
sysctl -w net.ipv6.conf.veth0.disable_ipv6=0
ip -6 addr show veth0
sleep 3
ip -6 addr show veth0
ip link set lo down
ip addr show lo
ip link set lo up
ip -6 addr show lo
ip netns add ns1
ip netns exec ns1 ip -6 addr
ip netns exec ns1 ip link set lo up
ip netns exec ns1 ip -6 addr
ip netns exec ns1 sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.lo.accept_dad net.ipv6.conf.default.dad_transmits
ip netns del ns1
