# ip -s -s: the error rows, with transns (carrier changes: one down at creation,
# then each up and down of the peer) and the otherhost column, which appears
# once a frame for another MAC was dropped (the peer's stale neighbour entry
# after a MAC change); the carrier counters in /sys/class/net.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add b
# IPv6 off in b too (a new namespace starts from the compiled defaults): its
# router solicitations would go out at random times.
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth0/carrier_up_count /sys/class/net/veth0/carrier_down_count
ip link set veth0 up
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth0/carrier_up_count /sys/class/net/veth0/carrier_down_count
ip link set veth1 up
sleep 1
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth0/carrier_up_count /sys/class/net/veth0/carrier_down_count
ip link set veth1 down
sleep 1
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth0/carrier_up_count /sys/class/net/veth0/carrier_down_count
cat /sys/class/net/lo/carrier_changes
ip -s -s link show veth0
ip -s -s link show lo
ip -s -s -o link show lo
ip link set veth1 netns b
ip -n b link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip -n b addr add 10.0.0.2/24 dev veth1
sleep 1
ping -c 1 -q 10.0.0.2
ip -n b link set veth1 address 02:00:00:00:00:09
ping -c 2 -q -W 1 10.0.0.2
ip -n b -s -s link show veth1
ip -n b -s link show veth1
ip -n b -s -s addr show veth1
ip -s -s link show veth0
