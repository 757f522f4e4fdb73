# sysctl -a lists conf/ and neigh/ by name, all and default among the devices (br0 and abc sort before default).
ip link add br0 type bridge
ip link add abc type veth peer name zz
sysctl -a -r 'ipv4\.conf\..*\.forwarding$'
sysctl -a -r 'ipv6\.conf\..*\.forwarding$'
sysctl -a -r 'neigh\.(abc|br0|zz)\.retrans_time_ms$'
ip netns add x
ip -n x link add abc type veth peer name zz
ip netns exec x sysctl -a -r 'neigh\..*\.retrans_time_ms$'
