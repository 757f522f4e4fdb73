# ip -j and ip -j -p neighbour, rule and netns: the state array, router and
# proxy flags, -s counters, -br; every rule form (not, prefixes, fwmark and
# mask, devices, goto, unresolved, nop, blackhole, suppress_prefixlength);
# netns list with and without ids, and list-id.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
sleep 1
ip -j neigh
ip -j -p neigh
ip neigh add 10.1.1.9 lladdr 02:00:00:00:00:09 dev veth0
ip -j neigh
ip -j -p neigh show dev veth0
ip -j -br neigh
ip -j -p -br neigh
ip -j -s neigh
# The kernel lists a table in the order of its per-boot hash: one entry per listing.
ip neigh add 10.1.1.8 lladdr 02:00:00:00:00:08 dev veth0 nud stale router
ip neigh add proxy 10.1.1.77 dev veth0
ip -j neigh show 10.1.1.8
ip -j -p neigh show to 10.1.1.8 dev veth0
ip -j -br neigh show 10.1.1.8
ip -j neigh show proxy
ip -j -p neigh show proxy
ip -j neigh show nud stale
ip -j neigh show nud permanent
ip -j rule
ip -j -p rule
ip rule add from 10.0.0.0/8 to 10.1.0.0/16 iif veth0 oif veth1 fwmark 0x10/0xff table 100 pref 5
ip rule add pref 6 not from all goto 7
ip rule add pref 7 from 10.2.0.0/16 nop
ip rule add pref 8 fwmark 3 blackhole
ip rule add pref 9 iif nosuch lookup main suppress_prefixlength 0
ip rule add pref 10 from 192.168.1.1 lookup 200 proto static
ip -j rule
ip -j -p rule
ip -j -d rule show pref 5
ip -j netns list
ip -j -p netns list
ip netns add a
ip netns add b
ip -j netns list
ip link add x0 netns a type veth peer name x1 netns b
ip -n a link show > /dev/null
ip -j netns list
ip -j -p netns list
ip -n a -j -p netns list
ip -n a -j netns list-id
ip -n a -j -p netns list-id
ip netns del a
ip netns del b
sleep 1
