# IPv6 addresses given to a veth end that is up while its peer is down (the
# link is not ready): a nodad address is usable at once, a tentative one
# stays tentative, without probing, until the peer comes up and its DAD
# runs (ip addr, and the source ::1 ip route get picks meanwhile). Each
# join and leave of a solicited-node group is still reported, twice, and
# the reports are dropped for want of carrier (TX dropped).
ip link add veth0 type veth peer name veth1
ip link set veth0 up
sleep 1
ip -s link show veth0
ip addr add fd00:1::1/64 dev veth0 nodad
sleep 2
ip -s link show veth0
ip addr add fd00:1::2/64 dev veth0
sleep 3
ip -6 addr show dev veth0
ip -6 route get fd00:1::5
ip -s link show veth0
ip addr add fd00:2::3/64 dev veth0
sleep 2
ip addr del fd00:2::3/64 dev veth0
sleep 2
ip -s link show veth0
ip addr add 10.0.0.1/24 dev veth0
sleep 1
ip -s link show veth0
ip link set veth1 up
sleep 0.2
ip -6 addr show dev veth0
sleep 3
ip -6 addr show dev veth0
ip -6 route get fd00:1::5
