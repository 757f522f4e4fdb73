# The IPv6 knobs test setups turn off to keep router discovery out of the
# way: accept_ra, autoconf, use_tempaddr and accept_redirects read and write
# as on Linux (lo's use_tempaddr is -1); a device without accept_ra sends no
# router solicitations, and a forwarding one sends them only with accept_ra 2.
sysctl net.ipv6.conf.all.accept_ra net.ipv6.conf.default.accept_ra net.ipv6.conf.lo.accept_ra
sysctl net.ipv6.conf.all.autoconf net.ipv6.conf.lo.use_tempaddr net.ipv6.conf.all.use_tempaddr
sysctl net.ipv6.conf.all.accept_redirects net.ipv6.conf.default.accept_redirects
sysctl -w net.ipv6.conf.default.autoconf=0 net.ipv6.conf.default.use_tempaddr=2
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
sysctl -a 2>/dev/null | grep -E '^net.ipv6.conf.veth0.(accept_ra|accept_redirects|autoconf|use_tempaddr) '
sysctl -w net.ipv6.conf.veth0.accept_ra=0
sysctl -w net.ipv6.conf.all.accept_ra=0 net.ipv6.conf.veth1.accept_redirects=0
sysctl -w net.ipv6.conf.veth1.accept_ra=x; echo "rc=$?"
cat /proc/sys/net/ipv6/conf/veth0/accept_ra /proc/sys/net/ipv6/conf/veth1/accept_ra
echo 2 > /proc/sys/net/ipv6/conf/veth2/accept_ra
sysctl -qw net.ipv6.conf.veth2.forwarding=1 net.ipv6.conf.veth3.forwarding=1
ip netns add fresh
ip netns exec fresh sysctl net.ipv6.conf.all.accept_ra net.ipv6.conf.default.autoconf net.ipv6.conf.lo.use_tempaddr
ip netns del fresh
ip link set veth1 up
tcpdump -l -n -i veth1 'icmp6 and ip6[40] == 133' 2>/dev/null &
sleep 0.5
ip link set veth0 up
sleep 7
kill %1
wait
ip link set veth3 up
tcpdump -l -n -i veth3 'icmp6 and ip6[40] == 133' 2>/dev/null &
sleep 0.5
ip link set veth2 up
sleep 7
kill %1
wait
