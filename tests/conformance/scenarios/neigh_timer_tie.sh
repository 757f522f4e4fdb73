# A user-space wake-up and a neighbour timer due at the same instant: tracepath to an address nobody answers probes once a second, as ARP retries, and its fourth probe leaves just before ARP gives up (Linux's timer wheel runs the neighbour's timer a little late), so the entry is FAILED when tracepath ends and stays so; the same with ping's one-second interval.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.24.0.1/24 dev veth0
ip -n ns1 addr add 10.24.0.2/24 dev veth1
ip link set veth0 up
ip -n ns1 link set veth1 up
sleep 1.3
ip netns exec ns1 tcpdump -n -l -i veth1 arp > cap.txt 2>&1 &
sleep 1
tracepath -n 10.24.0.152; echo "tracepath rc=$?"
ip -4 neigh show
sleep 4.5
ip -4 neigh show
ping -c 5 10.24.0.153; echo "ping rc=$?"
ip -4 neigh show
sleep 4.5
ip -4 neigh show
kill %1; wait
cat cap.txt
ip netns del ns1
