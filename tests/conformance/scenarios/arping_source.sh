# arping's source when the target is not on a link: the connect with SO_DONTROUTE finds no gateway route, so the kernel takes the target as on the device's link and the device's first address (or, on a device with none, another device's) as the source, whatever route and src the table has.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.9.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
ip route add default via 10.0.0.254
ip route add 10.7.0.0/16 via 10.0.9.254 src 10.0.9.1
sleep 1
arping -c 1 8.8.8.8; echo rc=$?
arping -c 1 10.7.1.1; echo rc=$?
arping -c 1 -I veth0 10.7.1.1; echo rc=$?
arping -c 1 -I veth1 10.7.1.1; echo rc=$?
ip link del veth0
