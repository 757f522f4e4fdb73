#!/bin/bash
# A bridge through sysfs, as older tutorials and test setups use it: the
# bridge's settings under /sys/class/net/br0/bridge, its ports under brif,
# each port's brport directory, the master, upper_ and lower_ links, writes
# that change the bridge and its ports (and the kernel's refusals), and the
# directories going away with the port.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:10 type veth peer name veth0p address 02:00:00:00:00:11
ip link add veth1 address 02:00:00:00:00:20 type veth peer name veth1p address 02:00:00:00:00:21
ip link set veth0 master br0
ip link set veth1 master br0
ip link set br0 up
ip link set veth0 up
ip link set veth0p up
ip link set veth1 up
ip link set veth1p up
ls /sys/class/net/br0
ls /sys/class/net/br0/bridge
ls /sys/class/net/br0/brif
ls /sys/class/net/veth0
ls /sys/class/net/veth0/brport
ls /sys/class/net/br0/brif/veth1
B=/sys/class/net/br0/bridge
cat $B/ageing_time $B/forward_delay $B/hello_time $B/max_age $B/stp_state $B/priority $B/bridge_id $B/root_id $B/root_port
cat $B/root_path_cost $B/topology_change $B/group_addr $B/group_fwd_mask $B/multicast_snooping $B/no_linklocal_learn $B/multicast_querier $B/hash_max $B/nf_call_iptables
P=/sys/class/net/veth1/brport
cat $P/state $P/port_no $P/port_id $P/path_cost $P/priority $P/designated_bridge $P/designated_root $P/designated_port $P/designated_cost $P/hairpin_mode
cat $P/learning $P/unicast_flood $P/multicast_flood $P/broadcast_flood $P/isolated $P/proxyarp $P/neigh_suppress $P/multicast_router $P/group_fwd_mask $P/backup_port
cat /sys/class/net/br0/brif/veth0/port_no
cat /sys/class/net/br0/bridge/flush
echo 1 > /sys/class/net/br0/bridge/bridge_id
echo 1500 > /sys/class/net/br0/bridge/ageing_time
echo 400 > /sys/class/net/br0/bridge/forward_delay
echo 50 > /sys/class/net/br0/bridge/hello_time
echo 0x4000 > /sys/class/net/br0/bridge/priority
echo 1 > /sys/class/net/br0/bridge/group_fwd_mask
echo 0x8 > /sys/class/net/br0/bridge/group_fwd_mask
echo 0 > /sys/class/net/br0/bridge/multicast_snooping
echo 1 > /sys/class/net/br0/bridge/no_linklocal_learn
echo x > /sys/class/net/br0/bridge/max_age
cat /sys/class/net/br0/bridge/ageing_time /sys/class/net/br0/bridge/forward_delay /sys/class/net/br0/bridge/hello_time
cat /sys/class/net/br0/bridge/group_fwd_mask /sys/class/net/br0/bridge/multicast_snooping /sys/class/net/br0/bridge/no_linklocal_learn
bridge -d link show dev veth0
cat /sys/class/net/br0/bridge/bridge_id
echo 1 > /sys/class/net/veth1/brport/hairpin_mode
echo 0 > /sys/class/net/veth1/brport/learning
echo 1 > /sys/class/net/veth1/brport/isolated
echo 7 > /sys/class/net/veth1/brport/priority
echo 64 > /sys/class/net/veth1/brport/priority
echo 0 > /sys/class/net/veth1/brport/path_cost
echo 250 > /sys/class/net/veth1/brport/path_cost
echo 2 > /sys/class/net/veth1/brport/state
bridge -d link show dev veth1
cat /sys/class/net/veth1/brport/port_id
echo 1 > /sys/class/net/veth1/brport/flush
echo 1 > /sys/class/net/br0/bridge/stp_state
cat /sys/class/net/br0/bridge/stp_state
ip link show type bridge
ip link set veth1 nomaster
ls /sys/class/net/br0/brif
ls /sys/class/net/veth1
cat /sys/class/net/veth1/brport/state
ip link del br0
ls /sys/class/net/veth0
