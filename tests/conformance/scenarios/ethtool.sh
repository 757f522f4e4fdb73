# ethtool -S (peer_ifindex and queue counters), -i, and plain ethtool on veth.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add ns1
ip link add veth0 type veth peer name veth1
ethtool -S veth0
ethtool -S veth1
ethtool -i veth0
ethtool veth0
ip link set veth1 netns ns1
ethtool -S veth0
ip netns exec ns1 ethtool -S veth1
ethtool -S lo; echo "rc=$?"
ethtool -i lo; echo "rc=$?"
ethtool -i nosuch; echo "rc=$?"
ethtool -S nosuch; echo "rc=$?"
ethtool -S; echo "rc=$?"
ethtool --foo veth0; echo "rc=$?"
ip netns del ns1
