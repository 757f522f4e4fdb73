# Operstate is what linkwatch last computed: moving a down peer to another
# namespace changes no carrier, so the up end keeps LOWERLAYERDOWN. (The wait
# after creating the second pair lets linkwatch see the peer before it moves;
# without it the two race on a loaded machine.)
ip link add veth0 type veth peer name veth1
ip link set veth0 up
sleep 2.3
ip link show veth0
ip netns add b
ip link set veth1 netns b
sleep 2.3
ip link show veth0
ip link set veth0 down
ip link set veth0 up
sleep 2.3
ip link show veth0
ip -n b link set veth1 up
sleep 2.3
ip link show veth0
ip -n b link set veth1 down
sleep 2.3
ip link show veth0
ip link add veth2 type veth peer name veth3
sleep 1.3
ip link set veth2 netns b
ip link set veth3 up
sleep 2.3
ip link show veth3
ip -n b link show veth2
