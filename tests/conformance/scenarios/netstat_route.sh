# netstat -r (net-tools 2.10): the IPv4 table at each -e level, the routing cache, and its errors.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add va type veth peer name vb
ip link set va up
ip link set vb up
ip addr add 10.0.0.1/24 dev va
ip route add default via 10.0.0.2
ip route add 10.9.0.0/16 via 10.0.0.3 metric 5
ip route add unreachable 10.8.0.0/16
ip route add prohibit 10.6.0.0/16 metric 7
ip route add 10.7.0.1 dev va
netstat -rn; echo "rc=$?"
netstat -r
netstat -rne
netstat -rnee
netstat -rneee
netstat -rnC
netstat -rn4
netstat -nr -A inet
netstat -r -n -Ainet
netstat -rn --inet
netstat --route --numeric --extend
netstat -rn extra words; echo "rc=$?"
netstat -rq; echo "rc=$?"
netstat -r --bogus; echo "rc=$?"
netstat -r -A; echo "rc=$?"
netstat -r -A bogus; echo "rc=$?"
ip link set va down
netstat -rn
