#!/bin/bash
# /sys/class/net/DEV's addr_assign_type (NET_ADDR_PERM 0, RANDOM 1, SET 3)
# and name_assign_type (ENUM 1, PREDICTABLE 2, USER 3, RENAMED 4) for lo,
# veth pairs named by the kernel or the user, with and without an address,
# after ip link set address/name, moved to another namespace, and a bridge
# whose address follows its ports until one is set; uevent; the NAPI knobs
# (gro_flush_timeout, napi_defer_hard_irqs, threaded). Writes: sysfs_writes.sh.
S=/sys/class/net
show() {
	for d in "$@"; do
		echo "$d: addr $(cat $S/$d/addr_assign_type) name $(cat $S/$d/name_assign_type) $(cat $S/$d/address)"
	done
}
ip link add type veth
ip link add va type veth peer name vb
ip link add vc address 02:00:00:00:00:01 type veth peer name vd address 02:00:00:00:00:02
ip link add ve address 02:00:00:00:00:03 type veth
show lo veth0 veth1 va vb vc vd ve veth2
ip link set va address 02:00:00:00:00:0a
ip link set vb address "$(cat $S/vb/address)"
ip link set veth0 name vx
ip link set vx name veth0
ip link set veth1 name veth1
show va vb veth0 veth1
ip netns add ns1
ip link set vd netns ns1
ip netns exec ns1 bash -c 'echo "vd in ns1: $(cat /sys/class/net/vd/addr_assign_type) $(cat /sys/class/net/vd/name_assign_type) $(cat /sys/class/net/vd/ifindex)"; cat /sys/class/net/vd/uevent'
ip link add br0 type bridge
ip link add br1 address 02:00:00:00:00:33 type bridge
show br0 br1
ip link set va master br0
show br0
ip link set veth1 master br0
show br0
ip link set va nomaster
ip link set veth1 nomaster
show br0
ip link set br0 address 02:00:00:00:00:44
ip link set vc master br0
show br0
cat $S/lo/uevent $S/br0/uevent $S/vc/uevent
for f in gro_flush_timeout napi_defer_hard_irqs threaded; do
	echo "$f: $(cat $S/lo/$f) $(cat $S/va/$f) $(cat $S/br0/$f)"
done
