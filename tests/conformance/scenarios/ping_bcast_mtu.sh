# Broadcast targets (the question without -b, the warning with it, no replies
# while icmp_echo_ignore_broadcasts is 1) and the sizes ping sends without
# fragmenting: -M do over a 1500-byte MTU, and the IPv4 and IPv6 limits on lo.
ip netns add peer
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns peer
ip addr add 10.1.1.1/24 brd + dev veth0
ip -n peer addr add 10.1.1.2/24 brd + dev veth1
ip addr add 2001:db8::1/64 dev veth0 nodad
ip -n peer addr add 2001:db8::2/64 dev veth1 nodad
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
ping -c 2 10.1.1.255; echo "rc=$?"
ping -b -c 2 -i 0.5 10.1.1.255; echo "rc=$?"
ping -b -c 1 10.1.1.2; echo "rc=$?"
ping -c 1 -I veth0 255.255.255.255; echo "rc=$?"
ping -b -c 2 -i 0.3 -I veth0 255.255.255.255; echo "rc=$?"
ping -c 1 255.255.255.255; echo "rc=$?"
ping -c 2 -i 0.3 -W 1 -I 10.1.1.1 10.1.1.255; echo "rc=$?"
ping -b -c 1 -s 1473 10.1.1.255; echo "rc=$?"
ping -M do -s 1472 -c 1 10.1.1.2; echo "rc=$?"
ping -M do -s 1473 -c 2 -i 0.5 10.1.1.2; echo "rc=$?"
ping -M want -s 1472 -c 1 10.1.1.2; echo "rc=$?"
ping -M dont -c 1 10.1.1.2; echo "rc=$?"
ping -M do -s 3000 -c 1 -q 10.1.1.2; echo "rc=$?"
ping -M do -s 3000 -c 2 -f 10.1.1.2; echo "rc=$?"
ping -s 65507 -c 1 127.0.0.1; echo "rc=$?"
ping -s 65508 -c 1 127.0.0.1; echo "rc=$?"
ping -s 65528 -c 2 -i 0.3 -W 1 127.0.0.1; echo "rc=$?"
ping -M do -s 65508 -c 1 10.1.1.2; echo "rc=$?"
ping -M do -s 1453 -c 1 2001:db8::2; echo "rc=$?"
ping -s 65528 -c 1 ::1; echo "rc=$?"
ping -M do -s 70000 -c 1 ::1; echo "rc=$?"
ip netns del peer
