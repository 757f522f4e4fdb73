# ping's modelled options across a pair: -D, -O, -p, -a, -v with -e, -B, -n, -l,
# -A, -i 0, -f, -U, and the numeric forms and names of a target (0, 127.1, 0x7f.1,
# localhost) as getaddrinfo and the hosts file answer them.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns peer
ip addr add 10.1.1.1/24 brd + dev veth0
ip -n peer addr add 10.1.1.2/24 brd + dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 2
ping -c 1 10.1.1.2 > /dev/null
ping -O -c 3 -i 0.2 10.1.1.2; echo "rc=$?"
ping -O -c 3 -i 0.5 10.1.1.3; echo "rc=$?"
ping -p abc -c 2 -i 0.2 10.1.1.2; echo "rc=$?"
ping -p 0102030405060708090a0b0c0d0e0f101112 -s 40 -c 1 10.1.1.2; echo "rc=$?"
ping -p '' -c 1 10.1.1.2; echo "rc=$?"
ping -q -p ff -c 1 10.1.1.2; echo "rc=$?"
ping -p ff -c 1 nowhere..; echo "rc=$?"
ping -a -c 2 -i 0.2 10.1.1.2; echo "rc=$?"
ping -v -e 4660 -c 2 -i 0.2 10.1.1.2; echo "rc=$?"
ping -4 -v -e 0 -c 1 10.1.1.2; echo "rc=$?"
ping -B -c 1 10.1.1.2; echo "rc=$?"
ping -n -c 1 10.1.1.2; echo "rc=$?"
ping -U -c 1 10.1.1.2; echo "rc=$?"
ping -l 3 -c 5 10.1.1.2; echo "rc=$?"
ping -l 5 -c 5 -q 10.1.1.2; echo "rc=$?"
ping -A -c 4 10.1.1.2; echo "rc=$?"
ping -i 0 -c 4 10.1.1.2; echo "rc=$?"
ping -i 0.005 -c 4 10.1.1.2; echo "rc=$?"
ping -f -c 5 10.1.1.2; echo "rc=$?"
ping -f -c 3 -W 1 10.1.1.9; echo "rc=$?"
ping -c 2 -w 5 10.1.1.2; echo "rc=$?"
ping -c 1 -W 0.0001 10.1.1.2; echo "rc=$?"
ping -c 1 0; echo "rc=$?"
ping -c 1 0.0.0.0; echo "rc=$?"
ping -c 1 127.1; echo "rc=$?"
ping -c 1 0x7f.1; echo "rc=$?"
ping -c 1 017700000001; echo "rc=$?"
ping -c 1 10.257; echo "rc=$?"
ping -c 1 localhost; echo "rc=$?"
ping -4 -c 1 LocalHost; echo "rc=$?"
ping -n -c 1 localhost; echo "rc=$?"
ping -c 1 -I 10.1.1.1 0; echo "rc=$?"
ping -c 1 '1.2.3.4 '; echo "rc=$?"
ping -c 1 a..b; echo "rc=$?"
ping -c 1 -; echo "rc=$?"
ping -c 1 -- -c; echo "rc=$?"
ping -c 1 'x%y'; echo "rc=$?"
ping -c 1 127.0.0.1%lo; echo "rc=$?"
ping -D -c 2 -i 0.5 10.1.1.2; echo "rc=$?"
ip netns del peer
