# The input path (ip route get ... iif): martian and reverse-path checks with rp_filter
# 0, 1 and 2 and with rules, accept_local, and when forwarding back out the same
# device earns the sender a redirect (only for a directly connected source).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
sysctl -qw net.ipv4.ip_forward=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip addr add 10.2.2.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip route add 10.3.0.0/16 via 10.1.1.2
ip route add 10.4.0.0/16 via 10.2.2.2 table 4
ip route get 10.3.3.3 from 10.1.1.9 iif veth0
ip route get 10.3.3.3 from 10.1.1.1 iif veth0; echo "rc=$?"
ip route get 10.3.3.3 from 10.2.2.9 iif veth0; echo "rc=$?"
ip route get 10.3.3.3 from 10.9.9.9 iif veth0; echo "rc=$?"
sysctl -qw net.ipv4.conf.all.rp_filter=1
ip route get 10.3.3.3 from 10.2.2.9 iif veth0; echo "rc=$?"
ip route get 10.3.3.3 from 10.9.9.9 iif veth0; echo "rc=$?"
ip route get 10.1.1.1 from 10.2.2.9 iif veth0; echo "rc=$?"
ip rule add from 10.3.0.0/16 lookup 4 pref 5
ip rule add iif veth1 lookup 4 pref 6
ip route get 10.4.4.4 from 10.3.3.3 iif veth0; echo "rc=$?"
ip route get 10.4.4.4 from 10.2.2.9 iif veth1; echo "rc=$?"
ip route get 10.2.2.7 from 10.4.4.4 iif veth1; echo "rc=$?"
sysctl -qw net.ipv4.conf.all.rp_filter=2
ip route get 10.2.2.7 from 10.4.4.4 iif veth1; echo "rc=$?"
ip route get 10.2.2.7 from 10.99.4.4 iif veth1; echo "rc=$?"
sysctl -qw net.ipv4.conf.all.rp_filter=0
ip route get 10.1.1.1 from 10.1.1.1 iif veth0; echo "rc=$?"
ip route get 10.2.2.1 from 10.1.1.1 iif veth1; echo "rc=$?"
sysctl -qw net.ipv4.conf.all.accept_local=1
ip route get 10.2.2.1 from 10.1.1.1 iif veth1; echo "rc=$?"
