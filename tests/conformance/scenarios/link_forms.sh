# Every iproute2 form of veth creation, default names and ifindex allocation.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add type veth
ip link add type veth
ip -br link
ip link add name a0 type veth peer name a1
ip link add b0 type veth peer b1
ip link add c0 type veth
ip link add d0 mtu 9000 type veth
ip link add e0 type veth peer name e1 mtu 1400 address 02:00:00:00:00:01
ip link add f0 address 02:00:00:00:00:02 txqueuelen 500 type veth peer name f1
ip link add g0 up type veth peer name g1
sleep 2
ip link
ip link del veth0
ip link del a1
ip link add type veth
ip -br link
