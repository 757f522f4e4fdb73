# The MLDv2 reports a link sends as it comes up list every group it already
# holds, not only its link-local's: the solicited-node groups of addresses
# given while it was down (nodad or tentative), and ff02::2 on a device born
# forwarding, each in both reports from :: (ipv6_mc_up gave them change
# records). Once DAD completes on a forwarding device, the report of every
# group lists the subnet-router anycast group fe80:: joins (ff02::1:ff00:0),
# and that join has change reports of its own just after. Only each end's
# own reports are captured (-Q out), in the order their timers fix.
ip netns add h1
ip netns add r1
ip link add eth0 netns h1 type veth peer name eth0 netns r1 address 02:00:00:00:00:02
ip -n r1 addr add fd00:1::1/64 dev eth0 nodad
ip -n r1 addr add fd00:2::22/64 dev eth0
ip -n r1 link set eth0 up
ip netns exec r1 tcpdump -i eth0 -n -l -v -c 3 -Q out 'ip6[6] == 0 and ip6[48] == 143' 2>/dev/null &
sleep 0.5
ip -n h1 link set eth0 up
wait
ip netns exec r1 sysctl -qw net.ipv6.conf.all.forwarding=1
ip link add veth0 netns r1 address 02:00:00:00:00:03 type veth peer name veth1 netns h1
ip -n h1 link set veth1 up
ip netns exec h1 tcpdump -i veth1 -n -l -v -c 4 'ip6[6] == 0 and ip6[48] == 143 and ether src 02:00:00:00:00:03' 2>/dev/null &
sleep 0.5
ip -n r1 link set veth0 up
wait
ip netns exec r1 cat /proc/net/igmp6
