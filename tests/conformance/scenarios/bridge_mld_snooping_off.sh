# A running bridge that stops snooping leaves ff02::6a: as the change ends (NETDEV_CHANGE, ipv6_mc_up) its two MLDv2 reports list ff02::6a TO_IN (the deleted record, first) and then the groups it holds TO_EX; snooping again, ff02::6a comes back TO_EX, newest first; once the record's two reports are out, the next ones no longer list it.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set v1 up
ip link set v0 up
ip link set br0 up
sleep 5
tcpdump -t -n -v -i v1 ip6 > mld.txt 2>&1 &
sleep 1
ip link set br0 type bridge mcast_snooping 0
sleep 4
ip link set br0 type bridge mcast_snooping 1
sleep 4
ip link set br0 type bridge mcast_snooping 0
sleep 2
ip link set br0 down
ip link set br0 up
sleep 6
kill %1
wait
grep -c listener mld.txt
grep listener mld.txt | sed 's/ff02::1:ff[0-9a-f:]*/SOLICITED/g; s/fe80::[0-9a-f:]*/LL/g'
