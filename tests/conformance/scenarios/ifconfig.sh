# ifconfig listing and configuration, as seed 000 uses it.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link add zz type veth peer name aa
ifconfig
ifconfig -a
ifconfig veth1
ifconfig nosuch; echo "rc=$?"
ifconfig veth0 300.1.1.1; echo "rc=$?"
ifconfig veth0 192.168.8.101/24 up; echo "rc=$?"
sleep 2
ifconfig veth0
ip addr show veth0
ifconfig veth0 10.0.0.1 netmask 255.255.0.0
ifconfig veth0
ifconfig veth0 10.0.0.2/8
ifconfig veth0
ifconfig veth1 172.16.0.1 broadcast 172.16.0.100 mtu 9000 up
sleep 2
ifconfig
ip addr
ifconfig veth0 down
sleep 2
ifconfig
