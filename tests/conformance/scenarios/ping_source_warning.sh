# ping -I DEV warns when the source it will use is not one of DEV's own IPv4
# addresses (iputils compares getifaddrs() entries by label and address).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add va type veth peer name vb
ip link set va up
ip link set vb up
ping -c 1 -W 1 -I va 10.9.9.9
echo "status $?"
ip addr add 10.0.0.1/24 dev va
ip addr add 10.0.1.1/24 dev va label va:1
ip addr add 10.0.0.2/24 dev vb
ping -c 1 -W 1 -I va 10.0.0.2 > /dev/null
echo "status $?"
ping -c 1 -W 1 -I va 10.0.1.9
echo "status $?"
ping -c 1 -W 1 -I lo 10.0.0.2
echo "status $?"
ping -c 1 -W 1 -I 10.0.0.1 10.0.0.2 > /dev/null
echo "status $?"
