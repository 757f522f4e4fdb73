# alias and group: ip link set alias (the "alias" line of ip link, and of ip
# addr only with -d; /sys ifalias both ways; 255 bytes at most) and group
# (ip link shows "group N", the selector of ip link show; ip link set group
# N and ip link delete group N act on every member; 2^32 wraps to default,
# 2^31 and up are refused as iproute2 keeps the number in an int).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 alias "my first link"; echo "rc=$?"
ip link show veth0
ip -o link show veth0
ip -br link show veth0
ip addr show veth0
ip -d addr show veth0
cat /sys/class/net/veth0/ifalias
ip link set veth0 alias ""; echo "rc=$?"
ip link show veth0
cat /sys/class/net/veth0/ifalias
ip link set veth0 alias a alias b; echo "rc=$?"
ip link show veth0
ip link set veth0 alias 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234; echo "rc=$?"
ip link set veth0 alias 01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345; echo "rc=$?"
ip link show veth0
echo "from sysfs" > /sys/class/net/veth1/ifalias
ip link show veth1
cat /sys/class/net/veth1/ifalias
echo > /sys/class/net/veth1/ifalias
ip link show veth1
ip link set veth0 alias
ip link set veth0 group 5; echo "rc=$?"
ip link set veth2 group 5; echo "rc=$?"
ip link set veth3 group 7; echo "rc=$?"
ip link set veth1 group default; echo "rc=$?"
ip link show
ip link show group 5
ip -br link show group 7
ip link show group default
ip link show group 0 veth0
cat /sys/class/net/veth0/netdev_group
ip link set group 5 up; echo "rc=$?"
ip link set group 9 mtu 1400; echo "rc=$?"
sleep 2
ip -br link
ip link set group 5 mtu 100; echo "rc=$?"
ip link set group 5 down mtu 1400 txqueuelen 500; echo "rc=$?"
ip link show group 5
ip link set veth1 group 4294967295; echo "rc=$?"
ip link set veth1 group 2147483648; echo "rc=$?"
ip link set veth1 group 4294967297; echo "rc=$?"
ip link show veth1
ip link set veth1 group -1; echo "rc=$?"
ip link set veth1 group -4294967295; echo "rc=$?"
ip link show veth1
ip link set veth1 group 0x10; echo "rc=$?"
ip link show veth1
ip link set veth1 group foo; echo "rc=$?"
ip link set veth1 group 1 group 2; echo "rc=$?"
ip link set veth1 group; echo "rc=$?"
ip link show group foo; echo "rc=$?"
ip link show group 4294967295; echo "rc=$?"
echo 4294967295 > /sys/class/net/veth1/netdev_group
ip link show veth1
cat /sys/class/net/veth1/netdev_group
ip link set group 1 type veth; echo "rc=$?"
ip link set group 1 type veth peer name x; echo "rc=$?"
ip link add group 3 type veth; echo "rc=$?"
ip link add group 3 type veth peer name z; echo "rc=$?"
ip link add v5 group 3 type veth peer name v6; echo "rc=$?"
ip link add v7 type veth peer name v8 group 4; echo "rc=$?"
ip link add v9 type veth peer group 4; echo "rc=$?"
ip link show group 3
ip link show group 4
ip link delete group 0; echo "rc=$?"
ip link delete group 9; echo "rc=$?"
ip link set lo group 6
ip link delete group 6; echo "rc=$?"
ip link delete group 5; echo "rc=$?"
ip link delete group 3 mtu 1000; echo "rc=$?"
ip -br link
