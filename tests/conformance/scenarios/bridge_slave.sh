# ip link set PORT type bridge_slave: the port flags, state, cost and priority through ip, and the details before and after the port comes up.
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0a type veth peer name v1
ip link set v0 type bridge_slave learning off; echo rc=$?
ip -d link show v0
ip link set v0 master br0
ip -d link show v0
ip link set v0 up
ip link set v1 up
ip link set br0 up
sleep 1
ip -d link show v0
ip link set v0 type bridge_slave learning off flood off hairpin on isolated on cost 7 priority 5; echo rc=$?
bridge -d link show
ip link set v0 type bridge_slave state 1; echo rc=$?
bridge link
ip link set v0 type bridge_slave learning maybe; echo rc=$?
ip link set v0 type bridge_slave foo; echo rc=$?
ip link set v0 type bridge_slave state x; echo rc=$?
ip link set v0 type bridge_slave priority 99; echo rc=$?
ip link set v0 type bridge_slave fdb_flush; echo rc=$?
ip link set v0 type bridge learning off; echo rc=$?
ip link set br0 type bridge_slave learning off; echo rc=$?
ip link show type bridge_slave
