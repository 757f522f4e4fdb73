# Seed 001's link-level walk-through (and seed 000's pair): create a veth pair,
# address one end, bring both ends up, and look at the listings at each step.
# Run: build/vethlab examples/seed-veth-pair.sh
ip link show
ip link add veth0 type veth peer name veth1
ip link show
ip addr add 192.168.2.11/24 dev veth0
ip address show
ip link set veth0 up
ip link set veth1 up
sleep 2
ip link show
ip address show
ethtool -S veth0
