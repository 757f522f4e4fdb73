# ip neigh show: which states each selector lists (NOARP and NONE only with nud all or by name, extern_learn always), proxy entries, to PREFIX, dev, unused, proto, master/vrf/nomaster refusals, -s statistics, -br, -4/-6, and ip neigh get with its errors.
# A proxy entry without a device is deleted before the end: Linux keeps one past its namespace.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
sleep 1.3
ip neigh add 10.1.1.2 lladdr 02:00:00:00:00:02 dev veth0 nud reachable
ip neigh add 10.1.1.3 lladdr 02:00:00:00:00:03 dev veth0 nud stale
ip neigh add 10.1.1.4 lladdr 02:00:00:00:00:04 dev veth0 nud noarp
ip neigh add 10.1.1.5 dev veth0 nud incomplete
ip neigh add 10.1.1.6 lladdr 02:00:00:00:00:06 dev veth0 nud failed
ip neigh add 10.1.1.7 dev veth0 nud none
ip neigh add 10.1.1.8 lladdr 02:00:00:00:00:08 dev veth0 router
ip neigh add 10.1.1.9 lladdr 02:00:00:00:00:09 dev veth0 extern_learn nud stale
ip neigh add 10.1.1.10 lladdr 02:00:00:00:00:0a dev veth0 nud permanent proto static
ip neigh add proxy 10.1.1.50 dev veth0
ip neigh add proxy 10.1.1.51 dev lo
echo --- default; ip neigh
echo --- all; ip neigh show nud all
echo --- noarp; ip neigh show nud noarp
echo --- none; ip neigh show nud none
echo --- perm; ip neigh show nud permanent nud stale
echo --- proxy; ip neigh show proxy
echo --- to; ip neigh show to 10.1.1.8/30
echo --- dev; ip neigh show dev veth0 nud reachable
echo --- -s; ip -s neigh show 10.1.1.2
ip -s neigh show 10.1.1.10
ip -4 neigh show nud all dev veth0
ip -6 neigh show nud all; echo rc=$?
ip neigh show nomaster 10.1.1.2
ip neigh show vrf veth0; echo rc=$?
ip neigh show vrf nosuch; echo rc=$?
ip neigh show master veth0; echo rc=$?
ip neigh show master nosuch; echo rc=$?
ip neigh show nud bogus; echo rc=$?
ip neigh show dev nosuch; echo rc=$?
ip neigh show unused
ip neigh show proto static
ip neigh show protocol boot; echo rc=$?
ip -br neigh
ip neigh get 10.1.1.2 dev veth0
ip neigh get 10.1.1.77 dev veth0; echo rc=$?
ip neigh get 10.1.1.2; echo rc=$?
ip neigh get proxy 10.1.1.50 dev veth0
ip neigh get proxy 10.1.1.51; echo rc=$?
ip neigh get proxy 10.1.1.51 dev lo
ip neigh get 10.1.1.2 dev nosuch; echo rc=$?
ip -s neigh get 10.1.1.4 dev veth0
ip neigh get 127.0.0.1 dev lo; echo rc=$?
ip neigh add proxy 10.1.1.52
ip neigh show proxy
ip neigh get proxy 10.1.1.52
ip neigh del proxy 10.1.1.52
ip neigh flush dev veth0 nud all
ping -c 1 -q 127.0.0.1 > /dev/null
echo --- lo hidden; ip neigh
ip neigh show nud all
ip neigh show nud noarp dev lo
ping -c 1 -W 1 -q 10.1.1.9 > /dev/null
sleep 0.5
ip -s neigh show 10.1.1.9
sleep 3
ip -s neigh show 10.1.1.9
ip -s -4 neigh show nud failed
