# Seed 002: ARP unanswered while veth1 has no address; with both ends addressed
# Linux 6.x drops the request as a martian until accept_local is set; the reply
# then comes back through lo.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 192.168.2.11/24 dev veth0
ip link set veth0 up
ip link set veth1 up
sleep 2
ping -c 3 192.168.2.1; echo "rc=$?"
ip neigh
ip addr add 192.168.2.1/24 dev veth1
ip neigh flush dev veth0
ping -c 3 192.168.2.1 -I veth0; echo "rc=$?"
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth0/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/rp_filter
ip neigh flush dev veth0
ping -c 4 192.168.2.1 -I veth0; echo "rc=$?"
ip neigh show dev veth0
ip neigh show dev veth1
ping -c 1 -I veth0 192.168.2.2; echo "rc=$?"
ip -s link
