# ip link set with the rest of iplink_parse's options: address and broadcast
# (lengths, forms of LLADDR), GSO and GRO limits, addrgenmode, link mode and
# operational state (dormant), master, nomaster and vrf, xdp off, vf, index
# with netns, link-netns and link-netnsid, kinds, duplicates, and the order
# in which do_setlink applies a request, keeping what it did before a
# failure. Also ip link replace, delete forms, afstats and help.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth0 broadcast 02:00:00:00:00:ff; echo "rc=$?"
ip link show veth0
cat /sys/class/net/veth0/broadcast
ip link set veth0 brd 01:02:03; echo "rc=$?"
ip link set veth0 broadcast 01:02:03:04:05:06:07:08; echo "rc=$?"
ip link show veth0
ip link set veth0 broadcast zz; echo "rc=$?"
ip link set veth0 broadcast ff:ff:ff:ff:ff:ff
ip link set veth0 address 01:02:03; echo "rc=$?"
ip link set veth0 address 1:2:3:4:5:6; echo "rc=$?"
ip link set veth0 address 2:2:3:4:5:6; echo "rc=$?"
ip link show veth0
ip link set veth0 address 0x2:0x22:3:4:5:6; echo "rc=$?"
ip link show veth0
ip link set veth0 address 1-2-3-4-5-6; echo "rc=$?"
ip link set veth0 address 0102.0304.0506; echo "rc=$?"
ip link set veth0 address 010203040506; echo "rc=$?"
ip link set veth0 address 02:02:03:04:05:06:; echo "rc=$?"
ip link set veth0 address 02:02:03:04:05:6666; echo "rc=$?"
ip link set veth0 address 1.2.3.4; echo "rc=$?"
ip link set veth0 address 02:00:00:00:00:01 address 02:00:00:00:00:02; echo "rc=$?"
ip link show veth0
ip link set nosuch address 01:02:03; echo "rc=$?"
ip link set lo address 02:00:00:00:00:01; echo "rc=$?"
ip link set lo address 01:00:00:00:00:01; echo "rc=$?"
ip link set lo broadcast 02:00:00:00:00:02; echo "rc=$?"
ip link show lo
ping -c 1 127.0.0.1 > /dev/null; echo "rc=$?"
ip link set lo address 00:00:00:00:00:00; echo "rc=$?"
ip link set lo address 02:00:00:00:00:00 broadcast 00:00:00:00:00:00
ip link set veth0 gso_max_size 30000 gso_max_segs 100 gro_max_size 20000; echo "rc=$?"
ip -d link show veth0
ip link set veth0 gso_max_size 524280; echo "rc=$?"
ip link set veth0 gso_max_size 524281; echo "rc=$?"
ip link set veth0 gso_max_size 193; echo "rc=$?"
ip link set veth0 gso_max_size 192; echo "rc=$?"
ip link set veth0 gso_max_size -1; echo "rc=$?"
ip link set veth0 gso_max_segs 0; echo "rc=$?"
ip link set veth0 gso_max_segs 65536; echo "rc=$?"
ip link set veth0 gro_max_size 0; echo "rc=$?"
ip link set veth0 gro_max_size 524281; echo "rc=$?"
ip link set veth0 gro_max_size abc; echo "rc=$?"
ip link set lo gso_max_size 1000; echo "rc=$?"
ip -d link show lo
ip link set lo gso_max_size 65536
ip link set veth0 addrgenmode none; echo "rc=$?"
ip -d link show veth0
ip link set veth0 addrgenmode EUI64; echo "rc=$?"
ip link set veth0 addrgenmode stable_secret; echo "rc=$?"
ip link set veth0 addrgenmode foo; echo "rc=$?"
ip -d link show veth0
ip link set veth0 mode dormant; echo "rc=$?"
ip link set veth0 mode x; echo "rc=$?"
ip link set veth0 mode testing; echo "rc=$?"
ip link set veth0 up
ip link set veth1 up
sleep 2
ip link show veth0
cat /sys/class/net/veth0/operstate /sys/class/net/veth0/link_mode /sys/class/net/veth0/dormant
ip link set veth0 state up; echo "rc=$?"
sleep 1
ip link show veth0
ip link set veth0 state dormant; echo "rc=$?"
sleep 1
ip link show veth0
ip link set veth0 state testing; echo "rc=$?"
ip link set veth0 state lowerlayerdown; echo "rc=$?"
ip link set veth0 state UP; echo "rc=$?"
sleep 1
ip -br link show veth0
ip link set veth0 state x; echo "rc=$?"
ip link set veth0 mode default; echo "rc=$?"
ip link set veth0 state dormant; echo "rc=$?"
sleep 1
ip link show veth0
ip link set veth1 down
sleep 1
ip link set veth1 up
sleep 2
ip link show veth0
ip link set veth0 master lo; echo "rc=$?"
ip link set veth0 master veth1; echo "rc=$?"
ip link set veth0 master nosuch; echo "rc=$?"
ip link set veth0 nomaster; echo "rc=$?"
ip link set lo nomaster; echo "rc=$?"
ip link set veth0 vrf lo; echo "rc=$?"
ip link set veth0 vrf nosuch; echo "rc=$?"
ip link set veth0 xdp off; echo "rc=$?"
ip link set veth0 xdp none; echo "rc=$?"
ip link set veth0 xdpgeneric off; echo "rc=$?"
ip link set veth0 xdpdrv off; echo "rc=$?"
ip link set veth0 xdpoffload off; echo "rc=$?"
ip link set lo xdp off; echo "rc=$?"
ip link set veth0 xdp; echo "rc=$?"
ip link set veth0 vf 0; echo "rc=$?"
ip link set veth0 vf x; echo "rc=$?"
ip link set vf 0 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set veth0 parentdev foo; echo "rc=$?"
ip link set veth0 link lo; echo "rc=$?"
ip link set veth0 index 5; echo "rc=$?"
ip link set veth0 link-netns ns1; echo "rc=$?"
ip netns list
ip link set veth0 link-netnsid 0; echo "rc=$?"
ip link set veth0 link-netnsid 5; echo "rc=$?"
ip link set veth0 mtu 9000 address 01:00:00:00:00:01; echo "rc=$?"
ip link set veth0 mtu 9001 name veth1; echo "rc=$?"
ip link set veth0 txqueuelen 5 mtu 67; echo "rc=$?"
ip link set veth0 alias foo mtu 67; echo "rc=$?"
ip link set veth0 group 4 name veth1; echo "rc=$?"
ip link set veth0 promisc on address 01:00:00:00:00:01; echo "rc=$?"
ip link set veth0 broadcast 01:02:03:04:05:06 address 01:00:00:00:00:01; echo "rc=$?"
ip link set veth0 addrgenmode stable_secret mtu 67; echo "rc=$?"
ip link set veth0 gso_max_size 1000000 mtu 67; echo "rc=$?"
ip link set veth0 mtu 1400 protodown on; echo "rc=$?"
ip link set veth0 promisc on master lo mtu 1402; echo "rc=$?"
ip link set veth0 mtu 0; echo "rc=$?"
ip link set veth0 mtu -5; echo "rc=$?"
ip link set veth0 mtu 0x5dc; echo "rc=$?"
ip link set veth0 txqueuelen -1; echo "rc=$?"
ip link show veth0
ip -d link show veth0
ip link set veth0 txqueuelen 0; echo "rc=$?"
ip link show veth0
ip link set veth0 txqueuelen 2147483648; echo "rc=$?"
ip link set veth0 txqueuelen 1000
ip link set veth0 mtu 1400 mtu 1300; echo "rc=$?"
ip link set veth0 txqueuelen 1 qlen 2; echo "rc=$?"
ip link set veth0 name a name b; echo "rc=$?"
ip link set veth0 netns ns1 netns ns1; echo "rc=$?"
ip link set veth0 index 5 index 6; echo "rc=$?"
ip link set veth0 veth1; echo "rc=$?"
ip link set dev veth0 dev veth1; echo "rc=$?"
ip link set name foo veth0; echo "rc=$?"
ip link show foo
ip link set foo name veth0 veth0; echo "rc=$?"
ip link set foo name veth0; echo "rc=$?"
ip link set veth0 name veth0; echo "rc=$?"
ip link set he; echo "rc=$?"
ip link set veth0 type veth; echo "rc=$?"
ip link set veth0 type bridge; echo "rc=$?"
ip link set veth0 type nosuch; echo "rc=$?"
ip link set veth0 type veth peer name x; echo "rc=$?"
ip link set veth0 type veth peer name veth1; echo "rc=$?"
ip link set veth0 type veth peer mtu 1400; echo "rc=$?"
ip link set veth0 type veth foo; echo "rc=$?"
ip link set veth0 type nosuch foo; echo "rc=$?"
ip link set veth0 type dummy foo; echo "rc=$?"
ip link set veth0 mtu 67 type veth; echo "rc=$?"
ip link set veth0 address 01:00:00:00:00:01 type veth; echo "rc=$?"
ip link set veth0 type tun; echo "rc=$?"
ip link add t0 type tun; echo "rc=$?"
ip link add t0 type foo; echo "rc=$?"
ip link add t0 type foo bar; echo "rc=$?"
ip link add t0 type dummy; echo "rc=$?"
ip link add t0; echo "rc=$?"
ip link add t0 type veth help; echo "rc=$?"
ip link add t0 type veth peer name t1 type veth; echo "rc=$?"
ip link add t0 type veth peer name; echo "rc=$?"
ip link add t0 type veth peer name t1 promisc x; echo "rc=$?"
ip link add t0 type veth peer name t1 carrier x; echo "rc=$?"
ip link add t0 type veth peer name t1 index x; echo "rc=$?"
ip link replace veth0 type veth; echo "rc=$?"
ip link replace veth0 mtu 1400; echo "rc=$?"
ip link replace r0 type veth peer name r1; echo "rc=$?"
ip link replace r0 mtu 1400 type veth; echo "rc=$?"
ip link show r0
ip link set veth0 netns ns1 index 7; echo "rc=$?"
ip -n ns1 link show veth0
ip link set veth1 netns ns1 index 7; echo "rc=$?"
ip link set veth1 netns ns1 index 2; echo "rc=$?"
ip -n ns1 -br link
ip -n ns1 link set veth0 netns /run/netns/ns1; echo "rc=$?"
ip -n ns1 link set veth0 netns .; echo "rc=$?"
ip -n ns1 link set veth0 netns nosuch; echo "rc=$?"
ip link add d0 type veth peer name d1
ip link del d0 mtu 1400; echo "rc=$?"
ip link add d0 type veth peer name d1
ip link del d0 type bridge; echo "rc=$?"
ip link add d0 type veth peer name d1
ip link del d0 type veth peer name d1; echo "rc=$?"
ip link add d0 type veth peer name d1
ip link del d0 type veth peer name nosuch; echo "rc=$?"
ip link del d0 netns ns1; echo "rc=$?"
ip link del d0 gso_max_size 1; echo "rc=$?"
ip link del dev d0 d1; echo "rc=$?"
ip link del name d0; echo "rc=$?"
ip link del; echo "rc=$?"
ip link delete d9; echo "rc=$?"
ip link afstats; echo "rc=$?"
ip link afstats dev lo; echo "rc=$?"
ip link afstats dev nosuch; echo "rc=$?"
ip link afstats foo; echo "rc=$?"
ip link help veth; echo "rc=$?"
ip link bogus; echo "rc=$?"
ip -br link
