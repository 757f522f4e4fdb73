# The next chapter of the tutorials: a Linux bridge joining three namespaces.
# Each namespace gets one end of a veth pair; the other end becomes a port of
# br0 in the root namespace. The bridge learns where each MAC address is,
# floods what it does not know yet, and the host talks to all three through
# an address on the bridge. Then one port is isolated from another, and why
# explains the ping that stops working.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip netns add red
ip netns exec red sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth-red type veth peer name eth0 netns red
ip link set veth-red master br0
ip link set veth-red up
ip -n red addr add 10.10.0.1/24 dev eth0
ip -n red link set eth0 up
ip netns add green
ip netns exec green sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth-green type veth peer name eth0 netns green
ip link set veth-green master br0
ip link set veth-green up
ip -n green addr add 10.10.0.2/24 dev eth0
ip -n green link set eth0 up
ip netns add blue
ip netns exec blue sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth-blue type veth peer name eth0 netns blue
ip link set veth-blue master br0
ip link set veth-blue up
ip -n blue addr add 10.10.0.3/24 dev eth0
ip -n blue link set eth0 up
ip addr add 10.10.0.254/24 dev br0
sleep 1
bridge link
ip netns exec red ping -c 2 10.10.0.2
ip netns exec red ping -c 2 10.10.0.3
ping -c 1 10.10.0.2
bridge fdb show br br0 dynamic
brctl show
# Isolated ports reach the others, but not each other.
bridge link set dev veth-red isolated on
bridge link set dev veth-green isolated on
why ip netns exec red ping -c 1 -W 1 10.10.0.2
ip netns exec red ping -c 1 10.10.0.3
