# Seed 003: counters mirror across the pair; after the sysctl changes the ping
# works, and with lo down it fails again: the ARP reply still comes, the echo
# reply has no way back.
ip link add veth0 type veth peer name veth1
ip link show
ip addr add 192.168.1.1/24 dev veth0
ip addr add 192.168.1.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ping -c 3 192.168.1.2 -I veth0
ifconfig veth0
ifconfig veth1
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth0/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/rp_filter
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
ip neigh flush dev veth0
ping -c 3 192.168.1.2 -I veth0
ip link set lo down
ping -c 3 192.168.1.2 -I veth0
# why: the echo replies are for a local address, so they go through lo, which is down.
why
ip -s link
