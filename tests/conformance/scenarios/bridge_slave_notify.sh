# A kind's or a port's data changed through ip link ends in netdev_state_change: a port disabled by 'type bridge_slave state 0' is enabled again at once (it is up with a carrier); by 'bridge link set' it stays disabled.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set br0 up
ip link set v0 up
ip link set v1 up
sleep 1
ip link set v0 type bridge_slave state 0; echo rc=$?
bridge link
bridge link set dev v0 state 0; echo rc=$?
bridge link
ip link set v0 type bridge_slave learning off; echo rc=$?
bridge link
ip link set br0 type bridge ageing_time 1000; echo rc=$?
bridge link
