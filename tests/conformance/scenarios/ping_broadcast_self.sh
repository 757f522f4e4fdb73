# A host's own broadcasts come back to it (ip_mc_output loops a copy of each
# back through the device it leaves by, as PACKET_LOOPBACK): ping -b to the
# subnet's broadcast and to 255.255.255.255 counts each request as received
# here too (IpInReceives, InBcastPkts, IcmpInEchos, and IcmpInErrors as
# icmp_echo_ignore_broadcasts drops it), where the device's own counters and
# a capture see only the copy on the wire. A broadcast out of lo comes back
# through lo with its route too, and is counted the same way. IPv6 is off so that no MLD or DAD
# frame depends on the kernel's random timers.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec peer sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.0.0.1/24 brd + dev veth0
ip link set veth0 up
ip -n peer addr add 10.0.0.2/24 brd + dev veth1
ip -n peer link set veth1 up
ping -c 2 -i 0.5 -b 10.0.0.255
cat /proc/net/snmp
ip netns exec peer cat /proc/net/snmp
ping -c 1 -b -I veth0 255.255.255.255
ip -s link show veth0
ip -n peer -s link show veth1
ip -s link show lo
cat /proc/net/snmp
cat /proc/net/netstat
ping -c 1 -b 127.255.255.255
ip -s link show lo
cat /proc/net/snmp
