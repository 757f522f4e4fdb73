# IPv6 on the wire once the link has settled: router solicitations are
# switched off (by default they never stop, backing off), DAD and MLD are
# over. Then neighbour discovery with its flags and options,
# echo with flow labels, the failed resolution's probes, the unicast probe of
# an entry in DELAY, and the address-unreachable error looped through lo.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
ip link set veth1 up
sleep 5
tcpdump -n -v -e -i veth1 > veth1.txt 2>&1 &
tcpdump -n -v -i lo > lo.txt 2>&1 &
tcpdump -n -q -i veth0 > veth0.txt 2>&1 &
sleep 1
ping -c 2 -i 0.3 fe80::ff:fe00:b%veth0 > /dev/null; echo "rc=$?"
ping -c 1 -I veth1 fe80::ff:fe00:a > /dev/null 2>&1; echo "rc=$?"
ping -c 1 fe80::99%veth1; echo "rc=$?"
ip -6 neigh show dev veth1
sleep 7
ip -6 neigh show dev veth1
kill %1 %2 %3
wait
cat veth1.txt
cat lo.txt
cat veth0.txt
