# Seed 002, link-level steps: one end addressed, then both, and the sysctl
# changes it suggests for distributions that drop the ARP request.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
sudo ip link add veth0 type veth peer name veth1
sudo ip addr add 192.168.2.11/24 dev veth0
sudo ip link set veth0 up
sudo ip link set veth1 up
sleep 2
ip addr show veth0
sudo ip addr add 192.168.2.1/24 dev veth1
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth0/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/rp_filter
ip addr
sysctl net.ipv4.conf.veth0.accept_local net.ipv4.conf.veth1.accept_local net.ipv4.conf.all.rp_filter
