# net-tools ifconfig as Debian 12's 2.10 drives the kernel. Setting an address
# (SIOCSIFADDR, classful mask, derived broadcast; 0.0.0.0 or "default" only
# removes) then brings the interface up; ADDR/PLEN sets the mask last, as
# ~(~0U >> PLEN) on x86 (so /32 is 0.0.0.0 and /40 is /8); "broadcast" sets
# IFF_BROADCAST after; errors do not stop later arguments, and the status is
# 1 for an ioctl error, 255 for a flags one, 3 with the usage. A name
# "DEV:ALIAS" is an address label: SIOCSIFADDR makes or replaces it,
# SIOCSIFFLAGS without IFF_UP deletes it (so "broadcast" on an alias of a down
# device does), mtu and the flags shown are DEV's. The listing holds every
# label (SIOCGIFCONF) beside the devices of /proc/net/dev, in net-tools'
# nstrcmp order, which puts a non-numeric alias after every numbered name.
# IPv6 lines carry if_inet6's scope: site, compat, and a v4-mapped address
# shown as its IPv4 part.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ifconfig veth0 10.9.0.1; echo rc=$?
ip -br link show veth0
ifconfig veth0 down; echo rc=$?
ifconfig veth0 10.9.0.1 up; echo rc=$?
ifconfig veth0 10.9.1.1/24; echo rc=$?
ip -4 -o addr show dev veth0
ifconfig veth0 10.9.2.1/33; echo rc=$?
ifconfig veth0 10.9.2.1/x; echo rc=$?
ifconfig veth0 netmask 255.255.0.0 netmask 255.255.255.0; echo rc=$?
ifconfig veth0 netmask 255.0.255.0; echo rc=$?
ifconfig veth0 mtu; echo rc=$?
ifconfig veth0 mtu 99999 up; echo rc=$?
ifconfig veth0 mtu 1400 mtu 70000; echo rc=$?
ifconfig veth0 default; echo rc=$?
ip -4 -o addr show dev veth0
ifconfig veth0 0.0.0.0; echo rc=$?
ip -4 -o addr show dev veth0
ifconfig nosuch 10.0.0.1; echo rc=$?
ifconfig nosuch up; echo rc=$?
ifconfig nosuch down; echo rc=$?
ifconfig nosuch mtu 1400; echo rc=$?
ifconfig nosuch netmask 255.0.0.0; echo rc=$?
ifconfig nosuch broadcast 10.255.255.255; echo rc=$?
ifconfig veth0 broadcast 10.9.255.255; echo rc=$?
ifconfig veth0 netmask 255.0.0.0; echo rc=$?
ifconfig veth1 netmask 255.0.0.0; echo rc=$?
ifconfig veth1 broadcast 10.255.255.255; echo rc=$?
ifconfig veth0 224.0.0.1; echo rc=$?
ifconfig veth0 10.1.1.1 netmask 255.255.255.0 broadcast 10.1.1.127; echo rc=$?
ip -4 -o addr show dev veth0
ip -br link
ifconfig veth0:1 10.5.0.1 netmask 255.255.0.0; echo rc=$?
ifconfig veth0:1 down; echo rc=$?
ifconfig veth0:1; echo rc=$?
ifconfig veth0:1 mtu 1300; echo rc=$?
ip -4 -o addr show dev veth0
ip -br link show veth0
ip link del veth0
ip link add veth1 type veth peer name veth0
ip link add veth10 type veth peer name veth2
ip addr add 10.77.1.25/8 dev veth1 label veth1:5
ip addr add 10.77.2.1/24 dev veth1
ip addr add 10.77.3.1/24 dev veth1 label veth1:foo
ip addr add 10.77.4.1/24 dev veth1 label veth1:10
ip addr add 10.77.5.1/24 brd + dev veth1 label veth1:2
ip addr add 10.88.0.1/24 dev veth2 label veth2:1
ip link set veth1 up
ip link set veth0 up
ifconfig
ifconfig -a
ifconfig veth1:5
ifconfig veth2:1
ifconfig veth1:9; echo rc=$?
ip link del veth1
ip link del veth10
ip link add veth0 type veth peer name veth1
ifconfig veth0:1 10.0.0.5; echo rc=$?
ip -4 addr show dev veth0
ifconfig veth0:1 10.0.0.6; echo rc=$?
ifconfig veth0:1 netmask 255.255.255.0; echo rc=$?
ifconfig veth0:1 broadcast 10.0.0.127; echo rc=$?
ifconfig veth0:2 10.1.0.1/24 up; echo rc=$?
ip -4 addr show dev veth0
ifconfig -a
ifconfig veth0:1 mtu 1400; echo rc=$?
ifconfig veth0:1 down; echo rc=$?
ifconfig veth0:3 down; echo rc=$?
ifconfig veth0:3 up; echo rc=$?
ifconfig veth0:3 netmask 255.0.0.0; echo rc=$?
ifconfig veth0:3 broadcast 10.255.255.255; echo rc=$?
ip -4 addr show dev veth0
ip link show veth0
ifconfig nosuch:1 10.0.0.9; echo rc=$?
ifconfig nosuch:1; echo rc=$?
ifconfig veth0:x 10.2.0.1; echo rc=$?
ifconfig veth0:2 0.0.0.0; echo rc=$?
ip -4 addr show dev veth0
ifconfig veth0 10.3.0.1; echo rc=$?
ifconfig veth0:2 10.3.0.1; echo rc=$?
ip -4 addr show dev veth0
ifconfig veth0 down; echo rc=$?
ifconfig veth0:x
ifconfig veth0:x up; echo rc=$?
ip link show veth0
sysctl -qw net.ipv6.conf.default.disable_ipv6=0 net.ipv6.conf.all.disable_ipv6=0
sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
ip link add v6a type veth peer name v6b
ip link add v6c type veth peer name v6d
ip addr add fec0::1/64 dev v6a nodad
ip addr add ::2/128 dev v6b nodad
ip addr add ::ffff:1.2.3.4/128 dev v6c nodad
ip addr add ::10.1.2.3/96 dev v6d nodad
ifconfig v6a
ifconfig v6b
ifconfig v6c
ifconfig v6d
