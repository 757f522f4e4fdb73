# Policy routing on the packet path: source routing over a second uplink, rules
# that refuse (locally: connect fails; on a router: ICMP errors, or silence),
# iif and oif rules, and what ip route get shows of it on both sides.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add r
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add a1 type veth peer name r1 netns r
ip link add a2 type veth peer name r2 netns r
ip addr add 10.0.1.2/24 dev a1
ip addr add 10.0.2.2/24 dev a2
ip -n r addr add 10.0.1.1/24 dev r1
ip -n r addr add 10.0.2.1/24 dev r2
ip -n r addr add 192.0.2.1/32 dev lo
ip link set a1 up
ip link set a2 up
ip -n r link set r1 up
ip -n r link set r2 up
ip -n r link set lo up
sleep 2
ip route add default via 10.0.1.1
ip route add default via 10.0.2.1 table 2
ip rule add from 10.0.2.2 lookup 2 pref 100
ip rule
ip route show table 2
ip route get 192.0.2.1
ip route get 192.0.2.1 from 10.0.2.2
ping -c 1 192.0.2.1 > /dev/null; echo "rc=$?"
ping -c 1 -I 10.0.2.2 192.0.2.1 > /dev/null; echo "rc=$?"
cat /sys/class/net/a1/statistics/tx_packets /sys/class/net/a2/statistics/tx_packets
ip rule add oif a2 lookup 2 pref 90
ip route get 192.0.2.1 oif a2
ip route get 192.0.2.1 oif a1
ip rule add to 192.0.2.0/24 unreachable pref 40
ping -c 1 192.0.2.1; echo "rc=$?"
ip rule add to 192.0.2.0/24 blackhole pref 30
ping -c 1 192.0.2.1; echo "rc=$?"
ip rule add to 192.0.2.0/24 prohibit pref 20
ip route get 192.0.2.1; echo "rc=$?"
ip rule del pref 20
ip rule del pref 30
ip rule del pref 40
ping -c 1 192.0.2.1 > /dev/null; echo "rc=$?"
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r rule add iif r1 to 198.51.100.0/24 prohibit pref 10
ip -n r rule add iif r1 to 198.51.101.0/24 unreachable pref 11
ip -n r rule add iif r1 to 198.51.102.0/24 blackhole pref 12
ip -n r route add 198.51.100.0/22 dev r2
ip -n r rule
ping -c 1 -W 1 198.51.100.7; echo "rc=$?"
ping -c 1 -W 1 198.51.101.7; echo "rc=$?"
ping -c 1 -W 1 198.51.102.7; echo "rc=$?"
ping -c 1 -W 1 -I 10.0.2.2 198.51.100.7; echo "rc=$?"
ip -n r route get 198.51.100.7 from 10.0.1.2 iif r1; echo "rc=$?"
ip -n r route get 198.51.101.7 from 10.0.1.2 iif r1; echo "rc=$?"
ip -n r route get 198.51.102.7 from 10.0.1.2 iif r1; echo "rc=$?"
ip -n r route get 198.51.100.7 from 10.0.2.2 iif r2
ip -n r route get 198.51.100.7
ip netns exec r cat /proc/net/snmp
ip netns del r
