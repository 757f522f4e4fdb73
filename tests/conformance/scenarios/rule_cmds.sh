# ip rule add|del|show|flush: the default rules, preferences chosen by the kernel,
# every printed form, the kernel's equality and matching rules, devices that come
# and go, the list selectors, -d, and the errors.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip rule
ip rule list
ip -6 rule
ip -6 rule show table main
ip -d -6 rule
ip rule show table main
ip rule list pref 0
ip rule add from 10.0.0.0/8 lookup 100 pref 100
ip rule add from 10.0.0.0/8 lookup 100 pref 100; echo "rc=$?"
ip rule add from 10.0.0.1/8 lookup 100 pref 101; echo "rc=$?"
ip rule add from 10.0.0.1 to 192.168.0.0/16 iif veth0 oif veth1 lookup main pref 102
ip rule add iif nosuch0 oif nosuch1 table local pref 103
ip rule add not to 1.2.3.4/32 pref 104 table 5
ip rule add pref 105 nop
ip rule add pref 106 goto 110
ip rule add pref 107 goto 200
ip rule add pref 108 fwmark 0x10/0xf0 lookup 9 proto static
ip rule add pref 109 lookup main suppress_prefixlength 0
ip rule add pref 110 lookup 4294967295 proto kernel
ip rule add pref 111 lookup 0; echo "rc=$?"
ip rule add pref 112 table 256 proto 77
ip rule add pref 113 type blackhole
ip rule add pref 114 fwmark 0 lookup 7
ip rule add pref 115 fwmark 0/0 lookup 7
ip rule add pref 116 fwmark 0xffffffff lookup 7
ip rule add pref 117 from 0/0 to 0.0.0.0/0 lookup 7
ip rule add pref 118 from default lookup 7
ip rule add pref 119 from all lookup 7
ip rule add pref 120 throw; echo "rc=$?"
ip rule add pref 121 goto 50; echo "rc=$?"
ip rule add pref 122 goto 122; echo "rc=$?"
ip rule add pref 123 lookup default
ip rule add pref 124 unicast; echo "rc=$?"
ip rule add pref 125 local; echo "rc=$?"
ip rule add pref 126 table 7 blackhole; echo "rc=$?"
ip rule add pref 127 fwmark 5 lookup 3
ip rule add pref 128 fwmark 0x5/0xffffffff lookup 3
ip rule add pref 129 prohibit
ip rule add order 130 unreachable
ip rule add priority 131 from 10.0.0.0/33 lookup 3; echo "rc=$?"
ip rule add pref 131 iif "" lookup 3; echo "rc=$?"
ip rule add pref 131 iif a/b lookup 3; echo "rc=$?"
ip rule add pref 131 oif 0123456789abcdef lookup 3; echo "rc=$?"
ip rule add pref x lookup 3; echo "rc=$?"
ip rule add pref 131 lookup nosuch; echo "rc=$?"
ip rule add pref 131 bogus; echo "rc=$?"
ip rule add pref 131 fwmark zz lookup 3; echo "rc=$?"
ip rule add pref 131 fwmark 1/zz lookup 3; echo "rc=$?"
ip rule add pref 131 goto; echo "rc=$?"
ip rule add pref 131 suppress_prefixlength -1; echo "rc=$?"
ip rule add; echo "rc=$?"
ip rule del; echo "rc=$?"
ip rule bogus; echo "rc=$?"
ip rule
ip -d rule
ip rule show from 10.0.0.0/8
ip rule show from 10.0.0.0/16
ip rule show from all
ip rule show to 192.168.0.0/16
ip rule show 192.168.0.0
ip rule show iif veth0
ip rule show dev veth0
ip rule show oif veth1
ip rule show not
ip rule show fwmark 0x10
ip rule show fwmark 0x10/0xf0
ip rule show fwmark 5
ip rule show table 7
ip rule show lookup main
ip rule show proto static
ip rule show pref 110
ip rule show from 1.2.3.4/40; echo "rc=$?"
ip link set veth0 name vethX
ip rule show pref 102
ip link set vethX name veth0
ip rule show pref 102
ip link add nosuch0 type veth peer name nosuch1
ip rule show pref 103
ip link del veth0
ip rule show pref 102
ip rule show pref 103
ip rule del pref 110
ip rule show pref 106
ip rule add pref 110 lookup 3
ip rule show pref 106
ip rule del pref 106
ip rule del pref 107
ip rule del pref 107; echo "rc=$?"
ip rule del from 10.0.0.1/8
ip rule del lookup 7
ip rule del fwmark 0x10
ip rule del fwmark 0x10/0xf0
ip rule show
ip rule flush proto static
ip rule flush proto kernel
ip rule
ip rule flush
ip rule
ip rule flush
ip rule
ip rule del pref 0
ip rule; echo "rc=$?"
ip rule add lookup main
ip rule add lookup main
ip rule add lookup local
ip rule
ip rule add pref 140 type nat; echo "rc=$?"
ip rule add pref 141 type anycast; echo "rc=$?"
ip rule add pref 142 type 200 lookup 5; echo "rc=$?"
ip rule add pref 143 type xresolve; echo "rc=$?"
ip rule add pref 144 type broadcast; echo "rc=$?"
ip rule
ip route get 1.2.3.4; echo "rc=$?"
