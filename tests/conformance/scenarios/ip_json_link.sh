# ip -j and ip -j -p link: key order, numbers and strings, the flags array,
# -s and -s -s counters, -d for veth and lo, -br, a peer in another namespace,
# an alias and alternative names, the empty object of a device the printer
# itself refuses (not up), and a device that does not exist.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip -j link
ip -j -p link
ip link set veth0 up
sleep 1
ip -j link show veth0
ip -j -p link show veth1
ip link set veth1 up
ip link set veth0 alias 'uplink "A"\side'
ip link property add dev veth0 altname vethA altname vethB
sleep 1
ping -c 2 -I veth0 10.9.9.9 > /dev/null 2>&1
ip -j -s link show veth0
ip -j -s -s link show veth1
ip -j -s -s -p link show veth0
ip -j -d link show lo
ip -j -d -p link show veth0
ip -j -br link
ip -j -p -br link
ip -j link show up
ip link set veth1 down
sleep 1
ip -j link show up
ip -j -p link show type veth
ip -j link show nosuch; echo "st=$?"
ip netns add other
ip link set veth1 netns other
sleep 1
ip -j link show veth0
ip -j -d -p link show veth0
ip -j -br link show veth0
ip netns exec other ip -j -p link
ip -json -pretty link show lo
ip -pretty link show lo
ip link del veth0
ip netns del other
sleep 1
ip -j -p -br link
