# Local routes outlive their device going down (fib_sync_down_dev spares nexthops
# of scope host): a down device's own address still answers through lo.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 10.1.1.1/24 brd + dev veth0
ip link set veth0 up
ip link set veth0 down
ip route show table local
ping -c 1 10.1.1.1; echo "rc=$?"
ping -c 1 -I 10.1.1.1 127.0.0.1; echo "rc=$?"
ping -c 1 10.1.1.2; echo "rc=$?"
ip link del veth0
