# A snooping bridge reports 224.0.0.106 in IGMPv3 (to 224.0.0.22, Router Alert, from 0.0.0.0 or its address) twice as it comes up or turns snooping on, TO_IN twice as it turns snooping off, nothing as it goes down; counted as sent even without a port.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
sleep 2
ip -s link show br0
nstat -az IpOutRequests IpOutTransmits IpExtOutMcastPkts IpExtOutMcastOctets IpOutDiscards
ip link add br1 type bridge
ip link add v2 type veth peer name v3
ip link set v2 master br1
ip link set v2 up
ip link set v3 up
tcpdump -t -n -vv -i v3 igmp > igmp.txt 2>&1 &
sleep 1
ip link set br1 up
sleep 3
ip link set br1 type bridge mcast_snooping 0
sleep 3
ip link set br1 type bridge mcast_snooping 1
sleep 3
ip link set br1 down
sleep 3
ip addr add 10.0.0.1/24 dev br1
ip link set br1 up
sleep 3
kill %1
wait
cat igmp.txt
ip -s link show br1
ip -s link show v3
nstat -az IpOutRequests IpExtOutMcastPkts IpInReceives IpExtInOctets IpInDiscards
cat /proc/net/igmp
