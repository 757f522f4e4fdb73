# tcpdump's raw dumps: -x, -xx, -X, -XX, -A and -AA (the link-layer header only
# with the doubled forms, and all of a packet whose decoding was cut short),
# with -e, -v and short snapshot lengths (-s). ARP frames with fixed MACs, and
# the first 18 bytes of IPv4 packets (before the IP id), are the same on
# every run.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
tcpdump -n -i veth0 -x arp > x.txt 2>&1 &
p1=$!
tcpdump -n -i veth0 -xx arp > xx.txt 2>&1 &
p2=$!
tcpdump -n -i veth0 -X arp > X.txt 2>&1 &
p3=$!
tcpdump -n -i veth0 -XX -e arp > XXe.txt 2>&1 &
p4=$!
tcpdump -n -i veth0 -A arp > A.txt 2>&1 &
p5=$!
tcpdump -n -i veth0 -AA -v arp > AAv.txt 2>&1 &
p6=$!
tcpdump -n -i veth0 -s 18 -x icmp > s18.txt 2>&1 &
p7=$!
tcpdump -n -i veth0 -s 18 -XX -e icmp > s18XX.txt 2>&1 &
p8=$!
tcpdump -n -i veth0 -s 14 -x > s14.txt 2>&1 &
p9=$!
tcpdump -n -i veth0 -s 1 -xx > s1.txt 2>&1 &
p10=$!
tcpdump -n -i veth0 -s 30 -X arp > s30.txt 2>&1 &
p11=$!
tcpdump -n -i any -x arp > anyx.txt 2>&1 &
p12=$!
tcpdump -n -i any -XX arp > anyXX.txt 2>&1 &
p13=$!
tcpdump -n -i any -y LINUX_SLL -s 30 -xx arp > any1s30.txt 2>&1 &
p14=$!
tcpdump -n -i veth0 -s 24 -w s24.pcap 2>/dev/null &
p15=$!
sleep 1
ping -c 1 10.1.1.2 > /dev/null
ping -c 1 -W 1 10.1.1.9 > /dev/null
sleep 3
kill $p1 $p2 $p3 $p4 $p5 $p6 $p7 $p8 $p9 $p10 $p11 $p12 $p13 $p14 $p15
wait
cat x.txt
cat xx.txt
cat X.txt
cat XXe.txt
cat A.txt
cat AAv.txt
cat s18.txt
cat s18XX.txt
cat s14.txt
cat s1.txt
cat s30.txt
cat anyx.txt
cat anyXX.txt
cat any1s30.txt
tcpdump -n -r s24.pcap -x arp
tcpdump -n -r s24.pcap -XX -e -c 2
tcpdump -n -r s24.pcap -A -v arp
ip netns del peer
