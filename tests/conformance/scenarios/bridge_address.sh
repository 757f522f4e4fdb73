# A bridge's address given at creation or set later is its id too, and its carrier then comes from its forwarding ports alone (none: NO-CARRIER).
ip link add br0 address 02:00:00:00:00:bb type bridge
ip link add br1 type bridge
ip link set br0 up
ip link set br1 up
ip link show br0
ip link show br1
ip link set br1 address 02:00:00:00:00:cc
ip link show br1
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1
ip link set v0 master br1
ip link set v0 up
ip link set v1 up
sleep 1
ip link show br1
ip link set br1 address 02:00:00:00:00:dd
ip link show br1
ip link set br1 address 02:00:00:00:00:dd
ip link show br1
bridge fdb show br br1 state permanent
ip -d link show br0
