# ip addr add/del/flush/show for IPv4: brd +, label, scope, secondaries, -4, -o, -br.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 192.168.2.11/24 dev veth0
ip addr add 192.168.2.12/24 brd + dev veth0
ip addr add 10.0.0.1/8 label veth0:foo dev veth0
ip addr add 172.16.1.1/16 broadcast 172.16.255.254 dev veth0
ip addr add 10.9.9.9 scope link dev veth0
ip addr add 192.168.3.1/24 scope host dev veth1
ip addr add 127.0.0.2/8 dev veth1
ip addr
ip addr show dev veth0
ip address show veth1
ip -4 addr
ip -4 -o addr
ip -o addr show dev veth0
ip -br addr
ip -br -4 addr
ip addr show up
ip -s addr show veth0
ip addr add 192.168.2.11/24 dev veth0; echo "rc=$?"
ip addr add 300.1.1.1/24 dev veth0; echo "rc=$?"
ip addr add 1.2.3.4/33 dev veth0; echo "rc=$?"
ip addr add foo dev veth0; echo "rc=$?"
ip addr add 1.2.3.4/24 dev nosuch; echo "rc=$?"
ip addr add 1.2.3.4/24; echo "rc=$?"
ip addr add 1.2.3.4/24 label bar dev veth0; echo "rc=$?"
ip addr del 1.2.3.4/24 dev veth0; echo "rc=$?"
ip addr del 192.168.2.12/24 dev veth0
ip addr show dev veth0
ip addr add 192.168.2.12/24 dev veth0
ip addr add 192.168.2.13/24 dev veth0
ip addr del 192.168.2.11/24 dev veth0
ip addr show dev veth0
ip addr del 10.9.9.9 dev veth0
ip addr show dev veth0
ip addr flush dev veth0
ip addr show dev veth0
ip addr flush; echo "rc=$?"
ip addr flush dev nosuch; echo "rc=$?"
ip addr show dev nosuch; echo "rc=$?"
ip addr foo; echo "rc=$?"
