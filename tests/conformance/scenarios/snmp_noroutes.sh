# OutNoRoutes counts a connect() that finds no route (__ip4_datagram_connect):
# iputils ping's probe socket, once per ping that fails with "connect:
# Network is unreachable"; a ping that has a route counts none.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ping -c 1 10.9.9.9; echo "rc=$?"
ping -c 1 -I veth0 10.9.9.9; echo "rc=$?"
cat /proc/net/snmp
ping -c 1 -W 1 10.1.1.7; echo "rc=$?"
ping -c 1 127.0.0.1 > /dev/null; echo "rc=$?"
cat /proc/net/snmp
