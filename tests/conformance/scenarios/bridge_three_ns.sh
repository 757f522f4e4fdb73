# The bridge chapter: three namespaces joined by veth to br0 ping each other; the fdb learns; a port leaves.
ip link add br0 type bridge
ip link set br0 up
ip link show br0
ip netns add ns1
ip link add veth1 address 02:00:00:00:01:01 type veth peer name eth0 netns ns1
ip link set veth1 master br0
ip link set veth1 up
ip -n ns1 addr add 10.0.0.1/24 dev eth0
ip -n ns1 link set eth0 up
ip netns add ns2
ip link add veth2 address 02:00:00:00:02:01 type veth peer name eth0 netns ns2
ip link set veth2 master br0
ip link set veth2 up
ip -n ns2 addr add 10.0.0.2/24 dev eth0
ip -n ns2 link set eth0 up
ip netns add ns3
ip link add veth3 address 02:00:00:00:03:01 type veth peer name eth0 netns ns3
ip link set veth3 master br0
ip link set veth3 up
ip -n ns3 addr add 10.0.0.3/24 dev eth0
ip -n ns3 link set eth0 up
ip link show br0
sleep 1
ip link show br0
ip netns exec ns1 ping -c 1 10.0.0.2
ip netns exec ns1 ping -c 1 10.0.0.3
ip netns exec ns3 ping -c 1 10.0.0.2
bridge fdb show br br0
bridge -s link show
bridge link
bridge -d link show dev veth1
ip link show master br0
ip link show type bridge
ip link show type bridge_slave
ip -d link show veth1
ip -d link show br0
brctl show
ip link set veth2 nomaster
ip link show veth2
bridge link
ip netns exec ns1 ping -c 1 -W 1 10.0.0.2
bridge fdb show dev veth1
ip addr add 10.0.0.254/24 dev br0
ip netns exec ns1 ping -c 1 10.0.0.254
bridge fdb show br br0
ip link del br0
ip link show veth1
bridge link
