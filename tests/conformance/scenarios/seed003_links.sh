# Seed 003, link-level steps: both ends addressed in one namespace, counters,
# the sysctl changes, and lo taken down.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link show
ip addr add 192.168.1.1/24 dev veth0
ip addr add 192.168.1.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
sleep 2
ip addr
ifconfig veth0
ifconfig veth1
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth0/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/rp_filter
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
ip link set lo down
ip addr show lo
ip -s link
