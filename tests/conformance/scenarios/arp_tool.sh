# net-tools arp: the table in Linux (-e, default) and BSD (-a) styles, -n, -i DEV, a host, -H types, -v counts, "(incomplete)" and proxy rows, "no match found" and "-- no entry"; arp -s (temp, pub, dev, netmask, the hardware address as in_ether reads it) and arp -d (priv, pub) with the ioctls' errors and exit statuses; /proc/net/arp with proxy entries.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
sleep 1.3
echo --- empty; arp; echo rc=$?
arp -n; echo rc=$?
arp -a; echo rc=$?
arp -e; echo rc=$?
ip neigh add 10.1.1.2 lladdr 02:00:00:00:00:02 dev veth0 nud reachable
ip neigh add 10.1.1.3 lladdr 02:00:00:00:00:03 dev veth0 nud stale
ip neigh add 10.1.1.4 lladdr 02:00:00:00:00:04 dev veth0 nud noarp
ip neigh add 10.1.1.5 dev veth0 nud incomplete
ip neigh add 10.1.1.6 lladdr 02:00:00:00:00:06 dev veth0 nud failed
ip neigh add 10.1.1.7 dev veth0 nud none
ip neigh add 10.1.1.10 lladdr 02:00:00:00:00:0a dev veth0 nud permanent
ip neigh add 127.0.0.5 lladdr 02:00:00:00:00:0b dev lo
ip neigh add proxy 10.1.1.50 dev veth0
echo --- proc; cat /proc/net/arp
echo --- arp; arp; echo rc=$?
echo --- -n; arp -n
echo --- -a; arp -a
echo --- -an; arp -an
echo --- -e; arp -e
echo --- -i; arp -i veth0
arp -i lo
arp -i nosuch; echo rc=$?
arp -a -i nosuch; echo rc=$?
arp -n 10.1.1.3; echo rc=$?
arp -n 10.1.1.99; echo rc=$?
arp -a 10.1.1.99; echo rc=$?
arp -an 10.1.1.2; echo rc=$?
arp -n -H ether; echo rc=$?
arp -n -H arcnet; echo rc=$?
arp -n -H foo; echo rc=$?
arp -n -H loop; echo rc=$?
arp -v -n; echo rc=$?
arp -v -n 10.1.1.99; echo rc=$?
arp -s 10.1.1.2 02:00:00:00:00:02; echo rc=$?
arp -s 10.1.1.3 02:00:00:00:00:03 temp; echo rc=$?
arp -s 10.1.1.4 02:00:00:00:00:04 pub; echo rc=$?
arp -s 10.1.1.5 02:00:00:00:00:05 temp pub; echo rc=$?
arp -i veth0 -s 10.1.1.6 02:00:00:00:00:06; echo rc=$?
arp -s 10.1.1.7 02:00:00:00:00:07 dev veth0; echo rc=$?
arp -s 10.9.9.9 02:00:00:00:00:07; echo rc=$?
arp -s 10.1.1.8 02:00:00:00:00; echo rc=$?
arp -s 10.1.1.8 zz; echo rc=$?
arp -s 10.1.1.8; echo rc=$?
arp -s; echo rc=$?
arp -s 10.1.1.300 02:00:00:00:00:07; echo rc=$?
arp -s 10.1.1.8 02:00:00:00:00:08 dev nosuch; echo rc=$?
arp -s 10.1.1.8 02:00:00:00:00:08 bogus; echo rc=$?
arp -s 10.1.1.8 02:00:00:00:00:08 netmask 255.255.255.0 pub; echo rc=$?
arp -s 10.1.1.8 02:00:00:00:00:08 netmask 255.255.255.0; echo rc=$?
arp -s 10.1.1.0 02:00:00:00:00:08 netmask 0.0.0.0 pub dev veth0; echo rc=$?
sysctl net.ipv4.conf.veth0.proxy_arp
arp -d 10.1.1.0 netmask 0.0.0.0 pub dev veth0; echo rc=$?
sysctl net.ipv4.conf.veth0.proxy_arp
cat /proc/net/arp
ip neigh show nud all
ip neigh show proxy
arp -n
arp -d 10.1.1.2; echo rc=$?
arp -d 10.1.1.2; echo rc=$?
arp -d 10.1.1.4; echo rc=$?
arp -d 10.1.1.5 pub; echo rc=$?
arp -d 10.1.1.3 pub; echo rc=$?
arp -d 10.1.1.3 priv; echo rc=$?
arp -d 10.9.9.9; echo rc=$?
arp -d; echo rc=$?
arp -i nosuch -d 10.1.1.6; echo rc=$?
arp -d 10.1.1.6 dev veth0; echo rc=$?
arp -v -d 10.1.1.7; echo rc=$?
arp -v -s 10.1.1.7 02:00:00:00:00:07; echo rc=$?
arp -n
arp -s 10.1.1.20 02:00:00:00:00
arp -s 10.1.1.21 02:00:00:00:00:0a:
arp -s 10.1.1.22 2:0:0:0:0:a
arp -s 10.1.1.23 020000000009
arp -s 10.1.1.24 02:00:00:00:00:0g; echo rc=$?
arp -s 10.1.1.25 02:00:00:00:00:01:02
arp -s 10.1.1.26 ABC:00:00:00:00:01
arp -s 10.1.1.27 ::::; echo rc=$?
arp -s 10.1.1.28 ""
arp -i veth0 -s 10.1.1.40 02:00:00:00:00:40 pub
arp -Ds 10.1.1.41 veth0 pub; echo rc=$?
arp -Ds 10.1.1.42 nosuch pub; echo rc=$?
arp -D -H arcnet -s 10.1.1.42 veth0 pub; echo rc=$?
arp -s 10.1.1.43 02:00:00:00:00:43 dontpub; echo rc=$?
arp -s 10.1.1.44 02:00:00:00:00:44 trail auto
cat /proc/net/arp
arp -n
arp -an
ip neigh show proxy
arp -d 10.1.1.40 pub; echo rc=$?
arp -d 10.1.1.41; echo rc=$?
arp -n -i veth0 10.1.1.41; echo rc=$?
arp -d 10.1.1.20 dev veth0 priv; echo rc=$?
arp -v -d 10.1.1.21 temp trail; echo rc=$?
arp -d 10.1.1.22 bogus; echo rc=$?
arp -d 10.1.1.22 dev; echo rc=$?
arp -s 10.1.1.30 02:00:00:00:00:30
arp -i veth0 -s 10.1.1.31 02:00:00:00:00:31 pub
arp -v -d 10.1.1.30 priv pub; echo rc=$?
arp -v -d 10.1.1.31 pub priv; echo rc=$?
arp -v -i veth0 -d 10.1.1.31 pub priv; echo rc=$?
arp -an 10.1.1.31
