# Seed 001 with IPv6 left on, as the seed ran: every `ip address show`.
ip address show
ip link add veth0 type veth peer name veth1
ip address show
ip addr add 192.168.2.11/24 dev veth0
ip address show
ip link set veth0 up
ip address show
ip link set veth1 up
sleep 3
ip address show
