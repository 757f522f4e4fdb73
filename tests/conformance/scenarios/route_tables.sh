# Routing tables other than main and local: made by the first route (even one
# refused), dumped in the kernel's hash order, missing ones an error; table 0 is
# main; add, append, prepend, change, test, replace and delete in a table.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip addr add 10.2.2.1/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip route show table 100; echo "rc=$?"
ip route show table default; echo "rc=$?"
ip route show table unspec
ip route show table 0
ip route show table bogus; echo "rc=$?"
ip route del 10.9.0.0/16 table 100; echo "rc=$?"
ip route add 10.9.0.0/16 dev veth0 table 100
ip route add 10.9.0.0/16 dev veth1 table 356
ip route add default via 10.2.2.2 table 356
ip route add 10.9.0.0/16 dev veth1 table 4294967295
ip route add 10.9.0.0/16 dev veth1 table 4294967296; echo "rc=$?"
ip route add local 10.9.9.9 dev veth1 table 200
ip route add 10.8.0.0/16 dev veth1 table default
ip route add 10.6.0.0/16 via 10.99.0.1 table 55; echo "rc=$?"
ip route add 10.7.0.0/16 dev veth0 table 0
ip route show table 55; echo "rc=$?"
ip route show table 100
ip route show table 356
ip route show table 4294967295
ip route show table all
ip route show table all 10.9.0.0/16
ip route show table all type local
ip route show table all dev veth1 scope link
ip route del 10.9.0.0/16 table 100
ip route show table 100; echo "rc=$?"
ip route del 10.9.0.0/16 table 356 dev veth0; echo "rc=$?"
ip route add 10.30.0.0/16 via 10.1.1.2 table 30
ip route add 10.30.0.0/16 via 10.1.1.3 table 30; echo "rc=$?"
ip route append 10.30.0.0/16 via 10.1.1.3 table 30; echo "rc=$?"
ip route append 10.30.0.0/16 via 10.1.1.3 table 30; echo "rc=$?"
ip route prepend 10.30.0.0/16 via 10.1.1.4 table 30; echo "rc=$?"
ip route append 10.30.0.0/16 via 10.1.1.5 metric 3 table 30; echo "rc=$?"
ip route prepend 10.30.0.0/16 via 10.1.1.6 metric 3 table 30; echo "rc=$?"
ip route show table 30
ip route change 10.30.0.0/16 via 10.1.1.7 table 30; echo "rc=$?"
ip route chg 10.31.0.0/16 via 10.1.1.7 table 30; echo "rc=$?"
ip route test 10.30.0.0/16 via 10.1.1.7 table 30; echo "rc=$?"
ip route test 10.32.0.0/16 via 10.1.1.7 table 30; echo "rc=$?"
ip route replace 10.30.0.0/16 via 10.1.1.2 table 30; echo "rc=$?"
ip route replace 10.30.0.0/16 via 10.1.1.7 table 30; echo "rc=$?"
ip route replace 10.33.0.0/16 via 10.1.1.7 table 30; echo "rc=$?"
ip route show table 30
ip route del 10.30.0.0/16 via 10.1.1.2 table 30; echo "rc=$?"
ip route del 10.30.0.0/16 metric 3 table 30; echo "rc=$?"
ip route del 10.30.0.0/16 dev lo table 30; echo "rc=$?"
ip route del 10.30.0.0/16 proto static table 30; echo "rc=$?"
ip route del 10.30.0.0/16 proto boot table 30; echo "rc=$?"
ip route del 10.30.0.0/16 table 30; echo "rc=$?"
ip route show table 30
ip route flush table 30
ip route show table 30; echo "rc=$?"
ip link set veth1 down
ip route show table all
ip route get 10.9.1.1
