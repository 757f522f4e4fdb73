# The queueing discipline ip link shows as devices go down and up, move and
# are renamed: noop until a device is first opened, noqueue from then on.
ip netns add a
ip -n a link show lo
ip -n a link set lo up
ip -n a link set lo down
ip -n a link show lo
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth0 down
ip link show veth0
ip link set veth0 netns a
ip -n a link show veth0
ip link set lo down
ip link show lo
ip link set lo up
ip link show lo
ip -n a link set lo up
ip -n a link show lo
ip link set lo down
ip -d link show lo
ip addr show lo
ip -br link
ip -s link show lo
ip -o link show lo
ip netns exec a ip link set lo down
ip netns exec a ip -d link
ip link add veth0 type veth peer name veth1
ip -d link show veth0
ip link set veth0 up
ip link set veth0 down
ip -d link show veth0
ip link set veth0 mtu 1400
ip link show veth0
ip link set veth0 name veth9
ip link show veth9
ip link set lo up
ip link set lo mtu 1500
ip link show lo
