# A frame longer than the receiving end's MTU (plus the Ethernet and a VLAN
# header) is dropped by veth (is_skb_forwardable): a tx drop on the sender, an rx
# drop on the peer, ENOBUFS to ping (sendmsg: No buffer space available, retried
# until -W runs out) and an IP OutDiscard.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
ip -n peer link set veth1 mtu 1000
sleep 1.3
ping -c 1 -s 500 10.1.1.2; echo "rc=$?"
ping -c 1 -W 1 -s 1200 10.1.1.2; echo "rc=$?"
ping -c 1 -W 1 -s 977 10.1.1.2; echo "rc=$?"
ping -c 1 -W 1 -s 972 10.1.1.2; echo "rc=$?"
ip -s link show veth0
ip -n peer -s link show veth1
cat /proc/net/snmp
ip netns del peer
