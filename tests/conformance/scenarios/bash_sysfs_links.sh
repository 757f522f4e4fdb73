# /sys/class/net's entries are symbolic links into /sys/devices/virtual/net,
# and a port's master, upper_BR and brport/bridge, a bridge's lower_PORT and
# brif/PORT, and every device's subsystem are links too: readlink prints
# their targets, test -L and stat see links, files and directories as they
# are, and a name that is no link (an attribute, a directory, a missing
# name) gives readlink nothing and status 1.
ip netns add ns1
ip link add veth0 type veth peer name veth1 netns ns1
ip link add br0 type bridge
ip link set veth0 master br0
for p in /sys/class/net/veth0 /sys/class/net/lo /sys/class/net/br0 \
	/sys/class/net/veth0/subsystem /sys/class/net/veth0/master \
	/sys/class/net/veth0/upper_br0 /sys/class/net/br0/lower_veth0 \
	/sys/class/net/br0/brif/veth0 /sys/class/net/veth0/brport/bridge \
	/sys/class/net/veth0/mtu /sys/class/net/nope /sys/class/net/lo/master \
	/sys/class/net /sys/class/net/veth0/statistics; do
	t=$(readlink "$p"); echo "$p: $? $t"
done
ip netns exec ns1 readlink /sys/class/net/veth1
ip netns exec ns1 bash -c 'readlink /sys/class/net/veth0; echo $?'
readlink -f /sys/class/net/veth0
test -L /sys/class/net/veth0 && echo "veth0 is a link"
test -L /sys/class/net/veth0/mtu || echo "mtu is not a link"
test -d /sys/class/net/veth0 && echo "veth0 leads to a directory"
[ -h /sys/class/net/veth0/master ] && echo "master is a link"
stat -c '%F' /sys/class/net/veth0 /sys/class/net/veth0/mtu /sys/class/net/veth0/statistics
stat -L -c '%F' /sys/class/net/veth0
ip link set veth0 nomaster
readlink /sys/class/net/veth0/master; echo "after nomaster: $?"
for d in /sys/class/net/*; do echo "$d -> $(readlink "$d")"; done
