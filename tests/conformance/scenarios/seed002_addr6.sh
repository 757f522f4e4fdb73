# Seed 002 with IPv6 left on, as the seed ran: its `ip addr` listings.
sudo ip link add veth0 type veth peer name veth1
sudo ip addr add 192.168.2.11/24 dev veth0
sudo ip link set veth0 up
sudo ip link set veth1 up
sleep 3
ip addr show veth0
sudo ip addr add 192.168.2.1/24 dev veth1
ip addr
