#!/bin/bash
# /sys/class/net/DEV/queues and power: rx-N and tx-N for the queues a device
# uses (a veth's default one each, the counts ip link add asked for, what
# ethtool -L leaves), their files (rps_cpus, rps_flow_cnt; traffic_class and
# xps_cpus only on a multiqueue device, tx_maxrate, tx_timeout, xps_rxqs, a
# mask as wide as the receive queues), the runtime PM files of a device that
# has none. Writes: sysfs_writes.sh.
S=/sys/class/net
dump() {
	for f in "$1"/*; do
		echo "${f#$S/}: $(cat "$f" 2>&1 | sed 's/^cat: //')"
	done
}
ip link add va type veth peer name vb
ip link add vm numtxqueues 3 numrxqueues 2 type veth peer name vn numtxqueues 4 numrxqueues 5
ip link add br0 type bridge
for d in lo va br0 vm vn; do
	echo "$d: $(ls $S/$d/queues | tr '\n' ' ')"
done
ls $S/va/power $S/va/queues/rx-0 $S/va/queues/tx-0
for d in lo va br0; do
	dump $S/$d/power
	dump $S/$d/queues/rx-0
	dump $S/$d/queues/tx-0
done
dump $S/vm/queues/tx-2
dump $S/vn/queues/tx-3
cat $S/vn/queues/rx-4/rps_cpus
ethtool -L vn rx 1 tx 2
echo "vn: $(ls $S/vn/queues | tr '\n' ' ')"
cat $S/vn/queues/rx-1/rps_cpus
ls -d $S/va/queues/rx-1 $S/va/queues/tx-01 $S/va/power/nosuch 2>&1
