# ip -s -h link (-human, -iec): counters from 1000 (1024) up in k, M... with
# two, one or no decimals; the columns no longer widen to fit the numbers.
# IPv6 is off so that no MLD or DAD packet of the kernel's timing is counted.
for ns in a b; do
	ip netns add $ns
	ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
done
ip -n a link add x type veth peer name y netns b
ip -n a addr add 10.0.0.1/24 dev x; ip -n b addr add 10.0.0.2/24 dev y
ip -n a link set x up; ip -n b link set y up
ip netns exec a ping -c 1 -s 900 -q 10.0.0.2 > /dev/null
ip -n a -s -h link show x | tail -4
ip netns exec a ping -c 20 -i 0.01 -s 1000 -q 10.0.0.2 > /dev/null
ip -n a -s -h link show x | tail -4
ip -n a -s -iec -h link show x | tail -4
ip -n a -s -iec link show x | tail -4
ip netns exec a ping -c 10 -i 0.01 -s 12000 -q 10.0.0.2 > /dev/null
ip -n a -s -h link show x | tail -4
ip netns exec a ping -c 20 -i 0.01 -s 60000 -q 10.0.0.2 > /dev/null
ip -n a -s -s -h link show x | tail -8
ip -n a -h -s -iec addr show x | tail -4
ip -n a -human -s -j link show x | head -c 120; echo
ip -n a -human-readable link show x | tail -1
