# ip link set arp, multicast, allmulticast, promisc, dynamic and trailers: the
# flags as ip link shows them (DYNAMIC between DEBUG and NOTRAILERS), the
# promiscuity and allmulti counts of ip -d link (asking twice counts once),
# dev->flags in /sys, on/off errors, and carrier and protodown, which neither
# veth nor lo supports.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth0 promisc on; echo "rc=$?"
ip link set veth0 allmulticast on; echo "rc=$?"
ip link set veth0 multicast off; echo "rc=$?"
ip link set veth0 arp off; echo "rc=$?"
ip link set veth0 dynamic on; echo "rc=$?"
ip link set veth0 trailers off; echo "rc=$?"
ip link show veth0
ip -d link show veth0
ip -br link show veth0
cat /sys/class/net/veth0/flags
ip link set veth0 promisc on allmulticast on
ip -d link show veth0
ip link set veth0 promisc off
ip -d link show veth0
ip link set veth0 allmulticast off multicast on arp on dynamic off trailers on
ip link show veth0
cat /sys/class/net/veth0/flags
ip link set veth0 promisc on promisc off; echo "rc=$?"
ip link show veth0
ip link set veth0 up arp off promisc on
ip link set veth1 up
sleep 2
ip link show veth0
cat /sys/class/net/veth0/flags
ip link set veth0 down arp on promisc off
sleep 1
ip link show veth0
ip link set veth0 promisc maybe; echo "rc=$?"
ip link set veth0 arp; echo "rc=$?"
ip link set veth0 multicast 1; echo "rc=$?"
ip link set veth0 allmulticast yes; echo "rc=$?"
ip link set veth0 trailers no; echo "rc=$?"
ip link set veth0 dynamic x; echo "rc=$?"
ip link set veth0 d on; echo "rc=$?"
ip link show veth0
ip link set veth0 dyn off; echo "rc=$?"
ip link set veth0 carrier on; echo "rc=$?"
ip link set veth0 carrier off; echo "rc=$?"
ip link set veth0 carrier o; echo "rc=$?"
ip link set veth0 carrier x; echo "rc=$?"
ip link set lo carrier on; echo "rc=$?"
ip link set veth0 protodown on; echo "rc=$?"
ip link set veth0 protodown off; echo "rc=$?"
ip link set veth0 protodown maybe; echo "rc=$?"
ip link set veth0 protodown_reason 3 on; echo "rc=$?"
ip link set veth0 protodown_reason 32 on; echo "rc=$?"
ip link set veth0 protodown_reason x on; echo "rc=$?"
ip link set veth0 protodown_reason 0 maybe; echo "rc=$?"
ip link set veth0 mtu 1400 protodown on; echo "rc=$?"
ip link set veth0 mtu 1401 carrier on; echo "rc=$?"
ip link show veth0
ip link set lo arp off; echo "rc=$?"
ip link set lo promisc on multicast on; echo "rc=$?"
ip -d link show lo
ip link set lo arp on promisc off multicast off
ip -d link show lo
