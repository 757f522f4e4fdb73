# ip link set DEV vf N ...: iproute2's iplink_parse_vf (mac, vlan with qos
# and proto, 802.1ad VLAN lists, rate and the min/max rate API, spoofchk,
# query_rss, trust, state, node_guid and port_guid; any prefix of each; its
# errors and exit statuses) and the kernel's answer for devices without
# SR-IOV: do_setvfinfo refuses the first setting (EOPNOTSUPP; EINVAL for a
# VF number of INT_MAX or more, except a VLAN list), after do_setlink has
# applied what comes before VFs (name, MTU, queue length, link mode) and
# before what comes after (addrgenmode, protodown). ip link add ignores VFs.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth0 vf 0 mac 02:00:00:00:00:01 mtu 1400; echo "rc=$?"
ip link show veth0
ip link set veth0 mtu 1300 vf 0 mac 02:00:00:00:00:01 mtu 1400; echo "rc=$?"
ip link set veth0 vf 0 mac 02:00:00:00:00:01 vf 1 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set veth0 vf 0 mac 02:00:00:00:00:01:02; echo "rc=$?"
ip link set veth0 vf 0 mac zz; echo "rc=$?"
ip link set veth0 vf 0 vlan 4096; echo "rc=$?"
ip link set veth0 vf 0 vlan 5 qos x; echo "rc=$?"
ip link set veth0 vf 0 vlan 5 qos 3 proto 802.1ad; echo "rc=$?"
ip link set veth0 vf 0 vlan 5 proto ip; echo "rc=$?"
ip link set veth0 vf 0 vlan 5 proto foo; echo "rc=$?"
ip link set veth0 vf 0 vlan 5 proto 802.1ad vlan 6; echo "rc=$?"
ip link set veth0 vf 0 rate x; echo "rc=$?"
ip link set veth0 vf 0 rate 10; echo "rc=$?"
ip link set veth0 vf 0 min_tx_rate 10; echo "rc=$?"
ip link set veth0 vf 0 max_tx_rate 5 min_tx_rate 10; echo "rc=$?"
ip link set veth0 vf 0 max_tx_rate 0 min_tx_rate 10; echo "rc=$?"
ip link set veth0 vf 0 max_tx_rate x; echo "rc=$?"
ip link set veth0 vf 0 min_tx_rate -1; echo "rc=$?"
ip link set veth0 vf 0 spoofchk maybe; echo "rc=$?"
ip link set veth0 vf 0 query_rss of; echo "rc=$?"
ip link set veth0 vf 0 state x; echo "rc=$?"
ip link set veth0 vf 0 state a; echo "rc=$?"
ip link set veth0 vf 0 node_guid 00:11:22:33:44:55:66:77; echo "rc=$?"
ip link set veth0 vf 0 port_guid 00:11:22:33:44:55:66; echo "rc=$?"
ip link set veth0 vf -1 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set veth0 vf x mac 02:00:00:00:00:01; echo "rc=$?"
ip link set vf 0 mac 02:00:00:00:00:01 dev veth0; echo "rc=$?"
ip link set nosuch vf 0 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set nosuch vf 0 min_tx_rate 1; echo "rc=$?"
ip link set nosuch vf 0 mac 02:00; echo "rc=$?"
ip link set veth0 vf 0 mac 02:00; echo "rc=$?"
ip link add v2 vf 0 mac 02:00:00:00:00:01 type veth; echo "rc=$?"
ip link set veth0 vf 0 mac 02:00:00:00:00:01 m; echo "rc=$?"
ip link set veth0 vf 0 m 02:00:00:00:00:01 vl 3 q 2 p 802.1Q r 1 sp on qu on t on st en; echo "rc=$?"
ip link set name veth0 vf 0 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set veth0 name veth5 vf 0 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set veth0 vf 0 trust on name veth5; echo "rc=$?"
ip link set group 0 vf 0 trust on; echo "rc=$?"
ip link set veth5 name veth0
echo "vf -1 mac 02:00:00:00:00:01"; ip link set veth0 vf -1 mac 02:00:00:00:00:01
echo "vf -1 vlan 3"; ip link set veth0 vf -1 vlan 3
echo "vf -1 vlan 3 proto 802.1ad"; ip link set veth0 vf -1 vlan 3 proto 802.1ad
echo "vf -1 rate 3"; ip link set veth0 vf -1 rate 3
echo "vf -1 max_tx_rate 3"; ip link set veth0 vf -1 max_tx_rate 3
echo "vf -1 spoofchk on"; ip link set veth0 vf -1 spoofchk on
echo "vf -1 state auto"; ip link set veth0 vf -1 state auto
echo "vf -1 query_rss on"; ip link set veth0 vf -1 query_rss on
echo "vf -1 trust on"; ip link set veth0 vf -1 trust on
echo "vf -1 node_guid 00:11:22:33:44:55:66:77"; ip link set veth0 vf -1 node_guid 00:11:22:33:44:55:66:77
echo "vf -1 port_guid 00:11:22:33:44:55:66:77"; ip link set veth0 vf -1 port_guid 00:11:22:33:44:55:66:77
echo "vf -1 trust on mac 02:00:00:00:00:01"; ip link set veth0 vf -1 trust on mac 02:00:00:00:00:01
echo "vf -1 vlan 3 proto 802.1ad mac 02:00:00:00:00:01"; ip link set veth0 vf -1 vlan 3 proto 802.1ad mac 02:00:00:00:00:01
echo "vf 2147483647 mac 02:00:00:00:00:01"; ip link set veth0 vf 2147483647 mac 02:00:00:00:00:01
echo "vf 2147483647 vlan 3"; ip link set veth0 vf 2147483647 vlan 3
echo "vf 2147483647 vlan 3 proto 802.1ad"; ip link set veth0 vf 2147483647 vlan 3 proto 802.1ad
echo "vf 2147483647 rate 3"; ip link set veth0 vf 2147483647 rate 3
echo "vf 2147483647 max_tx_rate 3"; ip link set veth0 vf 2147483647 max_tx_rate 3
echo "vf 2147483647 spoofchk on"; ip link set veth0 vf 2147483647 spoofchk on
echo "vf 2147483647 state auto"; ip link set veth0 vf 2147483647 state auto
echo "vf 2147483647 query_rss on"; ip link set veth0 vf 2147483647 query_rss on
echo "vf 2147483647 trust on"; ip link set veth0 vf 2147483647 trust on
echo "vf 2147483647 node_guid 00:11:22:33:44:55:66:77"; ip link set veth0 vf 2147483647 node_guid 00:11:22:33:44:55:66:77
echo "vf 2147483647 port_guid 00:11:22:33:44:55:66:77"; ip link set veth0 vf 2147483647 port_guid 00:11:22:33:44:55:66:77
echo "vf 2147483647 trust on mac 02:00:00:00:00:01"; ip link set veth0 vf 2147483647 trust on mac 02:00:00:00:00:01
echo "vf 2147483647 vlan 3 proto 802.1ad mac 02:00:00:00:00:01"; ip link set veth0 vf 2147483647 vlan 3 proto 802.1ad mac 02:00:00:00:00:01
ip link set veth0 vf 0 min_tx_rate 10 max_tx_rate 0; echo "rc=$?"
ip link set veth0 vf 0 rate 10 max_tx_rate 5 min_tx_rate 6; echo "rc=$?"
ip link set veth0 vf 0 max_tx_rate 5 rate 10 min_tx_rate 6; echo "rc=$?"
ip link set veth0 vf 0 min_tx_rate 6 rate 5; echo "rc=$?"
ip link set veth0 vf 0 min_tx_rate 6 rate 7; echo "rc=$?"
ip link set veth0 vf 0 vlan 3 vlan 4; echo "rc=$?"
ip link set veth0 vf 0 vlan 3 qos 1 proto 802.1Q mac 02:00:00:00:00:01 mtu 1290; echo "rc=$?"
ip link set veth0 vf 0 vlan 3 proto 802.1Q qos 1; echo "rc=$?"
ip link set veth0 vf 0 state enable x; echo "rc=$?"
ip link set veth0 vf 0 mac 02:00:00:00:00:01 addrgenmode none; echo "rc=$?"
ip -d link show veth0
ip link set veth0 vf 0 mac 02:00:00:00:00:01 protodown on; echo "rc=$?"
ip link set veth0 vf 0 mac 02:00:00:00:00:01 mode dormant txqlen 5 state up; echo "rc=$?"
ip link show veth0
ip link set veth0 vf 0 rate 1 max_tx_rate 3 min_tx_rate 0x10; echo "rc=$?"
ip link set veth0 vf 0 vlan 1 proto 0x88a8 vlan 2 qos 1 proto 0x8100 vlan 3; echo "rc=$?"
ip link set veth0 vf 0 vlan 1 proto 33024; echo "rc=$?"
ip link set veth0 vf 0 vlan 1 proto IPV6; echo "rc=$?"
ip link set veth0 vf 0 vlan 1 proto 70000; echo "rc=$?"
ip link set veth0 vf 0 vlan 1 proto; echo "rc=$?"
ip link set veth0 vf 0 vlan; echo "rc=$?"
ip link set veth0 vf 0 vlan 1 qos; echo "rc=$?"
ip link set veth0 vf 0 node_guid 0:11:22:33:44:55:66:777; echo "rc=$?"
ip link set veth0 vf 0 node_guid 00:11:22:33:44:55:66:7g; echo "rc=$?"
ip link set veth0 vf 0 node_guid 00-11:22:33:44:55:66:77; echo "rc=$?"
ip link set veth0 vf 0 max_tx_rate 3 mtu 1300; echo "rc=$?"
ip link show veth0
ip link set veth0 vf 0 trust on mtu 1200 m; echo "rc=$?"
ip link del veth0 vf 0 mac 02:00:00:00:00:01; echo "rc=$?"
ip link set lo vf 0 trust on; echo "rc=$?"
ip -br link
