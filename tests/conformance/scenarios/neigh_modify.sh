# ip neigh add/replace/change/del/flush: EXCL and REPLACE rules, PERMANENT and router by change, lladdr parsing and its errors, missing dev or address, unknown device, bad nud, duplicates, flush rounds with -s and -s -s ("Round N", "Nothing to flush"), flush of NOARP only by name, IPv6 refused on a device without it.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
sleep 1.3
ip neigh add 10.1.1.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh add 10.1.1.2 lladdr 02:00:00:00:00:02 dev veth0; echo rc=$?
ip neigh replace 10.1.1.2 lladdr 02:00:00:00:00:12 dev veth0 nud stale
ip neigh show 10.1.1.2
ip neigh change 10.1.1.3 lladdr 02:00:00:00:00:12 dev veth0; echo rc=$?
ip neigh add 10.1.1.3 lladdr 02:00:00:00:00:03 dev veth0 nud stale
ip neigh add 10.1.1.3 lladdr 02:00:00:00:00:13 dev veth0 nud reachable; echo rc=$?
ip neigh change 10.1.1.3 dev veth0 nud reachable; echo rc=$?
ip neigh show 10.1.1.3
ip neigh change 10.1.1.3 lladdr 02:00:00:00:00:13 dev veth0 nud permanent router
ip neigh show 10.1.1.3
ip neigh replace 10.1.1.3 lladdr 02:00:00:00:00:23 dev veth0 nud stale
ip neigh show 10.1.1.3
ip neigh add 10.1.1.4 lladdr 02:00:00 dev veth0; echo rc=$?
ip neigh add 10.1.1.4 lladdr 02:00:00:00:00:00:00:00 dev veth0; echo rc=$?
ip neigh show 10.1.1.4
ip neigh add 10.1.1.4 lladdr 02:xx:00:00:00:00 dev veth0; echo rc=$?
ip neigh add 10.1.1.4 lladdr 1.2.3.4 dev veth0; echo rc=$?
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05; echo rc=$?
ip neigh add 10.1.1.5 dev veth0 nud reachable; echo rc=$?
ip neigh show nud all
ip neigh add 10.1.1.5; echo rc=$?
ip neigh add lladdr 02:00:00:00:00:05 dev veth0; echo rc=$?
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev nosuch; echo rc=$?
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev veth0 nud foo; echo rc=$?
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev veth0 lladdr 02:00:00:00:00:06; echo rc=$?
ip neigh add 10.1.1.5 10.1.1.6 dev veth0; echo rc=$?
ip neigh add 10.1.1.5 dev veth0 vrf x; echo rc=$?
ip neigh add 300.1.1.5 dev veth0; echo rc=$?
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev veth0 nud; echo rc=$?
ip neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev lo; echo rc=$?
ip neigh del 10.1.1.9 dev veth0; echo rc=$?
ip neigh del 10.1.1.9; echo rc=$?
ip neigh del proxy 10.1.1.9; echo rc=$?
ip neigh add proxy 10.1.1.9 dev veth0
ip neigh del proxy 10.1.1.9 dev veth0; echo rc=$?
ip neigh add 10.1.1.6 lladdr 02:00:00:00:00:06 dev veth0 nud stale
ip neigh add 10.1.1.7 lladdr 02:00:00:00:00:07 dev veth0 nud noarp
ip neigh flush; echo rc=$?
ip -s neigh flush dev veth0; echo rc=$?
ip -s neigh flush dev veth0; echo rc=$?
ip neigh show nud all
ip -s -s neigh flush nud all; echo rc=$?
ip neigh show nud all
ip neigh flush nud permanent
ip neigh show nud all
ip neigh add 10.1.1.8 lladdr 02:00:00:00:00:08 dev veth0 nud reachable
ip -s neigh flush to 10.1.1.0/24 nud reachable
ip neigh flush dev nosuch; echo rc=$?
ip neigh show nud all
ip neigh foo; echo rc=$?
ip neigh help; echo rc=$?
ip neigh add ::1 lladdr 02:00:00:00:00:05 dev veth0; echo rc=$?
ip -6 neigh add 10.1.1.5 lladdr 02:00:00:00:00:05 dev veth0; echo rc=$?
