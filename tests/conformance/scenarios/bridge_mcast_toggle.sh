# mcast_snooping toggled on a running bridge joins or leaves 224.0.0.106 and ff02::6a at once; /proc/net/igmp lists the newest group first.
ip link add br0 address 02:00:00:00:00:bb type bridge
ip link set br0 up
sleep 2
bridge fdb show
ip link set br0 type bridge mcast_snooping 0
bridge fdb show
cat /proc/net/igmp
cat /proc/net/igmp6
ip link set br0 type bridge mcast_snooping 1
bridge fdb show
cat /proc/net/igmp
cat /proc/net/igmp6
cat /proc/net/dev_mcast
