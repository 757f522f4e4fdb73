# Seed 002: with both ends addressed in one namespace, Linux 6.x drops the ARP
# request as a martian (the sender address is local) until accept_local is set;
# then the echo request crosses the pair and the reply comes back through lo.
ip link add veth0 type veth peer name veth1
ip addr add 192.168.2.11/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ping -c 4 192.168.2.1
ip addr add 192.168.2.1/24 dev veth1
ip neigh flush dev veth0
ping -c 4 192.168.2.1 -I veth0
# why: the sender's address is local to veth1 too: a martian without accept_local.
why
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth0/rp_filter
echo 0 > /proc/sys/net/ipv4/conf/veth1/rp_filter
ip neigh flush dev veth0
ping -c 4 192.168.2.1 -I veth0
ip -s link
ping -c 1 -I veth0 192.168.2.2
