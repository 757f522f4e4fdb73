# Scripts list the namespaces and devices with the host's ls and globs, and
# test them with test -d / -e / -f: under vethlab bash they see the world's
# /run/netns, /sys/class/net and /proc/sys/net (in the namespace of the
# ip netns exec they run under), not the host's.
ip netns add ns1
ip netns add ns2
ip link add v1 netns ns1 type veth peer name v2 netns ns2
ip link add veth0 type veth peer name veth1
echo "ls:"; ls /sys/class/net
echo "glob:"; for d in /sys/class/net/*; do echo "$d $(cat $d/operstate)"; done
for ns in $(ls /var/run/netns); do
	echo "== $ns"
	for dev in $(ip netns exec $ns ls /sys/class/net); do
		echo "$dev $(ip netns exec $ns cat /sys/class/net/$dev/mtu)"
	done
done
ip netns exec ns1 sh -c 'for d in /sys/class/net/*; do echo "${d##*/}: $(cat $d/ifindex)"; done'
ip netns exec ns1 bash -c 'ls /sys/class/net/v1/statistics | wc -l'
ip netns exec ns2 python3 -c 'import os; print(sorted(os.listdir("/sys/class/net")))'
ls /proc/sys/net/ipv4/conf/
ip netns exec ns2 ls /proc/sys/net/ipv4/conf/
ls /sys/class/net/nosuch; echo "rc=$?"
ls -d /sys/class/net/veth*
ls /sys/class/net/veth0/mtu /proc/sys/net/ipv4/ip_forward
[ -d /sys/class/net/veth0 ] && echo "veth0 is a directory"
[ -e /sys/class/net/v1 ] || echo "no v1 here"
ip netns exec ns1 test -d /sys/class/net/v1 && echo "v1 in ns1"
test -f /proc/sys/net/ipv4/ip_forward && echo "ip_forward is a file"
[ -e /var/run/netns/ns1 ] && echo "ns1 exists"
for n in /run/netns/*; do echo "netns file $n"; done
ip netns del ns1
[ -e /var/run/netns/ns1 ] || echo "ns1 is gone"
ls /var/run/netns
ip netns exec ns2 ls /sys/class/net
ip link del veth0
for d in /sys/class/net/*; do echo "$d"; done
