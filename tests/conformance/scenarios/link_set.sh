# ip link set: mtu, address, name, txqueuelen, up/down, and their errors.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 9000
ip link set dev veth1 mtu 68
ip link set veth0 address 02:11:22:33:44:55
ip link set veth0 txqueuelen 2000
ip link show veth0
ip link show veth1
ip link set veth0 mtu 67; echo "rc=$?"
ip link set veth0 mtu 65536; echo "rc=$?"
ip link set veth0 mtu 65535; echo "rc=$?"
ip link set veth0 mtu abc; echo "rc=$?"
ip link set veth0 address zz; echo "rc=$?"
ip link set veth0 address 01:00:00:00:00:01; echo "rc=$?"
ip link set veth0 address 00:00:00:00:00:00; echo "rc=$?"
ip link set veth0 name veth1; echo "rc=$?"
ip link set veth0 name veth0123456789abcdef; echo "rc=$?"
ip link set veth0 name renamed; echo "rc=$?"
ip link set renamed up
ip link set veth1 up
sleep 2
ip link set renamed name veth9; echo "rc=$?"
ip link set veth9 up down; echo "rc=$?"
sleep 2
ip link
ip link set nosuch up; echo "rc=$?"
ip link set dev; echo "rc=$?"
ip link set up; echo "rc=$?"
ip link set lo mtu 1500 up; echo "rc=$?"
ip link show lo
ip link set lo down
ip link show lo
ip addr show lo
ip link set lo up
ip addr show lo
