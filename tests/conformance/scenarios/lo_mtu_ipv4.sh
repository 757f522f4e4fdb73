# IPv4 on lo when its MTU goes below 68 bytes, as inetdev_event does on
# NETDEV_CHANGEMTU: the in_device is destroyed (addresses and their routes,
# ARP entries, net.ipv4.conf.lo and net.ipv4.neigh.lo, and /proc/net/igmp's
# line), so ip addr add answers ENOBUFS, ip addr del "ipv4: Device not
# found", routes through lo ENODEV, ifconfig's SIOCSIFADDR ENOBUFS and ARP
# entries EINVAL. Back at 68 or more a fresh in_device follows conf/default
# (without lo's pinned disable_policy and disable_xfrm), and 127.0.0.1 comes
# back only when lo comes up again. In a namespace whose only device is lo,
# net.ipv4.neigh goes altogether. Only lo can go this low (veth's minimum is 68).
ip link set lo mtu 67
ip addr show lo
sysctl net.ipv4.conf.lo.arp_filter; echo rc=$?
ls /proc/sys/net/ipv4/conf
ip addr add 1.2.3.4/8 dev lo; echo rc=$?
ip route show table local
ping -c1 -W1 127.0.0.1; echo rc=$?
ip -4 route get 127.0.0.1; echo rc=$?
cat /proc/net/igmp
ip link set lo mtu 65536
ip addr show lo
sysctl net.ipv4.conf.lo.arp_filter net.ipv4.conf.lo.accept_local
ip route show table local
ip link set lo down; ip link set lo up
ip addr show lo
ip route show table local
cat /proc/net/igmp
ip link set lo mtu 67
ip link set lo down
ip link set lo mtu 100
ip link set lo up
ip addr show lo
sysctl -w net.ipv4.conf.default.arp_filter=1
ip link set lo mtu 67
ip link set lo mtu 100
sysctl net.ipv4.conf.lo.arp_filter
ip -4 addr
ip link set lo mtu 67
ip route add 10.9.0.0/16 dev lo; echo rc=$?
ip addr flush dev lo; echo rc=$?
ip addr del 127.0.0.1/8 dev lo; echo rc=$?
ifconfig lo 10.1.1.1; echo rc=$?
ifconfig lo 224.1.1.1; echo rc=$?
ifconfig lo netmask 255.0.0.0; echo rc=$?
ifconfig lo
ip -4 addr show dev lo; echo rc=$?
ip -4 -o addr; echo rc=$?
sysctl -w net.ipv4.conf.lo.forwarding=1; echo rc=$?
echo 1 > /proc/sys/net/ipv4/conf/lo/forwarding; echo rc=$?
cat /proc/sys/net/ipv4/conf/lo/forwarding; echo rc=$?
sysctl -w net.ipv4.conf.all.forwarding=1
ip link set lo mtu 68
sysctl net.ipv4.conf.lo.forwarding
ip neigh add 10.0.0.1 lladdr 00:00:00:00:00:01 dev lo; echo rc=$?
ip neigh show
ip link set lo mtu 67
ip neigh show
ip neigh add 10.0.0.1 lladdr 00:00:00:00:00:01 dev lo; echo rc=$?
ip neigh add proxy 10.0.0.1 dev lo; echo rc=$?
ip neigh show proxy
ip link set lo down; ip link set lo up
ip -4 addr show dev lo; echo rc=$?
cat /proc/net/igmp
ip link set lo mtu 65536
ip -4 addr show dev lo; echo rc=$?
ip link set lo down; ip link set lo up
ip -4 addr show dev lo; echo rc=$?
sysctl net.ipv4.conf.lo.disable_policy net.ipv4.conf.lo.forwarding
ip netns add x
ip -n x link set lo up
ip -n x link set lo mtu 67
ip netns exec x ls /proc/sys/net/ipv4/neigh; echo rc=$?
ip netns exec x ls /proc/sys/net/ipv4
ip netns exec x ls /proc/sys/net/ipv6/neigh
ip -n x link set lo mtu 1000
ip netns exec x ls /proc/sys/net/ipv4/neigh
ip netns exec x ls /proc/sys/net/ipv6/neigh; echo rc=$?
ip netns del x
ip link set lo mtu 0; echo rc=$?
ip link show lo
ip link set lo mtu 65536
ip link add veth5 type veth peer name veth6
ip addr add 10.5.0.1/24 dev veth5
ip link set veth5 up
ip link set lo mtu 67
ping -c 1 10.5.0.1; echo "ping rc=$?"
ip route get 10.5.0.1; echo rc=$?
ip link set lo mtu 65536
