# ip link add with every iplink_parse option veth takes: name forms, index
# (the peer's only when the device asks for one too), numtxqueues and
# numrxqueues, link, group, mode, GSO limits, broadcast, flags; what a peer
# without a "peer" section inherits (not the address, not the flags); the
# peer's namespace (netns, else the device's link-netns); the failures and
# which of them still take an ifindex (the peer up before it is tied, a
# master the device cannot have).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add ns1
ip netns exec ns1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add a0 numtxqueues 4 numrxqueues 3 type veth peer name a1 numtxqueues 5; echo "rc=$?"
ip -d link show a0
ip -d link show a1
ip link add w0 address 02:00:00:00:00:05 broadcast 02:00:00:00:00:06 txqueuelen 500 group 5 numtxqueues 3 numrxqueues 4 mode dormant promisc on arp off mtu 2000 gso_max_size 3000 gso_max_segs 5 gro_max_size 7000 alias ignored type veth; echo "rc=$?"
ip -d link show w0
ip -d link show veth0
ip link add x0 index 20 type veth; echo "rc=$?"
ip link add y0 index 30 type veth peer name y1 index 25; echo "rc=$?"
ip link add z0 type veth peer name z1 index 40; echo "rc=$?"
ip -br link
ip -o link
ip link add q0 index 20 type veth; echo "rc=$?"
ip link add q0 index 21 type veth peer name q1 index 20; echo "rc=$?"
ip link add q0 index 0 type veth; echo "rc=$?"
ip link add q0 index -3 type veth; echo "rc=$?"
ip link add q0 index 30x type veth; echo "rc=$?"
ip link add q0 index 31 index 32 type veth; echo "rc=$?"
ip link add name n0 type veth peer n1; echo "rc=$?"
ip link add dev n2 type veth; echo "rc=$?"
ip link add name n3 dev n3 type veth; echo "rc=$?"
ip link add name n4 dev n5 type veth; echo "rc=$?"
ip link add n6 name n7 type veth; echo "rc=$?"
ip link add name n8 n9 type veth; echo "rc=$?"
ip link add name m0 name m1 type veth; echo "rc=$?"
ip link add l0 link lo type veth; echo "rc=$?"
ip link add l1 link nosuch type veth; echo "rc=$?"
ip link add l2 lin lo type veth; echo "rc=$?"
ip link add p0 numtxqueues 0 type veth; echo "rc=$?"
ip link add p0 numtxqueues 4097 type veth; echo "rc=$?"
ip link add p0 numrxqueues 0 type veth; echo "rc=$?"
ip link add p0 numtxqueues x type veth; echo "rc=$?"
ip link add p0 numtxqueues 1 numtxqueues 2 type veth; echo "rc=$?"
ip link add p0 type veth peer name p1 numrxqueues 5000; echo "rc=$?"
ip link add p0 gso_max_size 600000 type veth; echo "rc=$?"
ip link add p0 gso_max_size 192 type veth; echo "rc=$?"
ip link add p0 gro_max_size 524281 type veth; echo "rc=$?"
ip link add p0 gso_max_segs 65536 type veth; echo "rc=$?"
ip link add p0 broadcast 01:02:03 type veth; echo "rc=$?"
ip link add p0 address 01:02:03 type veth; echo "rc=$?"
ip link add p0 address 01:02:03:04:05:06 type veth; echo "rc=$?"
ip link add p0 address 02:02:03:04:05:06:07 type veth; echo "rc=$?"
ip link add p0 address 1.2.3.4 type veth; echo "rc=$?"
ip link add p0 mtu 10 type veth; echo "rc=$?"
ip link add p0 mtu 10 gso_max_size 600000 type veth; echo "rc=$?"
ip link add p0 addrgenmode none type veth; echo "rc=$?"
ip link add a0 addrgenmode none type veth; echo "rc=$?"
ip link add p0 type veth peer name p1 addrgenmode none; echo "rc=$?"
ip link add p0 link-netnsid 7 type veth; echo "rc=$?"
ip link add p0 link-netnsid x type veth; echo "rc=$?"
ip link add p0 link-netns nosuch type veth; echo "rc=$?"
ip link add p0 link-netns ns1 link-netnsid 0 type veth; echo "rc=$?"
ip link add p0 type veth peer name p1 up; echo "rc=$?"
ip link add p2 master lo type veth; echo "rc=$?"
ip link add p3 nomaster type veth peer name p4 master lo; echo "rc=$?"
ip link add p5 vrf lo type veth; echo "rc=$?"
ip link add p6 carrier on protodown on mode dormant state dormant type veth peer name p7 alias x; echo "rc=$?"
ip link add p8 type veth peer name p9 promisc on multicast off; echo "rc=$?"
ip -o link
ip link show p6
ip -d link show p9
ip link add v0 type veth peer v1 netns ns1 address 02:00:00:00:00:11 mtu 1400 txqueuelen 10 group 3; echo "rc=$?"
ip -n ns1 link show v1
ip link add v2 netns ns1 type veth peer v3; echo "rc=$?"
ip -n ns1 link show v2
ip link show v3
ip link add v4 link-netns ns1 type veth peer v5; echo "rc=$?"
ip link show v4
ip -n ns1 link show v5
ip link add v6 type veth peer v7 link-netns ns1; echo "rc=$?"
ip link show v7
ip link add v8 link-netnsid 0 type veth; echo "rc=$?"
ip -n ns1 -br link
ip netns list
ip link add lo netns ns1 type veth; echo "rc=$?"
ip link add v1 netns ns1 type veth; echo "rc=$?"
ip link add v1 netns ns1 type veth peer v9; echo "rc=$?"
ip link add g0 type veth; echo "rc=$?"
ip -o link show g0
