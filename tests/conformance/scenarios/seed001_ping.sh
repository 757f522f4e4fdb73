# Seed 001: one end addressed; routes, ip route get, ping to the local address
# (answered through lo) and to the unanswered peer (3 ARP probes, then ICMP).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 192.168.2.11/24 dev veth0
route -n
ip link set veth0 up
ip link set veth1 up
sleep 2
route -n
ip route
ip route show table local
ip route get 192.168.2.11
ip route get 192.168.2.12
ip route get 192.168.2.1
ping -c 4 192.168.2.11; echo "rc=$?"
ping -c 3 192.168.2.12; echo "rc=$?"
ip neigh
ip -s link
