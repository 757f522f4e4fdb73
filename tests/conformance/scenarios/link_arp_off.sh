# arp off (IFF_NOARP): every neighbour of the device resolves at once, as
# NOARP, to the device's own address, so a ping across the pair leaves with
# its own MAC as destination and the peer drops it; ip neigh hides NOARP
# entries unless asked (nud noarp, nud all). Turning ARP on or off, or
# changing the address, flushes the device's neighbours, permanent ones
# too. A changed broadcast address is where ARP requests go.
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add v0 netns a address 02:00:00:00:00:0a type veth peer v1 netns b address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
ip -n a link set v0 arp off
sleep 2
ip -n a link show v0
ip netns exec b tcpdump -nn -e -i v1 -c 2 > cap1.txt 2>&1 &
sleep 1
ip netns exec a ping -c 2 -W 1 10.0.0.2; echo "rc=$?"
wait
ip -n a neigh
ip -n a neigh show nud noarp
ip -n a neigh show dev v0 nud all
ip -n a neigh show nud reachable nud noarp
ip -n a neigh show nud bogus; echo "rc=$?"
ip -n b neigh show dev v1 nud all
cat /dev/null
ip -n a -s link show v0
ip -n b -s link show v1
cat cap1.txt
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
ip -n a neigh show dev v0 nud all
ip -n a link set v0 arp on
ip -n a neigh show dev v0 nud all
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "rc=$?"
ip -n a neigh show dev v0
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
ip -n a link set v0 address 02:00:00:00:00:0c
ip -n a neigh show dev v0 nud all
ip -n b link set v1 arp off
ip -n b neigh show dev v1 nud all
ip -n a neigh flush dev v0
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "rc=$?"
sleep 3
ip -n a neigh show dev v0
ip -n b link set v1 arp on
ip -n a link set v0 broadcast 02:00:00:00:00:99
ip -n a link show v0
ip netns exec b tcpdump -nn -e -i v1 -c 1 arp > cap2.txt 2>&1 &
sleep 1
ip -n a neigh flush dev v0
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "rc=$?"
wait
cat cap2.txt
ip -n a link set v0 broadcast 02:00:00:00:00:0b
ip -n a neigh flush dev v0
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "rc=$?"
ip -n a neigh show dev v0
