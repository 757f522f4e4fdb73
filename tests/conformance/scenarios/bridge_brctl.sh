# bridge-utils' brctl beside ip: addbr, addif, show, showmacs, delif, delbr and their errors.
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0b type veth peer name v1
ip link set br0 address 02:00:00:00:00:01
brctl addbr br9; echo rc=$?
brctl addbr br9; echo rc=$?
brctl addif br9 v0; echo rc=$?
brctl addif br9 v0; echo rc=$?
brctl addif br9 nosuch; echo rc=$?
brctl addif nosuch v0; echo rc=$?
brctl show
brctl show br9
brctl showmacs br9
ip link show master br9
brctl delif br9 v1; echo rc=$?
brctl delif br9 v0; echo rc=$?
ip link set br9 up
brctl delbr br9; echo rc=$?
ip link set br9 down
brctl delbr br9; echo rc=$?
brctl delbr br9; echo rc=$?
brctl show
