# Seed 000 with IPv6 left on, as the seed ran: the full `ip addr` listings,
# inet6 link-local lines included, before and after veth01 moves to study01.
ip link add veth01 type veth peer name veth02
ip link set dev veth01  up
ip link set dev veth02  up
ifconfig veth01 192.168.8.101/24
ifconfig veth02 192.168.8.102/24
sleep 3
ip addr
ifconfig veth02
ip netns add study01
ip link set veth01 netns study01
ip addr
ip netns exec study01 ifconfig veth01 192.168.8.101/24 up
sleep 3
ip addr
ip netns exec study01 ip addr
ip netns delete study01
