# Bridge ports: carrier and operstate following the ports, MTU and MAC choice, master errors, bridge attributes.
ip link add br0 type bridge
ip link show br0
ip link set br0 up
ip link show br0
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link show br0
bridge link
ip link set v0 up
ip link show br0
bridge link
ip link set v1 up
sleep 1
ip link show br0
bridge link
ip link set v0 mtu 1400
ip link show br0
ip link set br0 mtu 1300
ip link show br0
ip link show v0
ip link set br0 mtu 1600; echo rc=$?
ip link set v0 master v1; echo rc=$?
ip link set lo master br0; echo rc=$?
ip link set br0 master br0; echo rc=$?
ip link add br1 type bridge
ip link set br1 master br0; echo rc=$?
ip link set v0 master br1; echo rc=$?
bridge link
ip link set v0 nomaster
ip link set v0 nomaster; echo rc=$?
ip link show br0
ip link show br1
ip link add br2 type bridge vlan_filtering 1; echo rc=$?
ip link add br2 type bridge ageing_time 1000 stp_state 0 forward_delay 400 priority 100 mcast_snooping 0; echo rc=$?
ip -d link show br2
ip link set br2 type bridge ageing_time 2000; echo rc=$?
ip link set br2 type bridge hello_time 50; echo rc=$?
ip link set br2 type bridge max_age 5000; echo rc=$?
ip link set br2 type bridge group_fwd_mask 1; echo rc=$?
ip -d link show br2
ip link add br3 type bridge foo 1; echo rc=$?
ip link add br3 type bridge forward_delay 1; echo rc=$?
ip link add br4 type bridge ageing_time x; echo rc=$?
ip link add br5 type bridge hello_time 5; echo rc=$?
ip link show br5; echo rc=$?
ip link del br2
ip link del br1
ip link del br3
ip link add br0x type bridge
ip link set br0x address 02:00:00:00:00:01
ip link set v0 master br0x
ip link show br0x
ip link set v0 nomaster
ip link show br0x
ip link del br0
ip link del br0x
ip link show v0
bridge fdb show
