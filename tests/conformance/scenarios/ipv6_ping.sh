# IPv6 across a pair with fixed MACs: ping to link-local addresses (%scope,
# -I, own address, ::1), a neighbour that never answers, the ND table, route
# lookups, address add/del and the error messages of each tool.
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
ip link set veth1 up
sleep 3
ping -c 2 -i 0.2 fe80::ff:fe00:b%veth0; echo "rc=$?"
ip -6 neigh show dev veth0
ip -6 neigh show dev veth1
ping -c 1 -I veth0 fe80::ff:fe00:b; echo "rc=$?"
ping -6 -c 1 fe80::ff:fe00:b; echo "rc=$?"
ping -c 1 fe80::ff:fe00:a%veth0; echo "rc=$?"
ping -c 1 ::1; echo "rc=$?"
ping -c 1 -I veth0 ::1; echo "rc=$?"
ping -c 2 fe80::99%veth0; echo "rc=$?"
ip -6 neigh show fe80::99
ping -c 1 -W 1 2001:db8::5; echo "rc=$?"
ping -c 1 fe80::99%nosuch; echo "rc=$?"
ping -c 1 -I nosuch fe80::99; echo "rc=$?"
ping -6 -c 1 10.0.0.1; echo "rc=$?"
ping -c 1 fe80::zz; echo "rc=$?"
ip -6 route get fe80::ff:fe00:b dev veth0
ip -6 route get fe80::ff:fe00:b
ip -6 route get fe80::99 oif veth1
ip -6 route get fe80::99 from fe80::ff:fe00:a dev veth0
ip -6 route get ::1
ip route get fe80::ff:fe00:a
ip -6 route get 2001:db8::1; echo "rc=$?"
ip -6 route get fe80::99 dev nosuch; echo "rc=$?"
ip -6 route get 10.0.0.1; echo "rc=$?"
ip -6 neigh flush dev veth0
# Only the flushed entry is listed: the peer's own NUD probe (at a random
# time) may create a fresh entry for it on veth0 at any moment.
ip -6 neigh show dev veth0 fe80::99
ip -6 neigh add fe80::5 lladdr 02:00:00:00:00:05 dev veth1
ip -6 neigh show dev veth1 fe80::5
ip -6 neigh replace fe80::5 lladdr 02:00:00:00:00:06 dev veth1 nud stale
ip -6 neigh show fe80::5
ip -6 neigh add fe80::5 lladdr 02:00:00:00:00:05 dev veth1; echo "rc=$?"
ip -6 neigh del fe80::5 dev veth1
ip -6 neigh show fe80::5
ip -6 neigh del fe80::5 dev veth1; echo "rc=$?"
ip -6 neigh add 10.0.0.1 lladdr 02:00:00:00:00:05 dev veth0; echo "rc=$?"
ip -6 addr add 2001:db8::1/64 dev veth0
ip -6 addr add 2001:db8::2/64 dev veth1 nodad
ip -6 addr show dev veth0
ip -6 addr show dev veth1
ip -6 route
sleep 3
ip -6 addr show dev veth0
ip -6 route show table local
ip -6 route get 2001:db8::2
ip -6 route get 2001:db8::7
ping -c 1 2001:db8::2; echo "rc=$?"
ip -6 addr add 2001:db8::1/64 dev veth0; echo "rc=$?"
ip -6 addr add 10.1.1.1/24 dev veth0; echo "rc=$?"
ip -6 addr add fe80::1/64 dev nosuch; echo "rc=$?"
ip -6 addr del 2001:db8::9/64 dev veth0; echo "rc=$?"
ip -6 addr del 2001:db8::1/64 dev veth0
ip -6 addr del fe80::ff:fe00:a/64 dev veth0
ip -6 addr show dev veth0
ip -6 route
ip link set veth0 down
ip -6 neigh show dev veth0
ip -6 addr show dev veth1
ip -6 addr add 2001:db8::3/64 dev veth1
ip -4 addr flush dev veth1
ip -6 addr show dev veth1
ip addr flush dev veth1
ip addr show dev veth1
ip -6 route show table all
