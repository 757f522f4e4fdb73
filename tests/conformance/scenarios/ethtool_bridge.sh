# ethtool on a bridge (br_ethtool_ops): driver bridge 2.3 with N/A firmware and bus, no statistics; its link settings: the fastest running port's speed (unknown with none), duplex unknown, port Other, no MDI-X line; the link is its carrier. A veth port beside it for comparison.
ip link add br0 type bridge
ethtool -i br0; echo rc=$?
ethtool br0
ethtool -S br0; echo rc=$?
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip link set veth0 up
ip link set veth1 up
ip link set br0 up
sleep 0.5
ethtool br0
ethtool veth0
ip link set veth0 down
ethtool br0
ethtool -i veth0
