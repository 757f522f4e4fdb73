# IPv6 on links set up with ip link: addrgenmode none brings a link up
# without a link-local address or fe80::/64 (an address added later reports
# its group from ::, twice); eui64 takes effect at the next up, and setting
# a mode reports the groups again (do_setlink's notification after
# IFLA_AF_SPEC); stable_secret needs a secret (none is set). A device
# without ARP does no duplicate address detection and joins no
# solicited-node group (so it reports none), and its neighbours are NOARP
# entries with its own address, unicast and multicast.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns exec b sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer v1 netns b address 02:00:00:00:00:0b
ip -n b link set v1 up
sleep 3
ip -n a link set v0 addrgenmode none
ip -n a -d link show v0
ip netns exec b tcpdump -n -v -i v1 ether src 02:00:00:00:00:0a > cap1.txt 2>&1 &
sleep 1
ip -n a link set v0 up
sleep 3
ip -n a -6 addr show dev v0
ip -n a -6 route show table all
ip -n a addr add 2001:db8::1/64 dev v0 nodad
sleep 3
ip -n a -6 addr show dev v0
ip -n a link set v0 addrgenmode stable_secret; echo "rc=$?"
ip -n a link set v0 addrgenmode eui64
ip -n a -6 addr show dev v0
sleep 3
kill %1
wait
cat cap1.txt
ip -n a link set v0 down
ip -n a link set v0 up
sleep 3
ip -n a -6 addr show dev v0
ip -n a -d link show v0
ip -n a link set v0 down
ip -n a link set v0 arp off
ip netns exec b tcpdump -n -v -i v1 ether src 02:00:00:00:00:0a > cap2.txt 2>&1 &
sleep 1
ip -n a link set v0 up
sleep 3
ip -n a addr add 2001:db8::1/64 dev v0
ip -n b addr add 2001:db8::2/64 dev v1
sleep 3
ip -n a -6 addr show dev v0
ip netns exec a ping -c 1 -W 1 2001:db8::2; echo "rc=$?"
ip -n a -6 neigh show dev v0
ip -n a -6 neigh show dev v0 nud noarp
ip netns exec a cat /proc/net/igmp6
kill %1
wait
cat cap2.txt
