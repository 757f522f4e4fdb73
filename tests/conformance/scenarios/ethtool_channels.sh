# ethtool -l and -L on veth and lo: the limits (num_rx/tx_queues), counts that change the -S
# per-queue rows, the kernel's refusals with their extack offsets, parse errors, and the carrier
# flap veth makes on both ends when a running device changes its counts (even with the peer down).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ethtool -l veth0; echo "rc=$?"
ethtool -L veth0 rx 2; echo "rc=$?"
ethtool -l veth0; echo "rc=$?"
ethtool -S veth0; echo "rc=$?"
ethtool -S veth1; echo "rc=$?"
ethtool -L veth0 rx 2 tx 2; echo "rc=$?"
ethtool -L veth0 rx 2 tx 2; echo "rc=$?"
ethtool -S veth0; echo "rc=$?"
ethtool -l veth0; echo "rc=$?"
ethtool -L veth0 rx 3; echo "rc=$?"
ethtool -L veth0 tx 0; echo "rc=$?"
ethtool -L veth0 rx 0; echo "rc=$?"
ethtool -L veth0 combined 1; echo "rc=$?"
ethtool -L veth0 other 1; echo "rc=$?"
ethtool -L veth0 tx 1 rx 3; echo "rc=$?"
ethtool -L veth0 tx 0 rx 2; echo "rc=$?"
ethtool -L veth0 combined 0 rx 0; echo "rc=$?"
ethtool -L veth0 other 0 tx 0; echo "rc=$?"
ethtool -L veth0 rx; echo "rc=$?"
ethtool -L veth0 rx x; echo "rc=$?"
ethtool -L veth0 foo 1; echo "rc=$?"
ethtool -L veth0 rx -1; echo "rc=$?"
ethtool -L veth0 rx 0x; echo "rc=$?"
ethtool -L veth0 rx 4294967296; echo "rc=$?"
ethtool -L veth0 rx 2 rx 1; echo "rc=$?"
ethtool -L veth0; echo "rc=$?"
ethtool -L veth0 rx 0x1; echo "rc=$?"
ethtool -L veth0 tx 01; echo "rc=$?"
ethtool -S veth0; echo "rc=$?"
ethtool -l veth0; echo "rc=$?"
ethtool -L lo rx 1; echo "rc=$?"
ethtool -l lo; echo "rc=$?"
ethtool -L nosuch rx 1; echo "rc=$?"
ethtool -L nosuch; echo "rc=$?"
ethtool -l nosuch; echo "rc=$?"
ethtool -l veth0 foo; echo "rc=$?"
ethtool --show-channels veth1; echo "rc=$?"
ethtool --set-channels veth1 tx 2; echo "rc=$?"
ethtool -S veth1; echo "rc=$?"
ip link set veth0 up
sleep 1.3
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth1/carrier_changes
ethtool -L veth0 rx 2; echo "rc=$?"
sleep 1.3
ip -o link show veth0
ip -o link show veth1
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth1/carrier_changes
ip link set veth1 up
sleep 1.3
ethtool -L veth1 rx 2 tx 1; echo "rc=$?"
sleep 1.3
ip -o link show veth0
ip -o link show veth1
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth1/carrier_changes
ip link set veth0 down
ethtool -L veth0 rx 1; echo "rc=$?"
sleep 1.3
ip -o link show veth1
cat /sys/class/net/veth0/carrier_changes /sys/class/net/veth1/carrier_changes
ethtool -S veth0; echo "rc=$?"
ethtool -S veth1; echo "rc=$?"
