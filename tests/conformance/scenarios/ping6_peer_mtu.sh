# ping6 over a veth end whose MTU is above its peer's: the peer cannot take
# the frame, veth_xmit drops it (TX dropped) and answers NET_XMIT_DROP, which
# ip6_send_skb counts as Ip6OutDiscards and hands to ping's sendmsg as
# ENOBUFS; ping prints the error and retries the probe until its linger
# time runs out, as it does for IPv4.
ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add fd00::1/64 dev v0 nodad
ip -n b addr add fd00::2/64 dev v1 nodad
ip -n a link set v0 up
ip -n b link set v1 up
sleep 10
ip -n a link set v0 mtu 9000
ip netns exec a ping -c 1 fd00::2
ip -n a -s link show v0
ip netns exec a ping -c 1 -s 3000 fd00::2
echo rc=$?
ip -n a -s link show v0
ip -n b -s link show v1
ip netns exec a nstat -az Ip6OutDiscards Ip6OutRequests
