# /proc/net and /sys/class/net across a veth pair between two namespaces with
# fixed MACs: the link-up IPv6 traffic (router solicitations off on both sides),
# an unanswered ARP, pings over IPv4 and to the peer's link-local, then every
# per-namespace file on both sides (hash-ordered ones only where a single line
# is printed), the same after the peer goes down, and the sysfs view of it.
# (Root's ARP table is not shown after the carrier loss: Linux flushes it then.)
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth1 netns a
ip addr add 10.0.0.1/24 dev veth0
ip -n a addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
ip route add default via 10.0.0.254
ip route add 192.168.5.0/24 via 10.0.0.2 metric 100
ip route add 172.16.1.1 dev veth0
ip route add prohibit 198.18.0.0/15
ip route add blackhole 203.0.113.0/24
sleep 3
ping -c 1 -W 4 10.0.0.3 > /dev/null; echo "rc=$?"
ping -c 3 -i 0.2 10.0.0.2 > /dev/null; echo "rc=$?"
ping -c 2 -i 0.2 fe80::ff:fe00:b%veth0 > /dev/null; echo "rc=$?"
sleep 1
cat /proc/net/dev /proc/net/arp /proc/net/route /proc/net/dev_mcast /proc/net/igmp /proc/net/igmp6
cat /proc/net/snmp /proc/net/netstat /proc/net/snmp6
cat /proc/self/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/udp6 /proc/net/raw /proc/net/raw6
cat /proc/net/unix /proc/net/sockstat6
ip netns exec a cat /proc/net/dev /proc/net/arp /proc/net/route /proc/net/if_inet6
ip netns exec a cat /proc/net/dev_mcast /proc/net/igmp /proc/net/igmp6
ip netns exec a cat /proc/net/snmp /proc/net/netstat /proc/net/snmp6
ls /sys/class/net
ls /sys/class/net/veth0
ls /sys/class/net/veth0/statistics
cat /sys/class/net/veth0/address /sys/class/net/veth0/mtu /sys/class/net/veth0/operstate
cat /sys/class/net/veth0/carrier /sys/class/net/veth0/ifindex /sys/class/net/veth0/iflink
cat /sys/class/net/veth0/type /sys/class/net/veth0/flags /sys/class/net/veth0/tx_queue_len
cat /sys/class/net/veth0/addr_len /sys/class/net/veth0/broadcast /sys/class/net/veth0/dev_id
cat /sys/class/net/veth0/dev_port /sys/class/net/veth0/ifalias /sys/class/net/veth0/link_mode
cat /sys/class/net/veth0/netdev_group
cat /sys/class/net/veth0/statistics/rx_bytes /sys/class/net/veth0/statistics/rx_packets
cat /sys/class/net/veth0/statistics/tx_bytes /sys/class/net/veth0/statistics/tx_packets
cat /sys/class/net/veth0/statistics/tx_dropped /sys/class/net/veth0/statistics/multicast
cat /sys/class/net/lo/address /sys/class/net/lo/mtu /sys/class/net/lo/operstate /sys/class/net/lo/carrier
cat /sys/class/net/lo/iflink /sys/class/net/lo/type /sys/class/net/lo/flags /sys/class/net/lo/statistics/rx_bytes
ip netns exec a ls /sys/class/net
ip netns exec a cat /sys/class/net/veth1/ifindex /sys/class/net/veth1/iflink /sys/class/net/veth1/operstate
ip netns exec a cat /sys/class/net/veth1/statistics/rx_bytes /sys/class/net/veth1/statistics/tx_bytes
ip netns exec a cat /sys/class/net/lo/operstate /sys/class/net/lo/flags
ip netns exec a cat /sys/class/net/lo/carrier; echo "rc=$?"
ip -n a link set veth1 down
sleep 1
cat /proc/net/dev /proc/net/route /proc/net/dev_mcast /proc/net/igmp /proc/net/igmp6
ip netns exec a cat /proc/net/dev /proc/net/arp /proc/net/route /proc/net/if_inet6
ip netns exec a cat /proc/net/dev_mcast /proc/net/igmp /proc/net/igmp6
cat /sys/class/net/veth0/operstate /sys/class/net/veth0/carrier /sys/class/net/veth0/flags
ip netns exec a cat /sys/class/net/veth1/operstate /sys/class/net/veth1/flags
ip netns exec a cat /sys/class/net/veth1/carrier; echo "rc=$?"
cat /proc/net/snmp6
cat /proc/net/nosuch; echo "rc=$?"
