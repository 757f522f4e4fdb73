# bridge -j, -j -p, -d, -s and -c: link, fdb and vlan as iproute2 6.1's bridge prints them.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0c type veth peer name v1 address 02:00:00:00:00:0d
ip link add v2 address 02:00:00:00:00:0e type veth peer name v3
ip link set v0 master br0
ip link set v2 master br0
ip link set v0 up
ip link set v1 up
ip link set br0 up
sleep 1
bridge -j link
bridge -j -d link
bridge -j -p link show
bridge -j -p -d link show dev v2
bridge -j link show dev v1
bridge -j -s link
bridge fdb add 02:11:22:33:44:55 dev v0 master static
bridge fdb add 02:11:22:33:44:66 dev v0 master dynamic
bridge -j fdb show
bridge -j -s fdb show br br0
bridge -j -p fdb show dev v0
bridge -j fdb show br br0 state static
bridge -j vlan show
bridge -c link
bridge -c fdb show dev v0
bridge -color=never link
bridge -j -c link
