# ping's options and errors: -c -i -W -w -s -t -q -I (device or address).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
ping -c 2 -s 100 10.1.1.2; echo "rc=$?"
ping -c 2 -s 8 10.1.1.2; echo "rc=$?"
ping -c 2 -q 10.1.1.2; echo "rc=$?"
ping -c 3 -i 0.2 10.1.1.2; echo "rc=$?"
ping -w 2 10.1.1.2; echo "rc=$?"
ping -c 1 -I 10.1.1.1 10.1.1.2; echo "rc=$?"
ping -c 1 -I veth0 10.1.1.2; echo "rc=$?"
ping -c 1 -t 5 10.1.1.2; echo "rc=$?"
ping -c 1 127.0.0.1; echo "rc=$?"
ping -c 1 -W 1 10.1.1.3; echo "rc=$?"
ping -c 2 -w 1 10.1.1.3; echo "rc=$?"
ping -c 1 10.99.0.1; echo "rc=$?"
ping -c 1 -I nosuch 10.1.1.2; echo "rc=$?"
ping -c 1 -I 10.9.9.9 10.1.1.2; echo "rc=$?"
ping -c 0 10.1.1.2; echo "rc=$?"
ping -c abc 10.1.1.2; echo "rc=$?"
ping -c 1 -s 2000 127.0.0.1; echo "rc=$?"
ping; echo "rc=$?"
ip netns exec peer ping -c 1 10.1.1.1; echo "rc=$?"
ifconfig lo
ip netns del peer
