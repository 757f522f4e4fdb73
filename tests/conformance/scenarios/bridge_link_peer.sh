# bridge link names a port's link by this namespace's device of that index, and M-DOWN comes from that device (br_fill_ifinfo sends no namespace id).
ip link add br0 type bridge
ip netns add a
ip link add v1 type veth peer name eth0 netns a
ip link set v1 master br0
ip link set v1 up
ip -n a link set eth0 up
bridge link
bridge -j link
ip link set br0 up
bridge link
ip link add v2 type veth peer name v3
ip link set v3 netns a
ip link set v2 master br0
bridge link
