# ip route get: the table a lookup found (once rules exist, local counts as local),
# fibmatch, mark, uid, connected, the input path (iif) with its cache flags, and
# the errors of route types and rule actions, with and without oif.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip addr add 10.2.2.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip route add default via 10.1.1.254
ip route add 10.3.0.0/16 via 10.1.1.2 metric 100
ip route add 10.3.3.0/24 dev veth0 scope 17
ip route add blackhole 10.6.0.0/16
ip route add unreachable 10.7.0.0/16 metric 7
ip route add 127.0.0.5/32 dev veth0
ip route get 10.1.1.1
ip route get 10.3.3.3
ip route get 127.0.0.5
ip route get fibmatch 127.0.0.5
ip route get fibmatch 10.1.1.1
ip route get fibmatch 10.3.9.9
ip route get fibmatch 10.1.1.255
ip route get 10.9.9.9 table 100; echo "rc=$?"
ip route get 10.0.0.0/8; echo "rc=$?"
ip route get 10.3.3.3 uid 5
ip route get 10.3.3.3 mark 5
ip route get 10.3.3.3 mark 0x20
ip route get 10.3.3.3 connected
ip route get 10.3.3.3 from 10.2.2.1 connected
ip -d route get 10.3.3.3
ip -o route get 10.1.1.1
ip route get 10.6.1.1; echo "rc=$?"
ip route get 10.6.1.1 oif veth0; echo "rc=$?"
ip route get 10.7.1.1 oif veth0; echo "rc=$?"
ip route get fibmatch 10.7.1.1 oif veth0; echo "rc=$?"
ip route get 10.3.3.3 from 10.9.9.9; echo "rc=$?"
ip route get 10.3.3.3 from 10.2.2.9 iif veth1; echo "rc=$?"
sysctl -qw net.ipv4.ip_forward=1
ip route get 10.3.3.3 from 10.2.2.9 iif veth1
ip route get 10.3.3.3 from 10.1.1.9 iif veth0
ip route get 10.1.1.1 from 10.2.2.9 iif veth1
ip route get 10.2.2.255 from 10.2.2.9 iif veth1
ip route get 10.7.1.1 from 10.2.2.9 iif veth1; echo "rc=$?"
ip route get 10.6.1.1 from 10.2.2.9 iif veth1; echo "rc=$?"
ip route get 10.1.1.1 iif veth1; echo "rc=$?"
ip route get 10.1.1.1 from 10.1.1.1 iif veth1; echo "rc=$?"
ip route get 10.3.3.3 from 10.2.2.9 iif veth1 uid 7 mark 3
ip route get fibmatch 10.3.3.3 from 10.2.2.9 iif veth1
ip route get 10.3.3.3 from 10.2.2.9 iif veth1 connected; echo "rc=$?"
ip route add 10.20.0.0/16 dev veth1 table 20
ip route get 10.20.1.1
ip rule add to 10.20.0.0/16 lookup 20
ip route get 10.20.1.1
ip route get fibmatch 10.20.1.1
ip route get 10.1.1.1
ip route get 127.0.0.1
ip route get 127.0.0.5
ip route get 10.1.1.1 from 10.2.2.9 iif veth1
ip route get 10.20.1.1 from 10.2.2.9 iif veth1
ip rule add to 10.9.9.7 prohibit
ip rule add to 10.9.9.8 blackhole
ip rule add to 10.9.9.9 unreachable
ip route get 10.9.9.7; echo "rc=$?"
ip route get 10.9.9.8; echo "rc=$?"
ip route get 10.9.9.9; echo "rc=$?"
ip route get 10.9.9.9 oif veth0; echo "rc=$?"
ip route get 10.9.9.7 from 10.2.2.9 iif veth1; echo "rc=$?"
ip route get 10.9.9.8 from 10.2.2.9 iif veth1; echo "rc=$?"
ip route get 10.9.9.9 from 10.2.2.9 iif veth1; echo "rc=$?"
ip route get 255.255.255.255; echo "rc=$?"
ip route get 255.255.255.255 oif veth0; echo "rc=$?"
ip route get 0.0.0.0; echo "rc=$?"
ip route get 0.0.0.0 from 10.1.1.1; echo "rc=$?"
ip route get fibmatch 0.0.0.0; echo "rc=$?"
ip route get default; echo "rc=$?"
ip route get 127.0.0.1 oif lo
ip route get 10.1.1.1 oif lo
ip route get 10.1.1.255 oif veth0
ip route get 10.1.1.9 from 10.1.1.1 oif veth0
