# Moving ends between namespaces: ifindex kept or reallocated, @ifN, link-netns
# and link-netnsid, nsids listed by ip netns, deletion taking the peer along.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns add b
ip netns list
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth1
ip link set veth1 up
ip link set veth1 netns a
ip link
ip -n a link
ip -n a addr
ip netns list
ip netns exec a ip link set veth1 up
ip link set veth0 up
sleep 2
ip link show veth0
ip -netns a link show veth1
ip link add v2 netns a type veth peer name v3 netns b
ip -n a link
ip -n b link
ip netns list
ip -n a netns list
ip link add v4 netns b type veth peer name v5
ip link
ip -n b -br link
ip link set veth0 netns b
ip -n b link
ip netns list
ip link add v6 type veth peer name v7
ip link set v6 netns a; echo "rc=$?"
ip -n a link show v6
ip link set lo netns a; echo "rc=$?"
ip link set v7 netns nosuch; echo "rc=$?"
ip link set v7 netns 99999; echo "rc=$?"
ip link add dup type veth peer name veth1 netns a; echo "rc=$?"
ip netns del a
sleep 2
ip netns list
ip link
ip -n b link
ip netns del b
sleep 2
ip netns list
ip link
