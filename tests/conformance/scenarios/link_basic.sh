# A veth pair: creation, ifindex order, carrier and operstate as each end comes up.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link
ip link add veth0 type veth peer name veth1
ip link
ip link show veth0
ip link set veth0 up
sleep 2
ip link show veth0
ip link show veth1
ip link set veth1 up
sleep 2
ip link list
ip -br link
ip link set veth0 down
sleep 2
ip -br link
ip link show up
ip link show type veth
ip link set veth1 down
sleep 2
ip link
ip link delete veth1
ip link
