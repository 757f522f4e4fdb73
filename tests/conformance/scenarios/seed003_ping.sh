# Seed 003: counters mirror across the pair; the ping works once rp_filter is
# cleared and accept_local set; with lo down the reply has nowhere to go.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 192.168.1.1/24 dev veth0
ip addr add 192.168.1.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
sleep 2
ping -c 3 192.168.1.2 -I veth0; echo "rc=$?"
ip -s link show veth0
ip -s link show veth1
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth0/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/rp_filter
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
ip neigh flush dev veth0
ping -c 3 192.168.1.2 -I veth0; echo "rc=$?"
ifconfig veth0
ifconfig veth1
ip link set lo down
ping -c 3 192.168.1.2 -I veth0; echo "rc=$?"
ip -s link show lo
ip neigh show dev veth1
