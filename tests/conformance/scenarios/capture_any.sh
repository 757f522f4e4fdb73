# tcpdump on "any": Linux cooked v2 by default when -i names it (with tcpdump's
# "data link type" line and the interface and direction columns), cooked v1
# with -y LINUX_SLL (the direction only under -e), and v1 when tcpdump picks
# "any" itself because no other device is up and running. Both ends of a
# pair in one namespace, lo once (as received: the kernel still counts lo's
# sends), -Q in and out, -e, -q. A capture with -c ends at the first block
# the kernel hands over, so its count of packets is only certain when
# nothing else comes within a second: its traffic is one ping on lo.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
tcpdump -n -c 1 -d
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip addr add 10.1.1.1/24 dev veth0
ip addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
tcpdump -n -c 2 > first.txt 2>&1 &
sleep 1
ping -c 1 127.0.0.1 > /dev/null
sleep 2
ip link set veth1 up
sleep 2
tcpdump -n -i any > any2.txt 2>&1 &
p1=$!
tcpdump -n -i any -e > any2e.txt 2>&1 &
p2=$!
tcpdump -n -i any -y LINUX_SLL > any1.txt 2>&1 &
p3=$!
tcpdump -n -i any -y linux_sll -e > any1e.txt 2>&1 &
p4=$!
tcpdump -n -i any -Q in -q > in.txt 2>&1 &
p5=$!
tcpdump -n -i any --direction=out -e -q > out.txt 2>&1 &
p6=$!
tcpdump -n -i any -w any.pcap 2>/dev/null &
p7=$!
tcpdump -n -i any -y LINUX_SLL -w any1.pcap 2>/dev/null &
p8=$!
sleep 1
ping -c 2 -I veth0 10.1.1.2 > /dev/null
ping -c 1 -I veth0 10.1.1.9 > /dev/null
ping -c 1 127.0.0.1 > /dev/null
sleep 4
kill $p1 $p2 $p3 $p4 $p5 $p6 $p7 $p8
wait
cat first.txt
cat any2.txt
cat any2e.txt
cat any1.txt
cat any1e.txt
cat in.txt
cat out.txt
tcpdump -n -e -r any1.pcap
tcpdump -n -r any1.pcap -c 3 -q -e
tcpdump -n -r any1.pcap arp
tcpdump -n -r any.pcap -c 1
