# bridge fdb on the bridge itself: self (or no flag) is the bridge's own entry, master is refused, only permanent.
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0a type veth peer name v1
ip link set v0 master br0
bridge fdb add 02:00:00:00:00:99 dev br0 self; echo rc=$?
bridge fdb add 02:00:00:00:00:98 dev br0 master; echo rc=$?
bridge fdb add 02:00:00:00:00:97 dev br0; echo rc=$?
bridge fdb add 02:00:00:00:00:97 dev br0; echo rc=$?
bridge fdb replace 02:00:00:00:00:97 dev br0 static; echo rc=$?
bridge fdb show br br0 state permanent
bridge fdb show br br0 state static
bridge fdb del 02:00:00:00:00:99 dev br0 self; echo rc=$?
bridge fdb del 02:00:00:00:00:99 dev br0; echo rc=$?
bridge fdb del 02:00:00:00:00:97 dev br0; echo rc=$?
bridge fdb del 02:00:00:00:00:0a dev br0; echo rc=$?
bridge fdb show br br0 state permanent
