# A gratuitous ARP (here from arp_notify) creates a STALE entry for an unknown
# sender only with arp_accept: 1 for any sender, 2 for one in the subnet of an
# address of the receiving device; 0 never. An existing entry takes the new
# hardware address at once, even within locktime (a gratuitous ARP overrides),
# unless drop_gratuitous_arp drops it. An arping -U (request) or -A (reply)
# announcement works the same way. (Each listing waits a moment: a frame is
# in flight for the hop delay in vethlab, see differences.md [hop_delay].)
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
t() { # arp_accept host_addr
	ip netns add h
	ip netns add r
	ip -n r link add vr address 02:00:00:00:00:0b type veth peer name vh address 02:00:00:00:00:0a netns h
	ip -n r link set vr up
	ip -n r addr add 10.0.10.1/24 dev vr
	ip netns exec r sysctl -qw net.ipv4.conf.vr.arp_accept=$1
	ip netns exec h sysctl -qw net.ipv4.conf.vh.arp_notify=1
	ip -n h addr add $2/24 dev vh
	ip -n h link set vh up
	sleep 0.2
	echo "arp_accept=$1 host=$2:"
	ip -n r neigh show dev vr
}
t 0 10.0.10.2
ip netns del h; ip netns del r
t 1 10.0.10.2
ip -n h link set vh address 02:00:00:00:00:0c; sleep 0.1
ip -n r neigh show dev vr
ip netns exec r sysctl -qw net.ipv4.conf.all.drop_gratuitous_arp=1
ip -n h link set vh address 02:00:00:00:00:0d; sleep 0.1
ip -n r neigh show dev vr
ip netns exec r sysctl -qw net.ipv4.conf.all.drop_gratuitous_arp=0
ip -n h addr add 10.0.10.7/24 dev vh
ip netns exec h arping -q -c1 -U -I vh 10.0.10.7; echo "arping -U rc=$?"
ip -n h addr add 10.0.10.8/24 dev vh
ip netns exec h arping -q -c1 -A -I vh 10.0.10.8; echo "arping -A rc=$?"
ip -n r neigh show dev vr
ip netns del h; ip netns del r
t 2 10.0.11.3
ip netns del h; ip netns del r
t 2 10.0.10.3
ip netns del h; ip netns del r
t 3 10.0.10.4
ip netns del h; ip netns del r
