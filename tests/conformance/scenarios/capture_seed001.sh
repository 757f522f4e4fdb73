# Seed 001 watched with tcpdump on veth0, veth1 and lo: ARP requests on both
# ends, then the ICMP host unreachables the kernel sends itself through lo.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 192.168.2.11/24 dev veth0
ip link set veth0 up
ip link set veth1 up
sleep 2
tcpdump -n -i veth0 > veth0.txt 2>&1 &
tcpdump -n -i veth1 > veth1.txt 2>&1 &
tcpdump -i lo -n > lo.txt 2>&1 &
sleep 1
ping -c 4 192.168.2.11 > /dev/null
ping -c 3 192.168.2.12 > /dev/null
sleep 2
kill %1 %2 %3
wait
cat veth0.txt
cat veth1.txt
cat lo.txt
