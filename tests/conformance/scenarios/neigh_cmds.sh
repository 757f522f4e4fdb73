# ip neigh add/replace/change/del/flush/show, INCOMPLETE and FAILED entries.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
sleep 2
ip neigh add 10.1.1.9 lladdr 02:00:00:00:00:09 dev veth0
ip neigh show
ip neigh add 10.1.1.8 dev veth0; echo "rc=$?"
ip neigh add 10.1.1.8 dev veth0 nud stale lladdr 02:00:00:00:00:08
ip neigh show dev veth0
ip neigh replace 10.1.1.8 lladdr 02:00:00:00:00:07 dev veth0
ip neigh show 10.1.1.8
ip neigh change 10.1.1.8 lladdr 02:00:00:00:00:06 dev veth0 nud reachable
ip neigh show 10.1.1.8
ip neigh add 10.1.1.8 lladdr 02:00:00:00:00:08 dev veth0; echo "rc=$?"
ip neigh del 10.1.1.9 dev veth0
ip neigh del 10.1.1.9 dev veth0; echo "rc=$?"
ip neigh add 10.1.1.5 lladdr zz dev veth0; echo "rc=$?"
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05; echo "rc=$?"
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev nosuch; echo "rc=$?"
ip neigh flush; echo "rc=$?"
ip neigh flush dev veth0
ip neigh
ping -c 1 -W 1 10.1.1.7 > /dev/null; echo "rc=$?"
ip neigh
sleep 3
ip neigh
ip neigh add 10.1.1.6 lladdr 02:00:00:00:00:06 dev veth0
ip neigh flush dev veth0
ip neigh
ip neigh flush all
ip neigh
