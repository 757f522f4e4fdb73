# Which device events flush which neighbours. disable_ipv6 on a device
# flushes its IPv6 neighbours, permanent ones too (addrconf_ifdown's
# rt6_disable_ip), and leaves its IPv4 ones. A new hardware address or ARP
# turned off or on flushes the device's neighbours (neigh_changeaddr) but
# keeps its proxy entries; a lost carrier keeps permanent entries and proxy
# entries; going down takes everything.
ip netns add a
ip netns add b
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer v1 netns b address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a -6 addr add 2001:db8::1/64 dev v0 nodad
ip -n b -6 addr add 2001:db8::2/64 dev v1 nodad
ip -n a link set v0 up
ip -n b link set v1 up
sleep 2
ip netns exec a ping -c1 -W1 10.0.0.2 | grep -c 'bytes from'
ip netns exec a ping -6 -c1 -W1 2001:db8::2 | grep -c 'bytes from'
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
ip -n a -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:99 dev v0
ip -n a neigh add proxy 10.0.0.50 dev v0
ip -n a -6 neigh add proxy 2001:db8::50 dev v0
echo "== start"
ip -n a neigh show | sort
ip -n a neigh show proxy
echo "== disable_ipv6"
ip netns exec a sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip -n a neigh show | sort
ip -n a neigh show proxy
ip -n a -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:99 dev v0; echo "rc=$?"
ip -n a -6 neigh show
ip netns exec a sysctl -qw net.ipv6.conf.v0.disable_ipv6=0
ip -n a -6 neigh add proxy 2001:db8::50 dev v0
ip -n a -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:99 dev v0
ip -n a neigh show | sort
ip -n a neigh replace 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
echo "== new address"
ip -n a link set v0 address 02:00:00:00:00:0c
ip -n a neigh show | sort
ip -n a neigh show proxy
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
ip -n a -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:99 dev v0
echo "== arp off"
ip -n a link set v0 arp off
ip -n a neigh show | sort
ip -n a neigh show proxy
ip -n a link set v0 arp on
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
echo "== carrier lost"
ip -n b link set v1 down
ip -n a neigh show | sort
ip -n a neigh show proxy
echo "== down"
ip -n a link set v0 down
ip -n a neigh show | sort
ip -n a neigh show proxy
ip netns del a
ip netns del b
