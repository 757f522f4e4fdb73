# Seed 001, link-level steps: listings before and after creating the pair,
# after addressing veth0 and after bringing both ends up.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link show
ip address show
ip link add veth0 type veth peer name veth1
ip link show
ip address show
ip addr add 192.168.2.11/24 dev veth0
ip link show
ip address show
ip link set veth0 up
ip link set veth1 up
sleep 2
ip link show
ip address show
