# ip -j of a bridge and its ports: master, linkinfo's info_data and info_slave_data, -p, -br.
ip link add br0 type bridge
ip link add v0 address 02:00:00:00:00:0c type veth peer name v1
ip link set v0 master br0
ip -j link show v0
ip -j -d link show br0
ip -j -d link show v0
ip -j -p -d link show v0
ip -j link show master br0
ip -j -br link show master br0
ip link set v0 up
ip link set v1 up
ip link set br0 up
ip link set v0 type bridge_slave isolated on
ip -j -d link show v0
ip -j -d -p link show br0
ip -j addr show dev v0
