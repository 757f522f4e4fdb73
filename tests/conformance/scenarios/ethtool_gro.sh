# GRO on veth as ethtool -K switches it: frames a local socket sends reach the peer's NAPI ring
# (counted in rx_queue_0_xdp_packets/_bytes, without the Ethernet header, in ip -s link as well)
# when the peer has GRO and the sender no TSO (tx off) or the peer rx-gro-list; otherwise the
# backlog; -L's carrier flap resending MLD reports from a configured IPv6 device.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0
ip -n a addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
ip -n a link set lo up
sleep 1.3
ip netns exec a ethtool -K veth1 gro on
ping -c 2 -q 10.0.0.2 > /dev/null
ip netns exec a ethtool -S veth1
ethtool -S veth0; echo "rc=$?"
ethtool -K veth0 tx off; echo "rc=$?"
ping -c 2 -q 10.0.0.2 > /dev/null
ip netns exec a ethtool -S veth1
ip -s link show veth0
ip netns exec a ip -s link show veth1
ethtool -K veth0 gro on; echo "rc=$?"
ethtool -S veth0; echo "rc=$?"
ip netns exec a ethtool -K veth1 rx-gro-list on
ethtool -K veth0 tx on; echo "rc=$?"
ping -c 3 -q 10.0.0.2 > /dev/null
ethtool -S veth0; echo "rc=$?"
ip netns exec a ethtool -S veth1
ip netns exec a ethtool -L veth1 rx 2
sleep 1.3
ip -o link show veth0
ip netns exec a ethtool -S veth1
ip netns exec a ethtool -K veth1 gro off
ping -c 1 -q 10.0.0.2 > /dev/null
ip netns exec a ethtool -S veth1
ip -s link show veth0
ip netns exec a ip -s link show veth1
cat /sys/class/net/veth0/carrier_changes
ip netns exec a ethtool veth1
ip netns del a
