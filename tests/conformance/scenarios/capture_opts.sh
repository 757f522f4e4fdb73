# tcpdump's options and filters on a namespace pair: -c, -e, -q, -t, -tt, -v,
# filter expressions, counts on lo, and its errors.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
tcpdump -n -i veth0 -w all.pcap 2>/dev/null &
ip netns exec peer tcpdump -n -i veth1 -e icmp > peer.txt 2>&1 &
tcpdump -n -i veth0 -c 3 > three.txt 2>/dev/null &
sleep 1
ping -c 3 10.1.1.2 > /dev/null
ping -c 1 -t 1 10.1.1.1 > /dev/null
sleep 2
kill %1 %2
wait
cat three.txt
cat peer.txt
tcpdump -n -r all.pcap
tcpdump -n -t -r all.pcap icmp
tcpdump -n -q -r all.pcap 'icmp[icmptype] = icmp-echoreply'
tcpdump -n -e -r all.pcap arp
tcpdump -n -v -r all.pcap arp
tcpdump -n -r all.pcap -c 2 host 10.1.1.2 and not arp
tcpdump -n -r all.pcap 'udp'
tcpdump -i nosuch; echo "rc=$?"
tcpdump -n -i veth0 'icmp and'; echo "rc=$?"
tcpdump -r nosuch.pcap; echo "rc=$?"
tcpdump -i veth0 -w /nonexistent/x.pcap; echo "rc=$?"
ip netns del peer
