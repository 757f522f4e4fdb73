# The order in which a bridge's flood reaches its ports shows in who answers
# first: the newest port gets its copy first, and the frames wait in one
# backlog (one CPU), so nothing the hop jitter does lets a later copy, or
# its answer, overtake an earlier one. Two ends of one host on the same
# subnet behind a bridge both answer an ARP request (ARP flux) in that
# order; arp_ignore 1 leaves the owner's answer; a broadcast ping is
# answered by every namespace, newest port first.
ip netns add host
ip netns add peer
ip link add a0 netns host address 02:00:00:00:00:a0 type veth peer name p0 netns peer address 02:00:00:00:00:b0
ip link add a1 netns host address 02:00:00:00:00:a1 type veth peer name p1 netns peer address 02:00:00:00:00:b1
ip -n host addr add 10.0.0.1/24 dev a0
ip -n host addr add 10.0.0.2/24 dev a1
ip -n peer link add br0 type bridge
ip -n peer link set p0 master br0
ip -n peer link set p1 master br0
ip -n peer addr add 10.0.0.100/24 dev br0
for d in a0 a1; do ip -n host link set $d up; done
for d in p0 p1 br0; do ip -n peer link set $d up; done
for i in 3 4 5; do
	ip netns add n$i
	ip link add e$i netns n$i address 02:00:00:00:00:0$i type veth peer name p$i netns peer address 02:00:00:00:00:c$i
	ip -n peer link set p$i master br0
	ip -n peer link set p$i up
	ip -n n$i addr add 10.0.0.$i/24 dev e$i
	ip -n n$i link set e$i up
	ip netns exec n$i sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
done
sleep 3
ip netns exec peer arping -c 1 -I br0 10.0.0.2
ip netns exec peer arping -c 1 -I br0 10.0.0.1
ip -n peer neigh flush all
ip netns exec host sysctl -qw net.ipv4.conf.all.arp_ignore=1
ip netns exec peer arping -c 1 -I br0 10.0.0.2
ip netns exec peer ping -c 2 -i 0.5 -b 10.0.0.255 2>&1
ip -n peer neigh show | sort
