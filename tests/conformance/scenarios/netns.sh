# ip netns add, list, identify, exec, delete and their errors; a new namespace
# starts with lo down and no address.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add ns1
ip netns add ns2
ip netns list
ip netns
ip netns identify
ip netns exec ns1 ip netns identify
ip netns exec ns1 ip link
ip netns exec ns1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec ns1 ip link set lo up
ip netns exec ns1 ip addr
ip -n ns2 addr
ip netns add ns1; echo "rc=$?"
ip netns add; echo "rc=$?"
ip netns exec; echo "rc=$?"
ip netns exec ns1; echo "rc=$?"
ip netns exec nosuch ip link; echo "rc=$?"
ip -n nosuch link; echo "rc=$?"
ip netns del nosuch; echo "rc=$?"
ip netns foo; echo "rc=$?"
ip netns delete ns1
ip netns list
ip netns del ns2
ip netns list
ip netns exec ns2 true; echo "rc=$?"
