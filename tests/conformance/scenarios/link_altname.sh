# Alternative names (ip link property add|del dev DEV altname NAME): where
# ip link, ip -o/-d/-s link and ip addr (also -4) print them (last), and
# that every tool takes them where it takes a device name (ip link set,
# show, delete, ip addr, tcpdump -i, ifconfig, ethtool) while /sys/class/net
# and /proc/sys/net know only the device's own name. The kernel's rules:
# one name table for names and altnames (EEXIST either way, for creation
# and renames too), 127 bytes at most, the device's own name cannot be
# deleted, names added before a failure stay; a move takes them along, so
# none may be taken in the target; a move under a taken name may take a
# new one given with it. iproute2's errors and exit statuses.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns add ns1
ip netns exec ns1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link property add dev veth0 altname alt0; echo "rc=$?"
ip link property add veth0 altname a_long_alternative_name_for_veth0 altname second0; echo "rc=$?"
ip link set veth0 alias "an alias"
ip link show veth0
ip -o link show alt0
ip -br link show second0
ip -s link show a_long_alternative_name_for_veth0
ip -d link show alt0
ip addr add 10.0.0.1/24 dev alt0; echo "rc=$?"
ip addr show dev alt0
ip -4 addr show
ip link set alt0 up; echo "rc=$?"
ip link property add dev veth1 altname alt1
ip link set alt1 up
sleep 1.3
ip -br link
ifconfig alt0
ethtool alt0
ethtool -i alt1
cat /sys/class/net/alt0/mtu; echo "rc=$?"
cat /proc/sys/net/ipv4/conf/alt0/forwarding; echo "rc=$?"
ls /sys/class/net
tcpdump -nn -i alt1 -c 1 arp > cap.txt 2>&1 &
sleep 1
ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "rc=$?"
wait
cat cap.txt
ip link property add dev veth0 altname alt0; echo "rc=$?"
ip link property add dev veth1 altname alt0; echo "rc=$?"
ip link property add dev veth1 altname veth0; echo "rc=$?"
ip link property add dev veth1 altname veth1; echo "rc=$?"
ip link add alt0 type veth; echo "rc=$?"
ip link add x0 type veth peer name alt1; echo "rc=$?"
ip link set veth1 name alt0; echo "rc=$?"
ip link set veth0 name alt0; echo "rc=$?"
ip link property add dev veth1 altname 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456; echo "rc=$?"
ip link property add dev veth1 altname 01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567; echo "rc=$?"
ip link property add dev veth1 altname ok1 altname ok1 altname ok2; echo "rc=$?"
ip link property add dev veth1 altname . altname veth%d; echo "rc=$?"
ip link show veth1
ip link add type veth; echo "rc=$?"
ip link property del dev veth1 altname nosuch; echo "rc=$?"
ip link property del dev veth1 altname veth1; echo "rc=$?"
ip link property del dev veth1 altname alt0; echo "rc=$?"
ip link property del dev veth1 altname ok2 altname nosuch altname ok1; echo "rc=$?"
ip link property del dev veth1 altname .; echo "rc=$?"
ip link show veth1
ip link property add dev veth1; echo "rc=$?"
ip link property add dev nosuch altname x; echo "rc=$?"
ip link property add dev veth1 altname "a b"; echo "rc=$?"
ip link property add dev veth1 altname "a/b"; echo "rc=$?"
ip link property add dev veth1 altname ""; echo "rc=$?"
ip link property add dev veth1 altname; echo "rc=$?"
ip link property add dev veth1 foo altname x; echo "rc=$?"
ip link property add dev; echo "rc=$?"
ip link property add altname x; echo "rc=$?"
ip link property foo dev veth1; echo "rc=$?"
ip link prop a dev veth1 alt p1 altn p2; echo "rc=$?"
ip link prop d dev p1 alt p2; echo "rc=$?"
ip link property; echo "rc=$?"
ip link show veth1
ip link set veth0 name veth9; echo "rc=$?"
ip link show alt0
ip link set veth1 down
ip -n ns1 link add y0 type veth peer name p1
ip link set veth1 netns ns1; echo "rc=$?"
ip -n ns1 link delete y0
ip link set veth1 netns ns1; echo "rc=$?"
ip -n ns1 link show p1
ip -n ns1 link add veth7 type veth peer name q7
ip link add veth7 type veth peer name z7
ip link property add dev veth7 altname w7
ip link set veth7 netns ns1 name q7; echo "rc=$?"
ip link set veth7 netns ns1 name x9; echo "rc=$?"
ip -n ns1 link show w7
ip link delete alt0; echo "rc=$?"
ip -n ns1 link delete w7; echo "rc=$?"
ip link property add dev lo altname loopback; echo "rc=$?"
ip link show loopback
ip -n ns1 -br link
ip -br link
