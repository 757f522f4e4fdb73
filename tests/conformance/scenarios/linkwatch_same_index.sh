# A veth whose two ends have the same index, each in its namespace (made with
# "peer name ... netns"): the end brought up second gets its carrier while
# opening, a change linkwatch does not treat as urgent, so within a second
# of the pair's creation its operstate, and IPv6 on it, wait for
# linkwatch's next run; a question about that one device (ip link show DEV,
# ip addr show DEV, its sysfs carrier, ethtool) applies it at once, a dump
# or the sysfs operstate does not. Its peer, whose qdisc waits for that
# carrier, is urgent and is UP at once. (Linux's linkwatch is the host's:
# another namespace's change in the last second delays a change that is not
# urgent too, so the script only prints such a change where its own
# commands decide it.)
sysctl -qw net.ipv6.conf.all.disable_ipv6=0
ip netns add a
ip netns add b
ip -n a link add veth0 type veth peer name veth1 netns b
ip -n a link set veth0 up
ip -n b link set veth1 up
ip -n b -br link
ip -n b -br addr
ip -n b -6 route
ip -n a -br link
ip netns exec b cat /sys/class/net/veth1/operstate
ip -n b -br link show veth1
ip -n b -br link
sleep 2.5
ip -n b -br link
ip -n a link set veth0 down
ip -n b -d link show dev veth1
ip -n a link add veth2 type veth peer name veth3 netns b
ip -n a link set veth2 up
ip -n b link set veth3 up
ip -n b -br link
ip netns exec b cat /sys/class/net/veth3/carrier
ip -n b -br link
ip -n a link set veth0 up
ip -n b -br link
ip netns exec b ethtool veth1
ip -n b -br link
sleep 2
ip -n b -br link
ip -n b -br addr
