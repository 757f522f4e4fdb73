# net.ipv4.icmp_echo_ignore_all (echo requests counted, never answered),
# net.ipv4.ip_default_ttl (the TTL of what a host sends without IP_TTL: ping's
# requests, echo replies, ICMP errors; /proc/net/snmp's DefaultTTL), their
# bounds, per namespace; icmp_echo_ignore_broadcasts reads its default.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b sysctl net.ipv4.icmp_echo_ignore_all net.ipv4.icmp_echo_ignore_broadcasts net.ipv4.ip_default_ttl
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=1
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2; echo "rc=$?"
ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IcmpInMsgs
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=2; echo "rc=$?"
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=0
ip netns exec b sysctl -w net.ipv4.ip_default_ttl=99
ip netns exec a ping -c 1 10.0.0.2
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=7
ip netns exec a tcpdump -n -v -i va -c 2 icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
wait
ip netns exec a ping -c 1 -t 30 10.0.0.2 | grep ttl
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=0; echo "rc=$?"
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=256; echo "rc=$?"
ip netns exec a sysctl net.ipv4.ip_default_ttl
ip netns exec a grep -A1 '^Ip: Forwarding' /proc/net/snmp | cut -d' ' -f1-3
ip netns exec b ping -c 1 -W 1 10.0.0.9 | grep -c 'Unreachable'
sysctl net.ipv4.ip_default_ttl net.ipv4.icmp_echo_ignore_all
ping -c 1 127.0.0.1 | grep ttl
