# ip -c: escape sequences around interface names, MAC addresses, IPv4 and IPv6
# addresses and the UP and DOWN operstates (light palette), in link, addr,
# -br, route, neigh and rule listings; -c and -color=always colour a file,
# -color=auto and -color=never do not, and -json turns colour off.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 brd + dev veth0
ip addr add 10.7.0.1 peer 10.7.0.2/32 dev veth1
ip link set veth0 up
sleep 1
ip -c link
ip -color link show veth1
ip -c -br link
ip -c addr
ip -c -br addr
ip -c -4 addr
ip -c -d link show veth0
ip -c -s link show lo
ip link set veth1 up
sleep 1
ip -c link
ip route add 10.9.0.0/16 via 10.0.0.2
ip -c route
ip -c route get 10.9.0.1
ip -c -d route show table local
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0
ip -c neigh
ip -c -br neigh
ip rule add from 10.0.0.0/8 iif veth0 oif veth1 table 100 pref 5
ip -c rule
ip -color=always -br link
ip -color=auto -br link
ip -color=never -br link
ip -c -j link show lo
ip -c -o addr show veth0
ip -c=bad link; echo "st=$?"
sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.veth0.disable_ipv6=0
ip addr add 2001:db8::1/64 dev veth0 nodad
sleep 3
ip -c -6 addr show dev veth0
ip -c -6 route
ip -c -6 -br addr
