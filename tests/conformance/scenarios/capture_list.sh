# What tcpdump lists and checks before it captures: -D in a fresh namespace
# (lo down, "any" and the sources libpcap adds, sorted by libpcap's figure of
# merit) as devices appear and come up; -L and -J; -i by number; the
# monitor-mode, time stamp type and data link type errors; -d, -dd and -ddd;
# bad option values (the usage text, which names the host's OpenSSL, is not
# compared).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add x
ip netns exec x tcpdump -D
ip netns exec x tcpdump -i lo -c 1; echo "rc=$?"
ip netns exec x tcpdump -c 1 -d
ip netns exec x tcpdump -i 1 -c 1 -d
ip link add veth0 type veth peer name veth1
tcpdump -D; echo "rc=$?"
ip link set veth0 up
tcpdump --list-interfaces
ip link set veth1 up
sleep 1
tcpdump -D
ip link set veth1 down
tcpdump --list-i
ip link set veth1 up
tcpdump -L -i veth0; echo "rc=$?"
tcpdump -L -i any
tcpdump -L -i lo
tcpdump -L
tcpdump -i 3 -L
tcpdump -i 4 --list-data-link-types
tcpdump -J -i veth0; echo "rc=$?"
tcpdump -J -i nosuch; echo "rc=$?"
tcpdump --list-time-stamp-types
tcpdump -i 0 -c 1; echo "rc=$?"
tcpdump -i 99 -c 1; echo "rc=$?"
tcpdump -i -1 -c 1; echo "rc=$?"
tcpdump -i 2x -c 1; echo "rc=$?"
tcpdump -i nosuch -I -c 1; echo "rc=$?"
tcpdump -i any -I; echo "rc=$?"
tcpdump -i nosuch -j adapter; echo "rc=$?"
tcpdump -i veth0 -j foo; echo "rc=$?"
tcpdump -i lo -y DOCSIS -c 1; echo "rc=$?"
tcpdump -i any -y EN10MB -c 1; echo "rc=$?"
tcpdump -i veth0 -y LINUX_SLL2 -c 1; echo "rc=$?"
tcpdump -i veth0 -y FOO -c 1; echo "rc=$?"
tcpdump -d
tcpdump -dd icmp or arp
tcpdump -ddd -O 'icmp and host 10.1.1.1'
tcpdump -d -y LINUX_SLL2 udp port 53
tcpdump -d -s 100 ip6
tcpdump -i veth0 -d arp
tcpdump -i any -dd arp
tcpdump -d 'icmp and'; echo "rc=$?"
tcpdump -c 0; echo "rc=$?"
tcpdump -c x; echo "rc=$?"
tcpdump -s 262145; echo "rc=$?"
tcpdump -s -1; echo "rc=$?"
tcpdump -B 0; echo "rc=$?"
tcpdump -Q sideways; echo "rc=$?"
tcpdump -tttttt -i veth0; echo "rc=$?"
tcpdump --time-stamp-precision=centi; echo "rc=$?"
tcpdump -C 0; echo "rc=$?"
tcpdump -G -1; echo "rc=$?"
tcpdump -W 0; echo "rc=$?"
tcpdump -T bogus; echo "rc=$?"
tcpdump -g 2>/dev/null; echo "rc=$?"
tcpdump --bogus 2>/dev/null; echo "rc=$?"
tcpdump -c 2>/dev/null; echo "rc=$?"
tcpdump --num=1 2>/dev/null; echo "rc=$?"
tcpdump --fp-type; echo "rc=$?"
ip netns del x
