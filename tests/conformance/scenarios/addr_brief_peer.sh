# ip -br addr prints an address with a peer as "LOCAL peer PEER/PLEN", as
# print_addrinfo does before it leaves for the brief form.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add v1 type veth peer name v2
ip addr add 10.52.1.1/24 dev v1
ip addr add 10.77.1.65 peer 10.77.1.66/32 dev v1
ip addr add 10.77.2.1/32 peer 10.77.2.0/24 dev v1
ip addr add 10.77.3.1/24 dev v2
ip -br addr
ip -4 -br addr show dev v1
ip -br addr show to 10.77.1.65
ip addr show dev v1
ip -o -4 addr show dev v1
