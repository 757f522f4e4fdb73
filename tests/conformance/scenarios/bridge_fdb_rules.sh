# bridge fdb add: multicast and broadcast addresses as static or permanent entries, all zeros refused, a dynamic entry only on a port that learns (EPERM otherwise).
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0a type veth peer name v1
ip link set v0 master br0
bridge fdb add 01:00:5e:00:00:05 dev v0 master static; echo rc=$?
bridge fdb del 01:00:5e:00:00:05 dev v0 master
bridge fdb add 01:00:5e:00:00:05 dev v0 master permanent; echo rc=$?
bridge fdb del 01:00:5e:00:00:05 dev v0 master
bridge fdb add 01:00:5e:00:00:05 dev v0 master dynamic; echo rc=$?
bridge fdb add 00:00:00:00:00:00 dev v0 master static; echo rc=$?
bridge fdb add ff:ff:ff:ff:ff:ff dev v0 master static; echo rc=$?
bridge fdb add 01:00:5e:00:00:05 dev br0 self permanent; echo rc=$?
bridge fdb show br br0 state permanent
bridge fdb show br br0 state static
ip link set v0 up
ip link set v1 up
bridge fdb add 02:00:00:00:00:77 dev v0 master dynamic; echo rc=$?
ip link set br0 up
sleep 1
bridge fdb add 02:00:00:00:00:77 dev v0 master dynamic; echo rc=$?
bridge fdb show br br0 brport v0 dynamic
