#!/bin/bash
# differences.sh: pins every deliberate difference from Linux listed in
# docs/differences.md (each case is named there in brackets), so that a change
# to one of them is seen. Each case runs vethlab and checks what it prints.
. "$(dirname "$0")/runner.sh"

# case NAME SCRIPT PATTERN...: runs SCRIPT (text) and wants every PATTERN (grep -E) in its output.
case_() {
	local name=$1 script=$2 out
	shift 2
	printf '%s\n' "$script" > "$tmp/s.sh"
	# VL_OPTS: options for vethlab (--no-bash keeps a script in vethlab's own shell).
	out=$(cd "$tmp" && "$VETHLAB" ${VL_OPTS:-} s.sh 2>&1)
	for pat in "$@"; do
		if ! grep -q -E -- "$pat" <<<"$out"; then
			echo "FAIL differences/$name: no match for '$pat'"
			sed 's/^/    | /' <<<"$out" | head -n 15
			fail=$((fail + 1))
			return
		fi
	done
	pass=$((pass + 1))
}

# absent NAME SCRIPT PATTERN: PATTERN must not be in the output.
absent() {
	local out
	printf '%s\n' "$2" > "$tmp/s.sh"
	out=$(cd "$tmp" && "$VETHLAB" ${VL_OPTS:-} s.sh 2>&1)
	if grep -q -E -- "$3" <<<"$out"; then
		echo "FAIL differences/$1: unexpected '$3'"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
}

start=$(date +%s)
case_ virtual_time 'sleep 3600; ping -c 4 127.0.0.1' '4 packets transmitted, 4 received, 0% packet loss, time 3000ms'
[ $(($(date +%s) - start)) -lt 10 ] && pass=$((pass + 1)) || { echo "FAIL differences/virtual_time: took wall time"; fail=$((fail + 1)); }

printf 'ping -c 1 127.0.0.1\n' > "$tmp/h.sh"
if (cd "$tmp" && "$VETHLAB" --hop-delay 1000 --hop-jitter 0 h.sh) | grep -q 'time=2.0[0-9]* ms'; then
	pass=$((pass + 1))
else
	echo "FAIL differences/hop_delay: two 1 ms hops do not make time=2.0 ms"
	fail=$((fail + 1))
fi

# backlog_rounds: the frames one NAPI poll sends count together (a flood of
# q1's broadcast to 12 ports with netdev_max_backlog 10 drops one, on q2), and
# the queue is drained after it (q1's next broadcast drops one again, on q2;
# q3 gets both).
case_ backlog_rounds 'sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
sysctl -qw net.core.netdev_max_backlog=10
ip link add br0 type bridge mcast_snooping 0
ip link set br0 up
ip -b - <<END
link add p1 master br0 type veth peer name q1
link add p2 master br0 type veth peer name q2
link add p3 master br0 type veth peer name q3
link add p4 master br0 type veth peer name q4
link add p5 master br0 type veth peer name q5
link add p6 master br0 type veth peer name q6
link add p7 master br0 type veth peer name q7
link add p8 master br0 type veth peer name q8
link add p9 master br0 type veth peer name q9
link add p10 master br0 type veth peer name q10
link add p11 master br0 type veth peer name q11
link add p12 master br0 type veth peer name q12
link add p13 master br0 type veth peer name q13
END
ip -b - <<END
link set p1 up
link set q1 up
link set p2 up
link set q2 up
link set p3 up
link set q3 up
link set p4 up
link set q4 up
link set p5 up
link set q5 up
link set p6 up
link set q6 up
link set p7 up
link set q7 up
link set p8 up
link set q8 up
link set p9 up
link set q9 up
link set p10 up
link set q10 up
link set p11 up
link set q11 up
link set p12 up
link set q12 up
link set p13 up
link set q13 up
END
ip addr add 10.5.0.2/16 dev q1
sleep 1
arping -c 2 -w 3 -I q1 10.5.9.9 > /dev/null
ip -s link show q2
ip -s link show q3' '^ +0 +0 +0 +2 +0 +0 *$' '^ +84 +2 +0 +0 +0 +0 *$'

case_ timers_on_time 'ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
tcpdump -n -tt -i veth0 arp > cap.txt 2>&1 &
p=$!
sleep 1
ping -c 1 -W 4 10.0.0.9
kill $p
wait $p
cat cap.txt' '^1700000001\.000000 ARP, Request who-has 10\.0\.0\.9' '^1700000002\.000000 ARP' '^1700000003\.000000 ARP'

case_ linkwatch_immediate 'ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip -br link show veth0' '^veth0@veth1 +UP'

# host_sockets_refused: under real bash a host program's network socket fails (bash's /dev/tcp here).
case_ host_sockets_refused 'for i in 1; do echo hi > /dev/tcp/127.0.0.1/9; echo "rc=$?"; done' \
	'^vethlab: bash: a host program.s AF_INET socket is refused' '^rc=1$'

# sndbuf_not_accounted: every request waits in the neighbour's queue (Linux: 12, then ENOBUFS).
case_ sndbuf_not_accounted 'sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.24.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ping -c 20 -i 0.2 10.24.0.153' '^20 packets transmitted, 0 received, \+20 errors, 100% packet loss, time 3800ms$' '^pipe 16$'

# capture_starts_at_once: ping's echo at the instant tcpdump started is captured.
case_ capture_starts_at_once 'ip link add veth0 type veth peer name veth1
ip netns add peer
ip link set veth1 netns peer
ip addr add 10.9.0.1/24 dev veth0
ip -n peer addr add 10.9.0.2/24 dev veth1
ip link set veth0 up
ip -n peer link set veth1 up
sleep 3
tcpdump -n --immediate-mode -i veth0 ip &
ping -c 1 10.9.0.2 > /dev/null
sleep 1
kill %1
wait' '^2 packets captured$'

# mld_merge: one report per group left, the first from the link-local being removed.
case_ mld_merge 'sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip -6 addr add 2001:db8:2::2/64 dev veth1 nodad
sleep 4
tcpdump -n -i veth0 ip6 &
sleep 0.5
ip addr flush dev veth1
sleep 4
kill %1
wait' '^..:..:..\.[0-9]+ IP6 fe80::[0-9a-f:]+ > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record\(s\), length 28$' \
	'^..:..:..\.[0-9]+ IP6 :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record\(s\), length 28$' '^3 packets captured$'

# netstat: only the IPv4 routing table (-r) is modelled.
case_ netstat_other_modes 'netstat -i; echo "rc=$?"
netstat; echo "rc=$?"
netstat -rn6; echo "rc=$?"' "^netstat: -i is not modelled by vethlab" "^netstat: listing sockets is not modelled by vethlab" "^netstat: -6 is not modelled" "^rc=2$"

# ... and, as on Linux, the end brought up second of a pair whose ends share an
# index (left) waits for linkwatch's next run: right's fe80::/64 route comes first.
ll_order='sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip netns add h1; ip netns add h2
ip link add eth0 netns h1 type veth peer name left
ip link add eth0 netns h2 type veth peer name right
ip -n h1 link set eth0 up
ip link set left up
ip link set right up
ip -n h2 link set eth0 up
sleep 3.3
ip -6 route show'
printf '%s\n' "$ll_order" > "$tmp/order.sh"
if [ "$(cd "$tmp" && "$VETHLAB" order.sh 2>&1 | grep -o '^fe80::/64 dev [a-z]*' | tr '\n' ' ')" = \
     "fe80::/64 dev right fe80::/64 dev left " ]; then
	pass=$((pass + 1))
else
	echo "FAIL differences/linkwatch_ll_route_order: right's fe80::/64 route must come first, as on Linux"
	fail=$((fail + 1))
fi

case_ ipv6_config_race 'sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip link add veth0 type veth peer name veth1
ip link set veth1 up
ip link set veth0 up
sleep 3.3
cat /proc/net/snmp6
ip -6 -s addr show up' '^Ip6InNoRoutes[[:space:]]+0$' '^Ip6InReceives[[:space:]]+[1-9]' '^ +0 +0 +0 +0 +0 +0 $'

printf 'ip link add veth0 type veth peer name veth1\nip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev veth0\nip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev veth0\nip -4 neigh show dev veth0\n' > "$tmp/o.sh"
if [ "$(cd "$tmp" && "$VETHLAB" o.sh | head -1)" = "10.0.0.5 lladdr 02:00:00:00:00:05 PERMANENT " ]; then
	pass=$((pass + 1))
else
	echo "FAIL differences/hash_order: not in creation order"
	fail=$((fail + 1))
fi

# iproute2 keeps stale state from "link show" for the next "addr show" of a batch; vethlab does not.
case_ ip_batch_fresh 'ip link add a0 type veth peer name a1
ip addr add 10.2.0.1/24 dev a0
echo "link show a0" > b.txt
echo "addr show dev a0" >> b.txt
ip -o -batch b.txt' '^3: a0@a1: .*link/ether' '^3: a0 +inet 10\.2\.0\.1/24 scope global a0'
VL_OPTS=--no-bash case_ shell_refusals 'echo before
ip link | grep lo
echo after' 'pipelines \(`\|.\) is not supported'
VL_OPTS=--no-bash absent shell_refusals 'echo before
echo $(ip link)
echo after' '^after$'
VL_OPTS=--no-bash case_ shell_refusals 'printf "%s\n" x; echo "st=$?"' 'printf: this bash builtin is not supported' 'st=2'
# Without --no-bash, such a script runs under vethlab bash: real bash, the shims, its own world.
case_ script_under_bash 'ip link add v0 type veth peer name v1
ip -o link | grep -c "v[01]"
for i in 1 2; do ip netns add n$i; done
ip netns list | sort
printf "%s\n" "mtu=$(cat /sys/class/net/v0/mtu)"' '^2$' '^n1$' '^n2$' '^mtu=1500$'
absent script_under_bash 'ip link | grep -c lo' 'not supported'
# Under vethlab bash the world's clock runs for the foreground sleep and ping,
# not for the host's /bin/sleep: the capture started in the background sees
# the ping exactly one second after it started.
case_ live_virtual_time 'ip link set lo up
tcpdump -n -i lo -c 1 icmp 2>/dev/null &
sleep 1
/bin/sleep 0.3
ping -c 1 127.0.0.1 > /dev/null
wait
echo "done $(ip -br link show lo | cut -c1-2)"' '^22:13:21\.0000[0-9][0-9] IP 127\.0\.0\.1 > 127\.0\.0\.1: ICMP echo request' '^done lo$'

case_ live_virtual_time 'ip link set lo up
ping -c 5 -i 0.2 127.0.0.1 | head -2 > /dev/null
echo "st=${PIPESTATUS[0]}"' '^st=0$'

case_ sudo 'sudo -E ip link show lo; echo "st=$?"' "sudo: option \`-E' is not supported" 'st=1'
case_ sudo 'sudo ip -br link show lo' '^lo +UNKNOWN'

# A host bash in NS does not keep NS alive after ip netns delete (Linux: it does).
case_ netns_host_process 'ip netns add a
ip netns exec a bash -c "/bin/sleep 0.5; ip -br link show lo; echo st=\$?" &
/bin/sleep 0.2
ip netns del a
wait' 'Cannot open network namespace "a"' '^st=255$'
case_ pids 'timeout -s KILL 1 sleep 5; echo "st=$?"' '^st=137$'
absent pids 'timeout -s KILL 1 sleep 5' 'Killed'
case_ pids 'sleep 5 &
echo "bg=$!"
kill 1; echo "st=$?"' '^bg=[0-9]+$' 'kill: \(1\) - No such process' 'st=1'

case_ job_numbers 'sleep 1 &
wait
sleep 1 &
jobs' '^\[1\]\+  Running +sleep 1 &'

case_ sleep_forever 'sleep infinity; echo "st=$?"; sleep 3e9; echo "st=$?"; sleep 3e9; echo "st=$?"; ping -c 1 -q 127.0.0.1' 'st=130' '^st=0$' '1 packets transmitted, 1 received'

case_ endless 'ping -q 127.0.0.1' '60 packets transmitted, 60 received'
case_ endless 'ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
tcpdump -i veth0 > /dev/null 2>&1 &
wait; echo "waited st=$?"' 'waited st=130'

case_ ls 'ip link add veth0 type veth peer name veth1
ls /sys/class/net' '^lo$' '^veth0$' '^veth1$'
case_ ls 'ls /tmp; echo "st=$?"' 'ls: /tmp: vethlab lists only the emulated' 'st=2'

case_ route_names 'ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip route add default via 10.0.0.2
route' '^default +10.0.0.2 +0.0.0.0 +UG' '^10.0.0.0 +0.0.0.0 +255.255.255.0 +U '

case_ ethtool_refusals 'ip link add veth0 type veth peer name veth1
ethtool -A veth0 autoneg on; echo "st=$?"
ethtool --json -k veth0; echo "st=$?"
ethtool -k "*"; echo "st=$?"
ethtool -S veth0 --all-groups; echo "st=$?"
ethtool -s veth0 wol g; echo "st=$?"' 'ethtool: -A is not supported by vethlab' 'ethtool: --json is not supported by vethlab' \
	'ethtool: the device wildcard \* is not supported by vethlab' 'ethtool \(-S\): --all-groups is not supported by vethlab' \
	"ethtool \(-s\): parameter 'wol' is not supported by vethlab" 'st=1'
case_ ethtool_offloads 'ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0
ip -n a addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
ethtool -K veth0 tx off sg off gso off
ip netns exec a ethtool -K veth1 gro on
tcpdump -i veth0 -nn -v -c 2 icmp > t.txt 2>&1 &
ping -c 1 10.0.0.2
wait
cat t.txt
ip netns exec a ethtool -S veth1' '1 received' 'ICMP echo request, id [0-9]+, seq 1, length 64' 'rx_queue_0_xdp_packets: [1-9]'
case_ ethtool_queues 'ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0
ip -n a addr add 10.0.0.2/24 dev veth1
ethtool -L veth0 tx 2
ip netns exec a ethtool -L veth1 rx 2
ip link set veth0 up
ip -n a link set veth1 up
ethtool -K veth0 tx off
ip netns exec a ethtool -K veth1 gro on
ping -c 3 -q 10.0.0.2
ip netns exec a ethtool -S veth1' 'rx_queue_0_xdp_packets: [1-9]' 'rx_queue_1_xdp_packets: 0$'
case_ neigh_limit 'ip link add veth0 type veth peer name veth1
ip neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev veth0 nud reachable; echo "st=$?"' 'st=0'
case_ not_modelled 'netstat -i; echo "st=$?"
sysctl -w net.ipv6.ip6frag_time=5; echo "st=$?"' 'netstat: -i is not modelled by vethlab' 'st=2' 'not emulated by vethlab' 'st=1'

case_ nettools_refusals 'ifconfig lo 10.9.9.9 promisc; echo "st=$?"
ifconfig -s; echo "st=$?"
route add default gw 10.0.0.1; echo "st=$?"
ip -br addr show lo
ifconfig lo inet6 add ::2; echo "st=$?"' "ifconfig: .promisc' is not supported by vethlab" 'st=1' "ifconfig: option .-s' is not supported by vethlab" "route: .add' is not modelled by vethlab" 'st=2' '^lo +UNKNOWN +127.0.0.1/8 ::1/128 *$' "ifconfig: address family .inet6' is not supported by vethlab" 

case_ sysctl_system 'sysctl --system; echo "st=$?"
echo "net.ipv4.ip_forward = 1" > f.conf
sysctl -p f.conf' 'sysctl: --system \(the host.s sysctl.d files\) is not supported by vethlab' 'st=1' '^net.ipv4.ip_forward = 1$'

case_ ping_refusals 'ip link add veth0 type veth peer name veth1
ip link set veth0 up; ip link set veth1 up; ip addr add 10.0.0.1/24 dev veth0; ip route add default dev veth0
ping -c 1 224.0.0.1; echo "st=$?"
ping -L -c 1 10.0.0.1; echo "st=$?"
sleep 3
ping -c 1 ff02::1%veth0' 'ping: a multicast destination is not supported by vethlab' 'st=2' \
	'ping: option -L is not supported by vethlab' '^64 bytes from fe80::[0-9a-f:]+%veth0: icmp_seq=1' \
	'1 packets transmitted, 1 received'

case_ ping_names 'ping -c 1 no-such-host.example; echo "st=$?"
ping -c 1 localhost' 'ping: no-such-host.example: name lookup through DNS is not supported by vethlab' 'st=2' '^64 bytes from localhost \(127.0.0.1\): icmp_seq=1'

case_ arping_names 'ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
arping -c 1 -I veth0 no-such-host.example; echo "st=$?"
arping -c 1 -I veth0 localhost; echo "st=$?"' 'arping: no-such-host.example: name lookup through DNS is not supported by vethlab' 'st=2' \
	'^ARPING 127.0.0.1 from 10.0.0.1 veth0$' 'st=1'
case_ traceroute_refusals 'traceroute -I 127.0.0.1; echo "st=$?"; traceroute --tcp 127.0.0.1; echo "st=$?"; traceroute6 ::1; echo "st=$?"; traceroute ::1; echo "st=$?"; traceroute no-such-host.example; echo "st=$?"' \
	'^traceroute: -I is not supported by vethlab$' '^traceroute: --tcp is not supported by vethlab$' \
	"^traceroute6: IPv6 is not supported by vethlab's traceroute$" "^traceroute: ::1: IPv6 is not supported by vethlab's traceroute$" \
	'^traceroute: no-such-host.example: name lookup through DNS is not supported by vethlab$' '^st=2$'
case_ tracepath_names 'tracepath no-such-host.example; echo "st=$?"
tracepath -6 ::1; echo "st=$?"
ip addr add 10.9.0.1/32 dev lo
tracepath 10.9.0.1
tracepath localhost' 'tracepath: no-such-host.example: name lookup through DNS is not supported by vethlab' 'st=2' \
	"tracepath: ::1: IPv6 is not supported by vethlab.s tracepath" '^ 1:  \?\?\? +[0-9.]+ms reached$' \
	'^ 1:  localhost +[0-9.]+ms reached$'
case_ udp_socket_table 'ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
tracepath -n -m 1 10.0.0.9 > /dev/null &
sleep 0.5
cat /proc/net/udp /proc/net/sockstat
wait' '^   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops +$' \
	'^UDP: inuse 0 mem 0$'
absent udp_socket_table 'tracepath -n -m 1 10.0.0.9 > /dev/null &
sleep 0.5
cat /proc/net/udp
wait' '^ +0: '
case_ arp_refusals 'arp -n no-such-host.example; echo "st=$?"
arp -H ax25 -s 10.0.0.1 aa; echo "st=$?"
arp -n localhost' 'arp: no-such-host.example: name lookup through DNS or /etc/networks is not supported by vethlab' 'st=255' \
	'arp: -H ax25 with -s is not supported by vethlab' \
	'^localhost \(127.0.0.1\) -- no entry$'
case_ neigh_managed 'ip link add veth0 type veth peer name veth1
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev veth0 managed; echo "st=$?"' 'Error: managed is not supported by vethlab.' 'st=2'
case_ proxy_leak 'ip netns add a
ip -n a neigh add proxy 10.9.9.9
ip netns del a
ip netns add b
ip -n b neigh show proxy; echo "st=$?"' '^st=0$'
absent proxy_leak 'ip netns add a
ip -n a neigh add proxy 10.9.9.9
ip netns del a
ip netns add b
ip -n b neigh show proxy' '10.9.9.9'

case_ not_emulated 'sysctl net.core.somaxconn; echo "st=$?"
cat /proc/sys/net/ipv4/tcp_syncookies
sysctl kernel.hostname
cat /proc/net/fib_trie
cat /sys/devices/virtual/net/lo/mtu' 'sysctl: net.core.somaxconn: not emulated by vethlab' 'st=1' \
	'cat: /proc/sys/net/ipv4/tcp_syncookies: not emulated by vethlab' 'sysctl: kernel.hostname: not emulated by vethlab' \
	'cat: /proc/net/fib_trie: not emulated by vethlab' "cat: /sys/devices/virtual/net/lo/mtu: not emulated \\(vethlab never"
case_ sysfs_not_modelled 'ip link add va type veth peer name vb
echo 0 > /sys/class/net/va/gro_flush_timeout
echo 5 > /sys/class/net/va/gro_flush_timeout
echo 3 > /sys/class/net/va/queues/rx-0/rps_cpus
echo on > /sys/class/net/va/power/control
echo change > /sys/class/net/va/uevent
ethtool -K va gro on
ip link set va up
echo 1 > /sys/class/net/va/threaded
cat /sys/class/net/va/gro_flush_timeout /sys/class/net/va/power/control' \
	'line 3: echo: write error: not emulated by vethlab' 'line 4: echo: write error: not emulated by vethlab' \
	'line 5: echo: write error: not emulated by vethlab' 'line 6: echo: write error: not emulated by vethlab' \
	'line 9: echo: write error: not emulated by vethlab' '^0$' '^auto$'
absent sysfs_not_modelled 'ip link add va type veth peer name vb
echo 0 > /sys/class/net/va/gro_flush_timeout' 'write error'
case_ not_emulated 'sysctl -a -r tcp_syn' 'matching settings are not emulated by vethlab and left out'
case_ not_emulated 'ls /proc/net/stat; echo "st=$?"' "ls: cannot access '/proc/net/stat': not emulated by vethlab" 'st=2'
case_ not_emulated 'sysctl net.ipv4.neigh.lo.anycast_delay
sysctl -w net.ipv4.neigh.lo.anycast_delay=5; echo "st=$?"
sysctl net.ipv4.neigh.default.gc_thresh1' 'net.ipv4.neigh.lo.anycast_delay = 100' \
	'sysctl: net.ipv4.neigh.lo.anycast_delay: not emulated by vethlab' 'st=1' \
	'sysctl: net.ipv4.neigh.default.gc_thresh1: not emulated by vethlab'

case_ not_emulated 'sysctl net.ipv4.conf.all.ignore_routes_with_linkdown
sysctl -w net.ipv4.conf.all.ignore_routes_with_linkdown=1; echo "st=$?"
sysctl -w net.ipv4.conf.lo.bc_forwarding=1; echo "st=$?"
sysctl -w net.ipv4.conf.default.drop_unicast_in_l2_multicast=1; echo "st=$?"
sysctl -w net.ipv4.conf.all.arp_accept=1; echo "st=$?"' 'net.ipv4.conf.all.ignore_routes_with_linkdown = 0' \
	'sysctl: net.ipv4.conf.all.ignore_routes_with_linkdown: not emulated by vethlab' 'st=1' \
	'sysctl: net.ipv4.conf.lo.bc_forwarding: not emulated by vethlab' \
	'sysctl: net.ipv4.conf.default.drop_unicast_in_l2_multicast: not emulated by vethlab' \
	'net.ipv4.conf.all.arp_accept = 1'

case_ fwmark 'ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip route add 10.9.0.0/16 dev veth0 table 9
ip rule add fwmark 0x10/0xf0 lookup 9 pref 10
ip rule show pref 10
ip route get 10.9.1.1; echo "st=$?"
ip route get 10.9.1.1 mark 0x1f' '^10:	from all fwmark 0x10/0xf0 lookup 9$' 'Network is unreachable' 'st=2' \
	'^10.9.1.1 dev veth0 table 9 src 10.0.0.1 mark 0x1f uid 0 $'
case_ route_cache 'ip route show cache; ip -s route flush cache; echo "st=$?"' \
	'^\*\*\* IPv4 routing cache is flushed\.$' 'st=0'
# A learnt path MTU: ip -s route get shows its expiry and MTU, no users or age.
case_ route_cache 'ip netns add h
ip netns add r
ip link add a0 netns h type veth peer name a1 netns r
ip link add b1 netns r mtu 1000 type veth peer name b0 mtu 1000
ip -n h addr add 10.1.0.1/24 dev a0
ip -n r addr add 10.1.0.2/24 dev a1
ip -n r addr add 10.2.0.2/24 dev b1
ip addr add 10.2.0.1/24 dev b0
ip -n h link set a0 up
ip -n r link set a1 up
ip -n r link set b1 up
ip link set b0 up
ip -n h route add default via 10.1.0.2
ip route add 10.1.0.0/24 via 10.2.0.2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec h ping -c 1 -s 1200 10.2.0.1
ip -n h -s route get 10.2.0.1' '^From 10\.1\.0\.2 icmp_seq=1 Frag needed and DF set \(mtu = 1000\)$' '^    cache expires 600sec mtu 1000 $'
# nstat's history is the world's: a second world starts without one, whatever the first left.
case_ nstat_history 'nstat -n
ping -c 1 127.0.0.1 > /dev/null
nstat IcmpOutEchos
nstat -d 5; echo "st=$?"' '^IcmpOutEchos +1 +0\.0$' 'nstat: option -d is not supported by vethlab' 'st=255'
case_ nstat_history 'ping -c 1 127.0.0.1 > /dev/null
nstat IcmpOutEchos' '^IcmpOutEchos +1 +0\.0$'
case_ route_refusals 'ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip route add 10.0.0.0/8 dev veth0 mtu 1400; echo "st=$?"
ip -6 route add 2001:db8::/64 nexthop via fe80::1 dev veth0; echo "st=$?"
ip -6 route add 2001:db8:1::/64 via fe80::1 dev veth0
ip -6 route append 2001:db8:1::/64 via fe80::2 dev veth0; echo "st=$?"
ip -6 route add multicast ff0e::/16 dev veth0; echo "st=$?"
ip rule add uidrange 1-2 lookup 5; echo "st=$?"
ip -6 rule add lookup 5; echo "st=$?"
ip route show 10.0.0.0/8' 'Error: "mtu" on a route is not supported by vethlab\.' 'st=2' \
	'Error: "nexthop" on a route is not supported by vethlab\.' \
	'Error: an IPv6 multipath route \(a second gateway of the same metric\) is not supported by vethlab\.' \
	'Error: an IPv6 route of type multicast is not supported by vethlab\.' \
	'Error: "uidrange" in ip rule is not supported by vethlab\.' 'Error: changing IPv6 rules is not supported by vethlab\.'
absent route_refusals 'ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip -6 route add 2001:db8:1::/64 via fe80::1 dev veth0
ip -6 route append 2001:db8:1::/64 via fe80::2 dev veth0
ip -6 route' 'fe80::2'
case_ ipv6_route_refcnt 'sysctl -qw net.ipv6.conf.default.accept_dad=0
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 2001:db8::1/64 dev veth0
ip -6 route add 2001:db8:5::/64 via 2001:db8::2
ping -c 1 -W 1 2001:db8:5::1
cat /proc/net/ipv6_route' '^20010db8000500000000000000000000 40 0{32} 00 20010db8000000000000000000000002 00000400 00000001 00000000 00000003 +veth0$'
case_ anycast_nd 'sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.default.router_solicitations=0
ip netns add r
ip netns exec r sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.forwarding=1
ip link add v0 type veth peer name v1 netns r
ip link set v0 up
ip -n r link set v1 up
ip addr add 2001:db8::10/64 dev v0
ip -n r addr add 2001:db8::1/64 dev v1
ip -n r -6 route show table local type anycast
ping -c 1 2001:db8::' '^anycast 2001:db8:: dev v1 proto kernel metric 0 pref medium$' \
	'Destination unreachable: Address unreachable'
absent route_refusals 'ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip route add 10.0.0.0/8 dev veth0 mtu 1400
ip route' '^10\.0\.0\.0/8'

case_ ip_refusals 'ip maddress; echo "st=$?"
ip -j; echo "st=$?"
ip address save; echo "st=$?"
ip addr add 2001:db8::1/64 dev lo metric 5; echo "st=$?"
ip addr add 10.0.0.1/24 dev lo valid_lft 100 preferred_lft 50; echo "st=$?"
ip addr add 2001:db8::2/64 dev lo mngtmpaddr; echo "st=$?"
ip addr show dev lo' 'Error: "ip maddress" is not supported by vethlab\.' 'st=2' \
	'^1: lo: <LOOPBACK' '^Usage: ip \[ OPTIONS \] OBJECT' 'st=255' \
	'Error: ip address save is not supported by vethlab\.' \
	'Error: an IPv6 address metric is not supported by vethlab\.' \
	'Error: a finite address lifetime is not supported by vethlab\.' \
	'Error: mngtmpaddr is not supported by vethlab\.'
# -c always uses iproute2's light palette: vethlab's programs have no environment, so COLORFGBG is not read.
case_ ip_color_palette "export COLORFGBG='15;0'; ip -c -br link show lo" '^.\[36mlo +.\[0mUNKNOWN'
absent ip_refusals 'ip addr add 2001:db8::1/64 dev lo metric 5
ip addr add 10.0.0.2/24 dev lo valid_lft 100 preferred_lft 50
ip addr show dev lo' '10\.0\.0\.2|2001:db8::1'

case_ ip_link_refusals 'ip link add veth0 type veth peer name veth1
ip link add b0 type vxlan id 1; echo "st=$?"
ip link set veth0 xdp object x.o; echo "st=$?"
ip link set veth0 addrgenmode random; echo "st=$?"
ip link set veth0 netns /proc/1/ns/net; echo "st=$?"
ip link xstats type veth; echo "st=$?"
ip netns add a
ip -n a link add v0 link-netns a type veth; echo "st=$?"
ip link set veth0 xdp off; echo "xdp=$?"
ip -br link' 'Error: link type vxlan is not supported by vethlab\.' 'st=2' \
	'Error: loading an XDP program is not supported by vethlab\.' \
	'Error: addrgenmode random is not supported by vethlab\.' \
	'Error: netns given as a path outside /run/netns is not supported by vethlab\.' \
	'Error: ip link xstats is not supported by vethlab\.' \
	'Error: link-netns naming the namespace itself is not supported by vethlab\.' 'xdp=0'
absent ip_link_refusals 'ip link add b0 type vxlan id 1
ip -br link' '^b0 '
case_ bridge_refusals 'ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
bridge mdb show; echo "st=$?"
bridge fdb add 02:00:00:00:00:09 dev v1; echo "st=$?"
bridge fdb add 02:00:00:00:00:09 dev v0 self; echo "st=$?"
bridge fdb flush dev br0; echo "st=$?"
bridge -t link; echo "st=$?"
bridge link set dev v0 guard on; echo "st=$?"
ip link set br0 type bridge mcast_querier 1; echo "st=$?"
brctl stp br0 on; echo "st=$?"
bridge fdb show br br0' 'Error: "bridge mdb" is not supported by vethlab\.' 'st=2' \
	'RTNETLINK answers: Operation not supported' 'st=255' \
	'Error: "bridge fdb flush" is not supported by vethlab\.' \
	"Error: bridge's option -t is not supported by vethlab\\." \
	'Error: bridge link guard is not supported by vethlab\.' \
	'Error: bridge option mcast_querier is not supported by vethlab\.' \
	'brctl: the command "stp" is not supported by vethlab\.'
absent bridge_refusals 'ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
bridge fdb add 02:00:00:00:00:09 dev v0 self
bridge -d link show' '02:00:00:00:00:09|guard on'
case_ igmp_version 'sysctl -qw net.ipv4.conf.all.force_igmp_version=2
ip link add br0 type bridge
ip link set br0 up
sleep 3
nstat -az IpExtOutMcastPkts IpOutRequests' 'IpExtOutMcastPkts +0 ' 'IpOutRequests +0 '
case_ igmp_version 'ip link add br0 type bridge
ip link set br0 up
sleep 3
nstat -az IpExtOutMcastPkts IpOutRequests' 'IpExtOutMcastPkts +2 ' 'IpOutRequests +2 '
case_ bridge_stp 'sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 200
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set br0 up
ip link set v0 up
ip link set v1 up
tcpdump -n -i v1 -w stp.pcap &
sleep 1
bridge link
sleep 2
bridge link
sleep 2
bridge link
ip link show br0
kill %1
wait
tcpdump -n -r stp.pcap; echo "frames=$?"' 'state listening' 'state learning' 'state forwarding' \
	'<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP'
absent bridge_stp 'sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 200
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set br0 up
ip link set v0 up
ip link set v1 up
tcpdump -n -i v1 -w stp.pcap &
sleep 5
kill %1
wait
tcpdump -n -r stp.pcap' 'STP'
case_ iproute2_names 'ip link set lo group default; echo "st=$?"
ip link set lo group foo; echo "st=$?"
ip link show group default' 'st=0' 'Error: argument "foo" is wrong: Invalid "group" value' 'st=255' \
	'^1: lo: .* group default qlen 1000'
case_ netns_pid 'ip link add veth0 type veth peer name veth1
ip link set veth0 netns $$; echo "st=$?"
ip link add v2 netns 1 type veth; echo "st=$?"
ip -br link show veth0' 'RTNETLINK answers: No such process' 'st=2' '^veth0@veth1 '
VL_OPTS=--no-bash case_ bash_child 'ip netns add a
X=outer
ip netns exec a bash -c '"'"'ip netns identify; X=inner; echo "$0 $1 $X"; exit 4'"'"' me one; echo "st=$? X=$X"
bash -x -c true; echo "st=$?"
bash; echo "st=$?"' '^a$' '^me one inner$' 'st=4 X=outer' \
	'bash: an option other than -c is not supported by vethlab.s shell' \
	'bash: an interactive bash \(bash without -c or a script\) is not supported' 'st=2'
VL_OPTS=--no-bash case_ host_programs 'grep x /dev/null; echo "st=$?"
ip netns add a
ip netns exec a sh -c true; echo "st=$?"
/usr/bin/ip -br link show lo
ip netns exec a nosuchprogram; echo "st=$?"' \
	'grep: running a host program is not supported by vethlab.s shell' 'st=127' \
	'exec of "sh" failed: running a host program is not supported by vethlab' 'st=1' \
	'^lo +UNKNOWN' 'exec of "nosuchprogram" failed: No such file or directory'

pwru_pair='ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up'
case_ pwru_process "$pwru_pair
pwru icmp &
ip netns exec a ping -c 1 -q 10.0.0.2" '^0x[0-9a-f]{16} 0   <empty>:0        [0-9]+ '
absent pwru_process "$pwru_pair
pwru icmp &
ip netns exec a ping -c 1 -q 10.0.0.2" '^0x[0-9a-f]{16} [1-9]|ping:'
case_ pwru_skb "$pwru_pair
pwru --output-meta=false icmp &
ip netns exec a ping -c 1 -q 10.0.0.2" \
	'^0xffff888100000200 0   <empty>:0        10.0.0.1:0->10.0.0.2:0\(icmp\) __dev_queue_xmit$' \
	'^0xffff888100000200 0   <empty>:0        10.0.0.1:0->10.0.0.2:0\(icmp\) consume_skb$'
case_ pwru_netns "$pwru_pair
ip netns add c
ip netns del a
ip netns add d
ip -n d link set lo up
pwru --filter-netns inode:4026532160 icmp &
ip netns exec d ping -c 1 -q 127.0.0.1
ip netns exec d pwru --filter-netns /proc/self/ns/net --filter-ifname lo; echo st=\$?" \
	'^0x[0-9a-f]+ 0   <empty>:0        4026532160 0               1         0x0800 65536 98 ' 'st=0'
absent pwru_netns "$pwru_pair
ip netns add c
pwru --filter-netns inode:4026532162 &
ip netns exec a ping -c 1 -q 10.0.0.2" '^0x'
case_ pwru_funcs "$pwru_pair
ip -n b link set lo up
pwru --output-meta=false --output-tuple=false icmp &
ip netns exec a ping -c 1 -q 10.0.0.2" \
	'__neigh_event_send$' '__dev_queue_xmit$' '__netif_receive_skb$' '__netif_receive_skb_one_core$' \
	'raw_local_deliver$' 'consume_skb$' 'sk_skb_reason_drop\(SKB_DROP_REASON_NO_SOCKET\)$' \
	'Attached \(ignored 0\)$'
absent pwru_funcs "$pwru_pair
pwru icmp &
ip netns exec a ping -c 1 -q 10.0.0.2" 'ip_rcv|icmp_rcv|veth_xmit|kfree_skb_reason|__netif_receive_skb_core|[0-9]+ / [0-9]+ \['
case_ pwru_meta "$pwru_pair
ip netns exec a pwru icmp &
ip netns exec a ping -c 1 -q 10.0.0.2" \
	'^0x[0-9a-f]+ 0   <empty>:0        4026532160 0              v0:2       0x0800 1500  98 ' \
	'^0x[0-9a-f]+ 0   <empty>:0        4026532161 0               2         0x0800 1500  98 ' \
	'^0x[0-9a-f]+ 0   <empty>:0        4026532160 0               0         0x0800 0     84 .* consume_skb$'
case_ pwru_refusals 'pwru --filter-mark 1; echo "st=$?"
pwru --output-stack=false --filter-func=; echo "st=$?"
pwru --timestamp relative; echo "st=$?"
pwru --filter-netns /tmp; echo "st=$?"' \
	'^pwru: option --filter-mark is not supported by vethlab$' 'st=1' \
	'^pwru: option --filter-func is not supported by vethlab$' \
	'^pwru: option --timestamp is not supported by vethlab$' \
	'Failed to retrieve netns /tmp: no such file or directory$'

echo "differences: $pass passed, $fail failed"
[ "$fail" = 0 ]
