# Seed 003 with background pcap captures (-w ... &, kill %N), read back with -r:
# before the sysctl changes only unanswered ARP; after, the ARP reply on the
# pair and the echo reply on lo; with lo down, ARP still answered.
# Captures are ended by pid ($!): after a wait, bash may still list the
# finished jobs, so a later %1 could name a dead one (and the capture run on).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 192.168.1.1/24 dev veth0
ip addr add 192.168.1.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
sleep 2
tcpdump -i veth0 -w veth0before.pcap 2>/dev/null &
c0=$!
tcpdump -i veth1 -w veth1before.pcap 2>/dev/null &
c1=$!
sleep 1
ping -c 2 -W 1 192.168.1.2 -I veth0 > /dev/null
sleep 3
kill $c0
kill $c1
wait
tcpdump -n -r veth0before.pcap
tcpdump -n -r veth1before.pcap
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 1 > /proc/sys/net/ipv4/conf/veth0/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
ip neigh flush dev veth0
tcpdump -i veth0 -w veth0after.pcap 2>/dev/null &
c0=$!
tcpdump -i veth1 -w veth1after.pcap 2>/dev/null &
c1=$!
tcpdump -i lo -w veth_and_lo.pcap 2>/dev/null &
clo=$!
sleep 1
ping -c 2 192.168.1.2 -I veth0 > /dev/null
sleep 2
kill $c0 $c1 $clo
wait
tcpdump -n -r veth0after.pcap
tcpdump -n -r veth1after.pcap
tcpdump -n -r veth_and_lo.pcap
ip link set lo down
ip neigh flush dev veth0
tcpdump -c 4 -i veth0 -w veth0arp.pcap 2>/dev/null &
sleep 1
ping -c 2 -W 1 192.168.1.2 -I veth0 > /dev/null
wait
tcpdump -n -r veth0arp.pcap
tcpdump -n -e -r veth0arp.pcap arp
