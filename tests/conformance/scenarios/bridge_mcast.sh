# A snooping bridge joins 224.0.0.106 and ff02::6a while up: /proc/net/igmp, igmp6, dev_mcast and its fdb's self entries; mcast_snooping 0 joins neither.
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0a type veth peer name v1 address 02:00:00:00:00:0b
ip link set v0 master br0
ip link set v0 up
ip link set v1 up
ip link set br0 up
sleep 5
cat /proc/net/igmp
cat /proc/net/igmp6
cat /proc/net/dev_mcast
bridge fdb show
ip link set br0 down
cat /proc/net/igmp6
cat /proc/net/dev_mcast
ip link set br0 type bridge mcast_snooping 0
ip link set br0 up
sleep 3
cat /proc/net/igmp
cat /proc/net/igmp6
