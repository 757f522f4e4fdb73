# ping -b to a subnet's broadcast: with icmp_echo_ignore_broadcasts at its
# default (1) nobody answers, and the sender's own copy (looped back on its
# device, which no capture sees) counts as an ICMP error there too. Set to 0,
# the peer answers from the address of its route back; on the sender too, it
# answers itself through lo first (a duplicate for each request).
# 255.255.255.255 needs a route (-b or not), and without -b ping refuses.
ip netns add a
ip netns add b
ip link add veth0 netns a type veth peer name veth1 netns b
ip -n a addr add 10.0.0.1/24 dev veth0
ip -n b addr add 10.0.0.2/24 dev veth1
ip -n a link set veth0 up
ip -n b link set veth1 up
ip -n a link set lo up
ip netns exec b sysctl net.ipv4.icmp_echo_ignore_broadcasts
ip netns exec a ping -b -c 2 -W 1 10.0.0.255; echo "st=$?"
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec b tcpdump -t -n -i veth1 icmp > cap.txt 2>/dev/null &
sleep 1
ip netns exec a ping -b -c 2 10.0.0.255; echo "st=$?"
sleep 1
ip netns exec a sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec a ping -b -c 3 -i 0.5 10.0.0.255; echo "st=$?"
sleep 1
ip netns exec a ping -b -c 1 255.255.255.255; echo "st=$?"
ip netns exec a ping -c 1 10.0.0.255; echo "st=$?"
ip -n a route add default dev veth0
ip netns exec a ping -b -c 1 255.255.255.255; echo "st=$?"
sleep 1
kill %1
wait
cat cap.txt
ip netns exec a cat /proc/net/snmp
ip netns exec b cat /proc/net/snmp
ip -n a -s link show veth0
