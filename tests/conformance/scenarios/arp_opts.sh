# net-tools arp's command line: getopt_long's permutation, abbreviations and complaints, -h (usage on stdout, the type list on stderr), -V, -N, -A/-p families, -H/-t types with and without ARP, names from /etc/hosts (localhost) and "default", an unknown host, -s/-d combined.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
ip neigh add 127.0.0.1 lladdr 02:00:00:00:00:01 dev veth0
ip neigh add 0.0.0.0 lladdr 02:00:00:00:00:02 dev veth0
ip neigh add 10.1.1.2 lladdr 02:00:00:00:00:03 dev veth0
ip neigh add 0.1.1.2 lladdr 02:00:00:00:00:04 dev veth0
arp; arp -a; arp -e -a; arp localhost; arp -a localhost; arp 127.0.0.1; arp -n localhost; arp default; echo rc=$?
arp -h > h.out 2> h.err; echo rc=$?; cat h.out; echo ---; cat h.err
arp -V > v.out 2> v.err; echo rc=$?; cat v.out; echo ---; cat v.err
arp -x; echo rc=$?
arp -N -n; echo rc=$?
arp -A inet6; echo rc=$?
arp -p foo; echo rc=$?
arp -A inet6 -p foo; echo rc=$?
arp -A inet -n; echo rc=$?
arp -i; echo rc=$?
arp -n -i veth0 -i lo; echo rc=$?
arp -H; echo rc=$?
arp --numeric --dev veth0; echo rc=$?
arp -n 10.1.1.2 extra; echo rc=$?
arp -n -- -x; echo rc=$?
arp -n 10.1.1.300; echo rc=$?
arp -nd 10.1.1.2; echo rc=$?
arp -sd 10.1.1.2; echo rc=$?
arp -n -H ax25; echo rc=$?
arp -n -H ether 10.1.1.99; echo rc=$?
arp --numer -n; echo rc=$?
arp --de; echo rc=$?
arp --set=3; echo rc=$?
arp --device; echo rc=$?
arp --device=veth0 -n; echo rc=$?
arp --foo; echo rc=$?
arp '-?'; echo rc=$?
arp -ae -i lo 10.1.1.1; echo rc=$?
arp -s -d 1.2.3.4; echo rc=$?
arp -n 1.2.3.4 5.6.7.8; echo rc=$?
arp -H ether -H foo; echo rc=$?
arp -t ether -n; echo rc=$?
arp -Hloop; echo rc=$?
arp -H unspec -A unix; echo rc=$?
arp -vn -H ether; echo rc=$?
arp -vn 1.2.3.4; echo rc=$?
arp -v -D -s 10.1.1.9 veth0; echo rc=$?
arp -H arcnet -d 10.1.1.9; echo rc=$?
arp -n
