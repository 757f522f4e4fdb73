# ip addr with a family filter: the link/ line is left out unless -d, and
# link-netns then ends the first line; ip -6 addr over all devices shows the
# inet6 link (no qdisc, no group, IFLA_LINK only if it differs from ifindex);
# a queue length of 0 is not printed; addrgenmode only in ip -d link.
ip netns add b
ip link add veth0 type veth peer name veth1 netns b
ip addr add 10.0.0.1/24 dev veth0
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -4 addr show
ip -6 addr show
ip -6 addr show dev veth0
ip -4 -d addr show dev veth0
ip -4 -s addr show dev veth0
ip link add veth2 type veth peer name veth3
ip -6 addr add 2001:db8::2/64 dev veth2 nodad
ip link set veth3 txqueuelen 0
ip -6 addr add 2001:db8::3/64 dev veth3 nodad
ip -6 addr show
ip -6 -d addr show
ip -6 -o addr show
ip link show veth3
ip -d link show veth3
ip -d addr show dev lo
ip -d link show lo
