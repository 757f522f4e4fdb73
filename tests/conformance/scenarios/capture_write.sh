# tcpdump writing: -w - (the pcap on standard output), -c with -w, -U,
# --print (written and printed), --count (counted, not printed; with -r the
# count is printed at the end), -v with -w (which reports "Got N" on stderr
# each second the count has changed: the ping comes half-way between two
# reports, so that the text does not depend on when the kernel hands the
# packets over), and reading back with filters, -c and --count.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
tcpdump -i veth0 -w - > stdout.pcap 2> stdout.err &
p1=$!
tcpdump -i veth0 -c 3 -w three.pcap 2> three.err &
p2=$!
tcpdump -i veth0 -U -w unbuf.pcap 2>/dev/null &
p3=$!
tcpdump -n -i veth0 --print -w printed.pcap > printed.txt 2> printed.err &
p4=$!
tcpdump -n -i veth0 --count arp > count.txt 2> count.err &
p5=$!
tcpdump -i veth0 -c 2 -w - arp > two.pcap 2>/dev/null &
p6=$!
tcpdump -i any -w - arp > any.pcap 2>/dev/null &
p7=$!
sleep 1
ping -c 1 10.1.1.2 > /dev/null
sleep 2
ping -c 1 10.1.1.2 > /dev/null
sleep 2
kill $p1 $p3 $p4 $p5 $p7
wait
cat stdout.err
cat three.err
cat printed.txt
cat printed.err
cat count.txt
cat count.err
tcpdump -n -r stdout.pcap
tcpdump -n -r three.pcap
tcpdump -n -r unbuf.pcap -c 4
tcpdump -n -r printed.pcap icmp
tcpdump -n -r two.pcap -e
tcpdump -n -r any.pcap
tcpdump -n -r stdout.pcap --count
tcpdump -n -r stdout.pcap --count arp
tcpdump -n -r stdout.pcap --count -c 2 -w copy.pcap
tcpdump -n -r copy.pcap
tcpdump -n -r stdout.pcap -w - icmp > icmp.pcap
tcpdump -n -r icmp.pcap -c 1
tcpdump -i veth0 -v -w verbose.pcap icmp 2> verbose.err &
p8=$!
sleep 1.5
ping -c 1 10.1.1.2 > /dev/null
sleep 3
kill $p8
wait
cat verbose.err
echo
tcpdump -n -r verbose.pcap
ip netns del peer
