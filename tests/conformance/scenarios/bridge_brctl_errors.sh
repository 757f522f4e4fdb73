# brctl's errors and argument counts: a missing or non-bridge device, too few arguments, an unknown command, several interfaces for addif and delif; show prints its header with the first bridge.
brctl show; echo rc=$?
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03
brctl show nosuch; echo rc=$?
brctl show v0; echo rc=$?
brctl show nosuch br0; echo rc=$?
brctl showmacs nosuch; echo rc=$?
brctl showmacs v0; echo rc=$?
brctl showmacs br0; echo rc=$?
brctl addif v0 v1; echo rc=$?
brctl delbr v0; echo rc=$?
brctl addbr; echo rc=$?
brctl addif br0; echo rc=$?
brctl addif br0 v0 nosuch; echo rc=$?
brctl show
brctl delif br0 v0 v1; echo rc=$?
brctl showmacs; echo rc=$?
brctl delif br0; echo rc=$?
brctl foo; echo rc=$?
brctl; echo rc=$?
