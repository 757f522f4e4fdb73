# IPv6 on a veth pair, with nothing configured: bringing the ends up gives each
# an EUI-64 link-local address (tentative until duplicate address detection is
# done), and they can ping each other by it. A link-local address needs its
# device: either fe80::...%DEV or -I DEV (iputils then prints "from ::" and a
# warning, as on Linux).
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip netns add ns1
ip link set veth1 netns ns1
ip link set veth0 up
ip -n ns1 link set veth1 up
ip -6 addr show dev veth0
sleep 3
ip -6 addr show dev veth0
ip -n ns1 -6 addr show dev veth1
ping -c 2 fe80::ff:fe00:b%veth0
ping -c 1 -I veth0 fe80::ff:fe00:b
ip -6 neigh
ip -n ns1 -6 neigh
ip -6 route get fe80::ff:fe00:b dev veth0
# Nobody has fe80::99: three neighbour solicitations, then an error per packet.
ping -c 2 fe80::99%veth0
ip -6 neigh show fe80::99
# A second pair whose ends share one MAC: their link-local addresses collide,
# and the end that probes last sees its copy marked dadfailed.
ip link add d0 address 02:00:00:00:00:0c type veth peer name d1 address 02:00:00:00:00:0d
ip link set d0 up
ip link set d1 up
sleep 3
ip link set d1 down
ip link set d1 address 02:00:00:00:00:0c
ip link set d1 up
sleep 3
ip -6 addr show dev d1
ip netns del ns1
