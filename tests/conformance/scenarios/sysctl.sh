# sysctl and /proc/sys: defaults, all/default/device rules, ip_forward, errors,
# and what a new namespace inherits.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
# ns1 is made before root's knobs change: on the kernel it copies the host's
# initial namespace, which the test cannot touch.
ip netns add ns1
ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.all.rp_filter
sysctl -n net.ipv4.ip_forward
sysctl net/ipv4/conf/veth1/accept_local
sysctl -a -r 'conf\.(all|default|veth0)\.(accept_local|rp_filter|arp_ignore|arp_announce|arp_filter|arp_accept|forwarding|log_martians)$'
sysctl -a -r 'ipv6\.conf\.(all|default|veth1)\.disable_ipv6$'
sysctl -a -r 'ipv4\.conf\.veth1\.'
cat /proc/sys/net/ipv4/conf/veth1/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
cat /proc/sys/net/ipv4/conf/veth1/accept_local
sysctl -w net.ipv4.conf.all.rp_filter=2
sysctl -w net.ipv4.conf.default.arp_ignore=1
sysctl -w net.ipv4.conf.veth0.arp_announce=2
sysctl -w net.ipv4.conf.default.arp_announce=1
sysctl net.ipv4.conf.veth0.arp_ignore net.ipv4.conf.veth1.arp_ignore net.ipv4.conf.lo.arp_ignore
sysctl net.ipv4.conf.veth0.arp_announce net.ipv4.conf.veth1.arp_announce
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.arp_ignore net.ipv4.conf.veth2.rp_filter
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.veth0.forwarding
sysctl -w net.ipv4.conf.all.forwarding=0
sysctl net.ipv4.ip_forward net.ipv4.conf.veth3.forwarding
sysctl -q -w net.ipv4.conf.veth0.log_martians=1
sysctl net.ipv4.conf.veth0.log_martians
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
cat /proc/sys/net/ipv4/conf/all/rp_filter
sysctl -w net.ipv4.conf.all.rp_filter=5
sysctl -w net.ipv4.conf.all.rp_filter=abc; echo "rc=$?"
sysctl net.ipv4.conf.nosuch.rp_filter; echo "rc=$?"
sysctl -w net.ipv4.conf.nosuch.rp_filter=1; echo "rc=$?"
sysctl -e net.ipv4.conf.nosuch.rp_filter; echo "rc=$?"
sysctl -w net.ipv4.ip_forward; echo "rc=$?"
sysctl; echo "rc=$?"
echo abc > /proc/sys/net/ipv4/ip_forward; echo "rc=$?"
echo 1 > /proc/sys/net/ipv4/conf/nosuch/rp_filter; echo "rc=$?"
cat /proc/sys/net/ipv4/conf/nosuch/rp_filter; echo "rc=$?"
cat /proc/sys/net/ipv4/conf/; echo "rc=$?"
ip netns exec ns1 sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter
ip netns exec ns1 sysctl net.ipv4.conf.all.accept_local net.ipv4.conf.default.arp_ignore net.ipv4.ip_forward
ip netns exec ns1 sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.default.disable_ipv6
ip netns exec ns1 cat /proc/sys/net/ipv4/conf/lo/rp_filter
ip netns exec ns1 sysctl -w net.ipv4.conf.lo.rp_filter=0
sysctl net.ipv4.conf.lo.rp_filter
ip link set veth1 netns ns1
ip netns exec ns1 sysctl net.ipv4.conf.veth1.accept_local net.ipv4.conf.veth1.rp_filter
ip netns del ns1
