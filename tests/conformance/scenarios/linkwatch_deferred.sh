# linkwatch runs a carrier change that is not urgent (a veth end whose index equals its peer's, as both ends' 2 in fresh namespaces, losing its carrier) at most a second after its last full run: until then the end still looks up (operstate, a dump's flags) and its qdisc still sends; a neighbour a ping makes meanwhile is flushed when the change lands. Asking for the one device (ip link show DEV, ip addr show dev DEV), its sysfs carrier or ethtool's link state makes the change land at once (linkwatch_sync_dev); a dump or sysfs operstate does not.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
setup() {
	ip netns add a
	ip netns add b
	ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
	ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
	ip link add va netns a type veth peer name vb netns b
	ip -n a addr add 10.0.0.1/24 dev va
	ip -n b addr add 10.0.0.2/24 dev vb
	ip -n a link set va up
	ip -n b link set vb up
	ip -n b link set vb down
}
clean() { ip netns del a; ip netns del b; sleep 1.1; }
echo "== ping meanwhile"
setup
ip netns exec a ping -c 1 -W 0.3 10.0.0.2 > /dev/null; echo "rc=$?"
ip -n a neigh
ip netns exec a cat /sys/class/net/va/operstate
sleep 1.2
ip -n a neigh
ip netns exec a cat /sys/class/net/va/operstate
clean
echo "== ip link show va"
setup
ip -n a -br link show va
ip netns exec a cat /sys/class/net/va/operstate
clean
echo "== ip link show (a dump)"
setup
ip -n a -br link show
ip netns exec a cat /sys/class/net/va/operstate
clean
echo "== ip addr show dev va"
setup
ip -n a -br addr show dev va
ip netns exec a cat /sys/class/net/va/operstate
clean
echo "== ethtool va"
setup
ip netns exec a ethtool va | grep Link
ip netns exec a cat /sys/class/net/va/operstate
clean
echo "== sysfs carrier"
setup
ip netns exec a cat /sys/class/net/va/carrier
ip netns exec a cat /sys/class/net/va/operstate
clean
