# A snooping bridge coming up over a port: its IGMPv3 reports of 224.0.0.106 and its MLDv2 state-change reports, which list ff02::6a after the link-local's solicited-node group, in the counters of both ends.
ip link add br1 type bridge
ip link add v2 type veth peer name v3
ip link set v2 master br1
ip link set v2 up
ip link set v3 up
sleep 3
ip link set br1 up
sleep 4
ip -s link show v3
ip -s link show br1
nstat -az IpOutRequests IpExtOutMcastOctets Icmp6OutMLDv2Reports Ip6OutMcastOctets
