# bridge link set: cost 0, a negative priority or state are not sent (iproute2); the ranges the kernel checks; a bridge enslaved to itself or another bridge.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set br0 up
ip link set v0 up
ip link set v1 up
sleep 1
bridge link set dev v0 cost 0; echo rc=$?
bridge link set dev v0 cost 70000; echo rc=$?
bridge link set dev v0 priority -1; echo rc=$?
bridge link set dev v0 priority 64; echo rc=$?
bridge link set dev v0 priority 7 cost 9; echo rc=$?
bridge link set dev v0 state 200; echo rc=$?
bridge link set dev v0 state -1; echo rc=$?
bridge link set dev v0 state 7; echo rc=$?
bridge link set dev v0 state blocking; echo rc=$?
bridge link
ip link set br0 master br0; echo rc=$?
ip link add br1 type bridge
ip link set br1 master br0; echo rc=$?
