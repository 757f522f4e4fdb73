# arp_notify: a device coming up, or taking a new hardware address, sends a
# gratuitous ARP request (sender = target) for each of its addresses, in list
# order (primaries, then secondaries), once. Nothing while the device is down,
# nor when the peer is down (no carrier: the frame is lost) or comes up later,
# nor for a new address, nor with ARP off. The larger of all and the
# device's value counts. Each step has its own MAC, to tell them apart.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add r
ip link add vh address 02:00:00:00:00:0a type veth peer name vr address 02:00:00:00:00:0b netns r
ip -n r link set vr up
sysctl -qw net.ipv4.conf.vh.arp_notify=1
ip addr add 10.0.10.2/24 dev vh
ip addr add 10.0.10.5/24 dev vh
ip addr add 10.0.20.2/24 dev vh
ip netns exec r tcpdump -l -n -e -i vr arp > cap.txt 2>/dev/null &
sleep 0.5
ip link set vh up; sleep 0.3
ip link set vh address 02:00:00:00:00:0c; sleep 0.3
ip link set vh down; sleep 0.3
ip link set vh address 02:00:00:00:00:0d; sleep 0.3
ip -n r link set vr down; ip link set vh up; sleep 0.3; ip -n r link set vr up; sleep 0.3
ip addr add 10.0.30.2/24 dev vh; sleep 0.3
sysctl -qw net.ipv4.conf.vh.arp_notify=0; ip link set vh down; ip link set vh up; sleep 0.3
sysctl -qw net.ipv4.conf.all.arp_notify=1; ip link set vh down; ip link set vh address 02:00:00:00:00:0e; ip link set vh up; sleep 0.3
ip link set vh arp off; ip link set vh down; ip link set vh up; sleep 0.3
kill %1; wait
sed -E 's/^[0-9:.]+ //' cap.txt
ip netns del r
