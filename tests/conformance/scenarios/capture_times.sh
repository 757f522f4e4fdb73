# tcpdump's time stamp options: -t, -tt, -ttt (since the previous packet) and
# -ttttt (since the first), whose first packet is always 00:00:00.000000, -#
# (packet numbers), -S, and the option errors. Deltas between later packets
# depend on the kernel's timers, so only first packets are compared; the
# pings are 2 s apart, so that the captures with -c stop (and count what
# their kernel filter passed) before the second on any kernel. The peer's
# probe of its neighbour entry (5 s after the first ping) comes well before
# the end of the captures.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
tcpdump -n -ttt -c 1 -i veth0 > t3.txt 2>&1 &
tcpdump -n -ttttt -c 1 -e -i veth0 > t5.txt 2>&1 &
tcpdump -n -t -# -i veth0 arp > num.txt 2>&1 &
p1=$!
tcpdump -n --number -ttt -c 1 -i veth0 > numt3.txt 2>&1 &
tcpdump -nt -S -c 3 -i veth0 > tS.txt 2>&1 &
tcpdump -i veth0 -w all.pcap 2>/dev/null &
p2=$!
sleep 1
ping -c 1 10.1.1.2 > /dev/null
sleep 2
ping -c 1 10.1.1.2 > /dev/null
ping -c 1 -W 1 10.1.1.9 > /dev/null
sleep 5
kill $p1 $p2
wait
cat t3.txt
cat t5.txt
cat num.txt
cat numt3.txt
cat tS.txt
tcpdump -n -r all.pcap -ttt -c 1
tcpdump -n -r all.pcap -ttttt -c 1 icmp
tcpdump -n -r all.pcap -t -# icmp
tcpdump -n -r all.pcap -tt -c 1
tcpdump -n -r all.pcap -t -c 2 -#
tcpdump -n -r all.pcap -tttttt; echo "rc=$?"
tcpdump -n -i veth0 -tttttttt; echo "rc=$?"
ip netns del peer
