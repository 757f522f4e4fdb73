# ip -j with selectors: the empty objects of devices print_linkinfo refuses
# (a device named alone, not up, a slave kind), -o and -br addresses,
# and where the JSON array stands when a dump fails.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth0 up
ip -j link show dev veth1 up
ip -j link show dev veth1 type bridge
ip -j link show dev veth1 group default
ip -j link show group default up
ip -j -o addr show up
ip -j addr show dev veth1 up
ip -j addr show dev veth1 type bridge
ip -j link show type veth_slave
ip -j -o link
ip -j -br -o addr
ip -j addr show to 10.0.0.0/24
ip -j -4 addr show up
ip -j -c link show lo
ip -j netns list-id target-nsid 5; echo st=$?
ip -j route show table 99; echo st=$?
ip -j route get 10.0.0.1 connected
ip -j -s neigh; ip -j neigh get 10.0.0.99 dev veth0; echo st=$?
ip -j link afstats
ip -j -p link afstats dev lo
