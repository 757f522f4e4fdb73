# /sys/class/net/DEV/speed and duplex (speed_show, duplex_show): the driver's
# link settings while the device is up (veth: 10000, full, whether or not its
# peer is up), Invalid argument while it is down, and always for lo, which has
# no get_link_ksettings.
ip netns add ns1
ip link add veth0 type veth peer name veth1 netns ns1
cat /sys/class/net/veth0/speed; echo "rc=$?"
cat /sys/class/net/veth0/duplex; echo "rc=$?"
ip link set veth0 up
cat /sys/class/net/veth0/speed; echo "rc=$?"
cat /sys/class/net/veth0/duplex; echo "rc=$?"
ip -n ns1 link set veth1 up
ip netns exec ns1 cat /sys/class/net/veth1/speed /sys/class/net/veth1/duplex; echo "rc=$?"
ip link set veth0 down
ip netns exec ns1 cat /sys/class/net/veth1/speed /sys/class/net/veth1/duplex; echo "rc=$?"
cat /sys/class/net/veth0/speed; echo "rc=$?"
cat /sys/class/net/lo/speed; echo "rc=$?"
cat /sys/class/net/lo/duplex; echo "rc=$?"
ip netns exec ns1 cat /sys/class/net/lo/speed; echo "rc=$?"
