# dad_transmits 0 sends no probe, but DAD still runs: an address stays
# tentative until the random delay before the first probe would have
# passed (below router_solicitation_delay, raised here to 5 s so that the
# first look always comes before it), and no neighbour solicitation is
# sent. accept_dad 0 skips DAD: the address is ready at once.
sysctl -qw net.ipv6.conf.default.dad_transmits=0 net.ipv6.conf.default.router_solicitation_delay=5
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
tcpdump -n -i veth0 'ip6[6] == 58 and ip6[40] == 135' > ns.txt 2>&1 &
sleep 1
ip link set veth1 up
ip -6 addr show dev veth1
ip -6 addr add 2001:db8::1/64 dev veth1
ip -6 addr add 2001:db8::2/64 dev veth1 nodad
ip -6 addr show dev veth1
sleep 5.5
ip -6 addr show dev veth1
kill %1
wait
cat ns.txt
sysctl -qw net.ipv6.conf.veth0.accept_dad=0
ip -6 addr add 2001:db8::3/64 dev veth0
ip -6 addr show dev veth0
