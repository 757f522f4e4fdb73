# ndisc_evict_nocarrier (from the kernel's selftests/net/arp_ndisc_evict_nocarrier.sh):
# a lost carrier flushes the device's IPv6 neighbours unless the device's value
# or all's is 0; the knob takes 0 or 1 only.
ip netns add me
ip netns add peer
ip -n me link set lo up
ip -n peer link set lo up
ip -n me link add veth1 type veth peer name veth2
ip -n me link set veth1 up
ip -n me -6 addr add 2001:db8:91::1/64 dev veth1 nodad
ip -n me link set veth2 netns peer up
ip -n peer -6 addr add 2001:db8:91::2/64 dev veth2 nodad
ip netns exec me sysctl net.ipv6.conf.all.ndisc_evict_nocarrier net.ipv6.conf.default.ndisc_evict_nocarrier
ip netns exec me sysctl -w net.ipv6.conf.veth1.ndisc_evict_nocarrier=2; echo "rc=$?"
ip netns exec me sysctl -w net.ipv6.conf.veth1.ndisc_evict_nocarrier=0
ip netns exec me ping -6 -c1 -I veth1 2001:db8:91::2 | grep -c 'bytes from'
ip -n peer link set veth2 down
echo "device 0: after the peer went down"
ip -n me -6 neigh show dev veth1
ip -n peer link set veth2 up
sleep 1
ip netns exec me sysctl -qw net.ipv6.conf.veth1.ndisc_evict_nocarrier=1
ip netns exec me sysctl -qw net.ipv6.conf.all.ndisc_evict_nocarrier=0
ip netns exec me ping -6 -c1 -I veth1 2001:db8:91::2 | grep -c 'bytes from'
ip -n peer link set veth2 down
echo "all 0: after the peer went down"
ip -n me -6 neigh show dev veth1
ip -n peer link set veth2 up
sleep 1
ip netns exec me sysctl -qw net.ipv6.conf.all.ndisc_evict_nocarrier=1
ip netns exec me ping -6 -c1 -I veth1 2001:db8:91::2 | grep -c 'bytes from'
ip -n peer link set veth2 down
echo "both 1: after the peer went down"
ip -n me -6 neigh show dev veth1
ip netns del me
ip netns del peer
