# A bridge's life: a port whose peer leaves loses its carrier, and the bridge's own carrier loss waits for linkwatch's next full run (a second later); ports moved to another namespace or deleted leave the bridge; the bridge goes down and up; deleting the bridge or its namespace.
ip netns add s
ip -n s link add br0 type bridge
ip -n s link add p1 type veth peer name q1
ip -n s link set p1 master br0
ip -n s link set br0 up
ip -n s link set p1 up
ip -n s link set q1 up
ip netns add t
ip -n s link set q1 netns t
ip -n s link show
sleep 2
ip -n s link show br0
ip -n s link set p1 netns t; echo rc=$?
ip -n t link show p1
ip -n t link show q1
ip -n s link add p2 type veth peer name q2
ip -n s link set p2 master br0
ip -n s link del q2
sleep 2
ip -n s link show
bridge -n s link
ip -n s link add p3 address 02:00:00:00:00:03 type veth peer name q3
ip -n s link set p3 master br0
ip -n s link set p3 up
ip -n s link set q3 up
sleep 1
ip -n s link show br0
ip -n s link set p3 down
ip -n s link show br0
ip -n s link set p3 up
sleep 1
ip -n s link set br0 down
bridge -n s link
ip -n s link set br0 up
sleep 1
bridge -n s link
ip -n s link del br0
ip -n s link show p3
ip -n s link add br1 type bridge
ip -n s link set p3 master br1
ip netns del s
ip -n t link show
