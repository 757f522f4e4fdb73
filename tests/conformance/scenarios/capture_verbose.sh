# What -vv and -vvv change from -v (IPv4: nothing for ARP and ICMP; IPv6:
# neighbour discovery options dumped in hex), -n against -nn (the same in
# tcpdump 4.99), -q and -qq, -e on every protocol, -K, and names without -n:
# MAC addresses (Broadcast, the OUI) and addresses that /etc/hosts does not
# name (and no name server answers inside the namespace).
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 5
tcpdump -n -vv -i veth0 > vv.txt 2>&1 &
p1=$!
tcpdump -n -vvv -e -i veth0 ip6 > vvv.txt 2>&1 &
p2=$!
tcpdump -nn -v -i veth0 > nn.txt 2>&1 &
p3=$!
tcpdump -n -q -i veth0 > q.txt 2>&1 &
p4=$!
tcpdump -n -qq -e -i veth0 > qq.txt 2>&1 &
p5=$!
tcpdump -e -i veth0 arp > names.txt 2>&1 &
p6=$!
tcpdump -e -N -q -i veth0 arp > namesN.txt 2>&1 &
p7=$!
tcpdump -n -K -vv -i veth0 ip > K.txt 2>&1 &
p8=$!
tcpdump -i veth0 -w all.pcap 2>/dev/null &
p9=$!
sleep 1
ping -c 1 10.1.1.2 > /dev/null
ping -c 1 fe80::ff:fe00:b%veth0 > /dev/null
ping -c 1 -W 1 10.1.1.9 > /dev/null
sleep 3
kill $p1 $p2 $p3 $p4 $p5 $p6 $p7 $p8 $p9
wait
cat vv.txt
cat vvv.txt
cat nn.txt
cat q.txt
cat qq.txt
cat names.txt
cat namesN.txt
cat K.txt
tcpdump -n -vv -r all.pcap icmp6
tcpdump -n -e -q -r all.pcap
tcpdump -vv -e -r all.pcap arp
ip netns del peer
