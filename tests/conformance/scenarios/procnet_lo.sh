# /proc/net in a namespace with only lo: every emulated file as a fresh
# namespace has it, the MIB counters after pings to 127.0.0.1, the own address
# on lo and ::1, errors for missing files and for writes, and lo in sysfs.
cat /proc/net/dev /proc/net/arp /proc/net/route /proc/net/if_inet6 /proc/net/ipv6_route
cat /proc/net/dev_mcast /proc/net/igmp /proc/net/igmp6
cat /proc/net/snmp /proc/net/netstat /proc/net/snmp6
cat /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/udp6 /proc/net/raw /proc/net/raw6
cat /proc/net/unix /proc/net/sockstat6
ping -c 2 -i 0.2 127.0.0.1 > /dev/null; echo "rc=$?"
ip addr add 10.9.9.9/32 dev lo
ping -c 1 10.9.9.9 > /dev/null; echo "rc=$?"
ping -6 -c 1 ::1 > /dev/null; echo "rc=$?"
cat /proc/net/dev /proc/net/route /proc/net/snmp /proc/net/netstat /proc/net/snmp6
cat /proc/thread-self/net/igmp
cat /sys/class/net/lo/statistics/rx_packets /sys/class/net/lo/statistics/tx_bytes
cat /proc/net/nosuch; echo "rc=$?"
echo x > /proc/net/dev; echo "rc=$?"
cat /proc/net; echo "rc=$?"
ip link set lo down
cat /proc/net/igmp /proc/net/igmp6 /proc/net/if_inet6 /proc/net/dev_mcast
cat /sys/class/net/lo/operstate /sys/class/net/lo/flags
cat /sys/class/net/lo/carrier; echo "rc=$?"
ip link set lo up
cat /proc/net/igmp6 /proc/net/if_inet6 /sys/class/net/lo/operstate /sys/class/net/lo/carrier
