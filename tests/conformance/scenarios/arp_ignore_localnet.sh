# arp_ignore=3 answers only for addresses of scope link or narrower... but
# with route_localnet a 127/8 address that ip gives scope host counts as
# scope link (the kernel's localnet_scope), so it is answered; scope global
# always is. From the kernel's selftests/net/route_localnet.sh.
t() { # $1: extra words for the peer's address
	ip netns add a
	ip netns add b
	ip -n a link add veth0 type veth peer name veth1 netns b
	for n in a:veth0 b:veth1; do
		ip netns exec ${n%:*} sysctl -qw net.ipv4.conf.${n#*:}.route_localnet=1 net.ipv4.conf.${n#*:}.arp_ignore=3
	done
	ip -n a address add 127.25.3.4/24 dev veth0
	ip -n a link set veth0 up
	ip -n b address add 127.25.3.14/24 dev veth1 $1
	ip -n b link set veth1 up
	ip -n b -4 addr show dev veth1
	ip netns exec a ping -c1 -W1 -I veth0 127.25.3.14
	ip -n a neigh show dev veth0
	ip netns exec b sysctl -qw net.ipv4.conf.veth1.route_localnet=0
	ip -n a neigh flush dev veth0
	ip netns exec a ping -c1 -W1 -I veth0 127.25.3.14
	ip netns del a
	ip netns del b
}
t ""
t "scope global"
