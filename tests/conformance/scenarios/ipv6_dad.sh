# Duplicate address detection failing, deterministically: an address already
# valid on one end is probed for by the other, which hears the owner's
# advertisement and marks its copy dadfailed (tentative, no local route).
# Then d1 takes d0's MAC, so its EUI-64 link-local address collides too.
ip link add d0 address 02:00:00:00:00:0c type veth peer name d1 address 02:00:00:00:00:0d
ip link set d0 up
ip link set d1 up
sleep 3
ip -6 addr add 2001:db8::1/64 dev d0
sleep 3
ip -6 addr add 2001:db8::1/64 dev d1
ip -6 addr show d1
sleep 3
ip -6 addr show d1
ip -6 route show table local
ip link set d1 down
ip link set d1 address 02:00:00:00:00:0c
ip link set d1 up
sleep 3
ip -6 addr show d0
ip -6 addr show d1
ip -6 route show table all
ip -o -6 addr show dev d1
ip -br addr show dev d1
ping -c 1 -W 1 2001:db8::1; echo "rc=$?"
ip link set d1 down
ip -6 addr show d1
