# STP on: a port goes through listening and learning, a forward delay each, before it forwards; the bridge has no carrier until then.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 200
ip link show br0
ip link add v0 address 02:00:00:00:00:0a type veth peer name v1
ip link set v0 master br0
ip link set br0 up
ip link set v0 up
ip link set v1 up
sleep 1
bridge link
ip link show br0
sleep 2
bridge link
ip link show br0
sleep 2
bridge link
ip link show br0
bridge link set dev v0 state 3; echo rc=$?
ip link set br0 type bridge forward_delay 100; echo rc=$?
ip link set br0 type bridge forward_delay 4000; echo rc=$?
ip link set br0 type bridge stp_state 0
ip link set br0 type bridge forward_delay 100; echo rc=$?
bridge link set dev v0 state 1; echo rc=$?
bridge link
