# nstat: the SNMP counters as increments since the last run (the history
# file is the user's, shared by every namespace), -a absolute, -z zeros,
# -s no update, -r reset, -n history only, patterns (case-insensitive
# globs), JSON compact and pretty, the version and the usage error. IPv6 is
# off so that no MLD report changes a count while it runs.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
ip netns exec a nstat -r -n; echo "rc=$?"
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 > /dev/null
ip netns exec a nstat; echo "rc=$?"
ip netns exec a nstat; echo "rc=$?"
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
ip netns exec a nstat -s 'Icmp*'
ip netns exec a nstat -s 'icmpout*' 'IpOut*'
ip netns exec a nstat -a 'Icmp*'
ip netns exec a nstat -z 'IcmpOut*'
ip netns exec b nstat -a -z -s 'IpExt*'
ip netns exec b nstat
ip netns exec a nstat -r 'Ip*'
ip netns exec a nstat --json IcmpOutEchos
ip netns exec a nstat -a -j IcmpOutEchos IcmpInEchoReps
ip netns exec a nstat -a -j -p 'IcmpOut*'
ip netns exec a nstat -j -p 'IcmpOut*'
ip netns exec a nstat -asz 'Udp*'
ip netns exec a nstat -V
ip netns exec a nstat -x; echo "rc=$?"
ip netns exec a nstat --bogus; echo "rc=$?"
ip netns exec a nstat -r -n
ip netns del a
ip netns del b
