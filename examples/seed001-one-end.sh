# Seed 001: only veth0 has an address. A ping to it is answered through lo; a
# ping to 192.168.2.12 sends three ARP requests nobody answers, then each
# queued echo request comes back as ICMP host unreachable.
ip link add veth0 type veth peer name veth1
ip addr add 192.168.2.11/24 dev veth0
ip link set veth0 up
ip link set veth1 up
route -n
ip address show
ip route get 192.168.2.11
ip route get 192.168.2.12
ip route get 192.168.2.1
ping -c 4 192.168.2.11
ping -c 4 192.168.2.12
# why: no device has 192.168.2.12, so no one answers the ARP requests.
why
ip neigh
ip -s link
