# ifconfig (SIOCSIFADDR) gives a 127/8 address scope host, as inet_set_ifa
# does, on any device and on an alias; other addresses get scope global. An
# ip address add of the same subnet then joins it as a secondary (same
# scope), and a netmask or broadcast change keeps the scope. From the older
# text of the kernel's selftests/net/route_localnet.sh.
ip link add veth0 type veth peer name veth1
ifconfig veth0 127.25.3.4/24 up; ip -4 addr show dev veth0 | grep inet
ip address add 127.25.3.5/24 dev veth0; echo rc=$?; ip -4 addr show dev veth0 | grep inet
ifconfig veth0 netmask 255.255.0.0; ip -4 addr show dev veth0 | grep inet
ifconfig veth0:1 127.9.9.9; ip -4 addr show dev veth0 | grep inet
ip link add veth2 type veth peer name veth3
ifconfig veth2 10.1.1.1/24 up; ip -4 addr show dev veth2 | grep inet
ifconfig veth2 127.0.0.7; ip -4 addr show dev veth2 | grep inet
ifconfig veth2 10.1.1.1; ip -4 addr show dev veth2 | grep inet
ip route show table local | grep -v '^local 127.0.0\|^broadcast 127.255\|^local ::1'
