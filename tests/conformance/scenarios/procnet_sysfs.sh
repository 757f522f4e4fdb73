# Writes to /sys/class/net: mtu, flags and tx_queue_len as the kernel parses
# them (base 0, one trailing newline), carrier (not supported by veth), the
# read-only files, and what ip link and the other files show afterwards.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
echo 1 > /sys/class/net/veth0/carrier; echo "rc=$?"
echo abc > /sys/class/net/veth0/carrier; echo "rc=$?"
cat /sys/class/net/veth0/carrier; echo "rc=$?"
cat /sys/class/net/veth0/operstate /sys/class/net/veth0/flags
echo 1500 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo abc > /sys/class/net/veth0/mtu; echo "rc=$?"
echo " 1400" > /sys/class/net/veth0/mtu; echo "rc=$?"
echo +1400 > /sys/class/net/veth0/mtu; echo "rc=$?"
cat /sys/class/net/veth0/mtu
echo 0x578 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 1400x > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 0 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo -1 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 4294967295 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 18446744073709551616 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 0x > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 010 > /sys/class/net/veth0/mtu; echo "rc=$?"
echo 1280 > /sys/class/net/veth0/mtu; echo "rc=$?"
cat /sys/class/net/veth0/mtu
echo 0x1003 > /sys/class/net/veth0/flags; echo "rc=$?"
# operstate follows once linkwatch has run (up to a second later on Linux).
sleep 1.3
cat /sys/class/net/veth0/flags /sys/class/net/veth0/operstate /sys/class/net/veth0/carrier
echo 1 > /sys/class/net/veth0/carrier; echo "rc=$?"
echo 4099 > /sys/class/net/veth1/flags; echo "rc=$?"
sleep 1
cat /sys/class/net/veth0/operstate /sys/class/net/veth0/carrier
cat /sys/class/net/veth1/flags /sys/class/net/veth1/operstate
echo 0x1002 > /sys/class/net/veth0/flags; echo "rc=$?"
cat /sys/class/net/veth0/flags /sys/class/net/veth0/operstate
echo 5000000000 > /sys/class/net/veth0/tx_queue_len; echo "rc=$?"
echo 4294967295 > /sys/class/net/veth0/tx_queue_len; echo "rc=$?"
cat /sys/class/net/veth0/tx_queue_len
echo 500 > /sys/class/net/veth0/tx_queue_len; echo "rc=$?"
cat /sys/class/net/veth0/tx_queue_len
echo x > /sys/class/net/veth0/address; echo "rc=$?"
echo 1 > /sys/class/net/veth0/statistics/rx_bytes; echo "rc=$?"
echo 1 > /sys/class/net/veth0/ifindex; echo "rc=$?"
ip link show veth0
cat /sys/class/net/nosuch/mtu; echo "rc=$?"
cat /sys/class/net/veth0/nosuch; echo "rc=$?"
cat /sys/class/net/veth0; echo "rc=$?"
cat /sys/class/net/veth0/statistics; echo "rc=$?"
ls /sys/class/net/veth0/statistics/tx_dropped
cat /sys/class/net/veth0/statistics/tx_dropped
