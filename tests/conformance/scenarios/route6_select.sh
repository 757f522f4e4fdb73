# The selectors on IPv6 routes (vethlab's are the kernel's own), -6 tables and
# rules, and IPv4 and IPv6 together in ip route show table all.
sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip link set veth0 up
ip link set veth1 up
sleep 2
ip -6 route
ip -6 route show dev veth0
ip -6 route show table local dev veth0
ip -6 route show table all dev veth1
ip -6 route show table 100; echo "rc=$?"
ip -6 route show table default; echo "rc=$?"
ip -6 route show proto kernel dev veth0
ip -6 route show proto static
ip -6 route show 2001:db8::/64
ip -6 route show root 2001:db8::/32
ip -6 route show match 2001:db8::5
ip -6 route show exact 2001:db8::
ip -6 route show type multicast table local
ip -6 route show metric 256 dev veth0
ip -6 route show metric 0 table local dev lo
ip -6 route show default
ip -6 route show scope global dev veth0
ip -6 route show scope link
ip -6 route show 10.0.0.0/8; echo "rc=$?"
ip -d -6 route show dev veth0
ip route show table all dev veth0 table local
ip route show table all dev veth0
ip route show table all 2001:db8::/64
ip route show table all default
ip route show table all root 0/0
ip route show table all type local dev lo
ip -6 rule
ip -6 rule show pref 0
