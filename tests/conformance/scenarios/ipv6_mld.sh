# MLDv2 reports for the groups manually added addresses join: adding an
# address sends a report listing every group the device has joined (newest
# first), even when its solicited-node group was joined already; a group
# left by its last holder sends a CHANGE_TO_INCLUDE record; each report is
# repeated once within the unsolicited report interval.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
ip link set veth1 up
sleep 4
tcpdump -n -v -i veth1 > veth1.txt 2>&1 &
sleep 1
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
sleep 3
ip -6 addr add 2001:db8::2/64 dev veth0 nodad
# Joins closer together than the random retransmission delay (up to 1 s)
# would merge or not at random: the kernel's count of reports would vary.
sleep 3
ip -6 addr add 2001:db8:1::2/64 dev veth0 nodad
sleep 3
ip -6 addr del 2001:db8::2/64 dev veth0
sleep 3
ip -6 addr del 2001:db8:1::2/64 dev veth0
sleep 3
kill %1
wait
cat veth1.txt
ip -6 addr show dev veth0
