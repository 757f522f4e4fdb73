# Seed 003 with IPv6 left on, as the seed ran: `ip addr` and ifconfig with
# their inet6 lines, then lo taken down, which takes ::1 with it.
ip link add veth0 type veth peer name veth1
ip addr add 192.168.1.1/24 dev veth0
ip addr add 192.168.1.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
sleep 3
ip addr
ifconfig veth0
ifconfig veth1
ip link set lo down
ip addr show lo
ip addr
ip link set lo up
ip addr show lo
