# The fdb: learning, ageing on a short ageing_time, user entries, port flags (learning, flood), port states.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge ageing_time 200
ip link add v0 address 02:00:00:00:00:0a type veth peer name v1
ip netns add a
ip link set v1 netns a
ip -n a link set lo up
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link set v0 master br0
ip link set v0 up
ip link set br0 up
ip -n a link set v1 up
ip -n a addr add 10.1.1.2/24 dev v1
ip addr add 10.1.1.1/24 dev br0
sleep 1
ip netns exec a ping -c 1 -q 10.1.1.1
bridge fdb show br br0
bridge -s fdb show br br0
bridge -d link show
bridge -s link show
bridge vlan show; echo rc=$?
sleep 3
bridge fdb show br br0
ip netns exec a ping -c 1 -q 10.1.1.1
bridge fdb show br br0 dynamic
bridge fdb show br br0 state permanent
bridge link set dev v0 learning off flood off hairpin on isolated on; echo rc=$?
bridge -d link show
ip -d link show v0
sleep 3
ip netns exec a ping -c 1 -q 10.1.1.1
bridge fdb show br br0
bridge link set dev v0 state 1; echo rc=$?
bridge link show
ip netns exec a ping -c 1 -W 1 -q 10.1.1.1
bridge link set dev v0 state forwarding; echo rc=$?
bridge link set dev v0 state 7; echo rc=$?
bridge link set dev v0 state bogus; echo rc=$?
bridge link set dev v0 learning maybe; echo rc=$?
bridge link set dev nosuch learning off; echo rc=$?
bridge link set dev br0 learning off; echo rc=$?
bridge link set learning off; echo rc=$?
bridge link set dev v0 foo; echo rc=$?
bridge link show dev v0
bridge link show dev nosuch; echo rc=$?
bridge fdb add 02:11:22:33:44:55 dev v0 master static; echo rc=$?
bridge fdb add 02:11:22:33:44:55 dev v0 master static; echo rc=$?
bridge fdb add 02:11:22:33:44:66 dev v0 master; echo rc=$?
bridge fdb add 02:11:22:33:44:77 dev v0 master dynamic; echo rc=$?
bridge fdb show br br0
bridge fdb replace 02:11:22:33:44:55 dev v0 master permanent; echo rc=$?
bridge fdb show br br0
bridge fdb del 02:11:22:33:44:55 dev v0 master; echo rc=$?
bridge fdb del 02:11:22:33:44:55 dev v0 master; echo rc=$?
bridge fdb show dev v0
bridge fdb add zz dev v0 master; echo rc=$?
bridge fdb add 02:11:22:33:44:99 dev nosuch master; echo rc=$?
bridge fdb add 02:11:22:33:44:99 master; echo rc=$?
bridge fdb show br nosuch; echo rc=$?
bridge fdb show dev nosuch; echo rc=$?
bridge fdb; echo rc=$?
bridge foo; echo rc=$?
bridge -z link; echo rc=$?
