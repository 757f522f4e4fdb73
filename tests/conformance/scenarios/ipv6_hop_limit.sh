# net.ipv6.conf.*.hop_limit: what a packet routed out of a device is sent
# with (ip6_dst_hoplimit), an echo reply as well as ping's own requests; a
# local destination goes by lo's. 1 to 255 only. default reaches devices
# made later. From the kernel's selftests/net/traceroute.sh style setups.
sysctl -qw net.ipv6.conf.default.accept_dad=0
for v in 0 1 255 256 -1; do sysctl -w net.ipv6.conf.all.hop_limit=$v; echo rc=$?; done
sysctl -qw net.ipv6.conf.all.hop_limit=64
sysctl -w net.ipv6.conf.default.hop_limit=33
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.default.accept_dad=0
ip link add veth0 type veth peer name veth1 netns peer
sysctl net.ipv6.conf.veth0.hop_limit net.ipv6.conf.lo.hop_limit
ip -n peer link set veth1 up
ip -n peer addr add 2001:db8::2/64 dev veth1
ip addr add 2001:db8::1/64 dev veth0
ip link set veth0 up
sleep 0.3
ping -6 -c1 2001:db8::2 | grep ttl= | sed 's/time=.*//'
ip netns exec peer sysctl -qw net.ipv6.conf.veth1.hop_limit=9
ping -6 -c1 2001:db8::2 | grep ttl= | sed 's/time=.*//'
ip netns exec peer tcpdump -l -n -v -i veth1 icmp6 and 'ip6[40] == 128' > cap.txt 2>/dev/null &
sleep 0.5
sysctl -qw net.ipv6.conf.veth0.hop_limit=17
ping -6 -c1 2001:db8::2 | grep ttl= | sed 's/time=.*//'
ping -6 -c1 -t 5 2001:db8::2 | grep ttl= | sed 's/time=.*//'
sleep 0.3
kill %1; wait
grep -o 'hlim [0-9]*' cap.txt
ip link set lo up
ping -6 -c1 2001:db8::1 | grep ttl= | sed 's/time=.*//'
sysctl -qw net.ipv6.conf.lo.hop_limit=3
ping -6 -c1 2001:db8::1 | grep ttl= | sed 's/time=.*//'
ping -6 -c1 ::1 | grep ttl= | sed 's/time=.*//'
ip netns del peer
