# Ip6OutNoRoutes counts each IPv6 route lookup that finds no route, on
# ping's connect (ip6_dst_lookup_tail).
sysctl -qw net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
ping -6 -c 1 2001:db8::9; echo "rc=$?"
ping -c 1 2001:db8::9; echo "rc=$?"
ping -6 -c 1 ::1 > /dev/null; echo "rc=$?"
cat /proc/net/snmp6
