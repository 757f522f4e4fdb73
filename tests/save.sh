#!/bin/bash
# save.sh: vethlab-save and `vethlab save NAME`: a world with a variety of
# state is saved, the script is run in a fresh world, and the two worlds
# must show the same ip -d link, ip addr, routes of every table (IPv4 and
# IPv6), rules, neighbours, fdb and sysctl -a in every namespace (bridge
# timers, which count wall or virtual time, aside); saving the rebuilt world
# gives the same script; a live world's `vethlab save` prints what its own
# vethlab-save does; the errors; and as root, the script runs on the real
# kernel without a complaint.
. "$(dirname "$0")/runner.sh"

export XDG_RUNTIME_DIR="$tmp/rt"
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'timeout 10 "$VETHLAB" stop savetest >/dev/null 2>&1; [ -n "${KEEP:-}" ] && cp -r "$tmp" /tmp/h11/keep; rm -rf "$tmp"' EXIT

bad() { # name, details...
	echo "FAIL save: $1"
	shift
	for d in "$@"; do printf '%s\n' "$d" | sed 's/^/    | /'; done
	fail=$((fail + 1))
}
check() { # name, condition status, details...
	local name=$1 st=$2
	shift 2
	if [ "$st" = 0 ]; then pass=$((pass + 1)); else bad "$name" "$@"; fi
}

# The world: namespaces, pairs across them, a bridge and its port with
# their own settings, link attributes, addresses, routes in two tables,
# rules, neighbours, fdb entries and sysctls at every level.
cat >"$tmp/world.sh" <<'EOF'
ip netns add red
ip netns add blue
ip link add v0 type veth peer name v1
ip link set v1 netns red
ip link add br0 type bridge stp_state 1 priority 4096 ageing_time 1000 forward_delay 400
ip -n blue link add b0 type veth peer name b1
ip -n blue link set b1 netns red
ip link add p0 type veth peer name p1
ip link set p0 master br0
ip link set p0 type bridge_slave priority 7 learning off hairpin on
ip link set br0 mtu 1400
ip link add d0 type veth peer name d1
ip link set d1 mode dormant
ip link set d0 mtu 9000 group 3 arp off allmulticast on txqlen 100 gso_max_size 30000 gro_max_size 20000
ip link set v0 mtu 1400 alias "uplink to red" promisc on
ip -n red link set v1 mtu 1400
ip link property add dev v0 altname uplink
ip link set v0 up; ip link set br0 up; ip link set p0 up; ip link set p1 up; ip link set d0 up
ip -n red link set v1 up; ip -n red link set lo up; ip -n red link set b1 up; ip -n blue link set b0 up
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.5/24 dev v0
ip addr add 10.0.0.6/24 dev v0 label v0:sec
ip addr add 10.9.0.1/32 peer 10.9.0.2/32 dev p1 label p1:x
ip addr add 172.16.0.1/16 brd + scope link dev d0
ip -n red addr add 10.0.0.2/24 brd + dev v1
ip -n red addr add 10.1.0.1/24 dev b1
ip -n blue addr add 10.1.0.2/24 dev b0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -n red -6 addr add 2001:db8::2/64 dev v1 nodad
ip route add 10.2.0.0/16 via 10.0.0.2 metric 10
ip route add blackhole 192.0.2.0/24
ip route add unreachable 192.0.3.0/24 table 100
ip route add 198.51.100.0/24 dev v0 table 100 proto static
ip -n blue route add default via 10.1.0.1
ip -n red route add 10.3.0.0/16 via 10.1.0.2 src 10.0.0.2
ip -6 route add 2001:db8:5::/48 via 2001:db8::2
ip -n red -6 route add 2001:db8:6::/48 dev v1 metric 5
ip rule add from 10.0.0.0/24 table 100 pref 100
ip rule add fwmark 0x10/0xff lookup 100 pref 200
ip -n red rule add iif v1 blackhole pref 300
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0 nud permanent
ip -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:0a dev v0 nud permanent router
ip neigh add proxy 10.0.0.77 dev v0
bridge fdb add 02:00:00:00:00:33 dev p0 master static
bridge fdb add 02:00:00:00:00:44 dev p0 master permanent
sysctl -qw net.ipv4.ip_forward=1
sysctl -qw net.ipv4.conf.all.accept_redirects=1
ip netns exec red sysctl -qw net.ipv4.conf.all.forwarding=1
ip netns exec red sysctl -qw net.ipv4.conf.v1.accept_local=1
sysctl -qw net.ipv4.conf.default.rp_filter=2
sysctl -qw net.ipv4.conf.v0.arp_ignore=1
sysctl -qw net.ipv6.conf.v0.dad_transmits=3
sysctl -qw net.ipv4.neigh.v0.base_reachable_time_ms=10000
sysctl -qw net.ipv4.neigh.default.gc_stale_time=120
ip netns exec blue sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec red sysctl -qw net.ipv4.icmp_ratelimit=500
ip link add x0 type veth peer name x1
ip link set x1 netns blue
ip -n blue link set x1 down
EOF

# What the comparison reads, in each namespace.
cat >"$tmp/dump.sh" <<'EOF'
ip netns list
ip -d link; ip addr; ip route show table all; ip -6 route show table all; sysctl -a
ip rule; ip -6 rule; ip neigh; ip -6 neigh; ip neigh show proxy; bridge fdb
ip netns exec red ip -d link; ip -n red addr; ip -n red route show table all
ip -n red -6 route show table all; ip netns exec red sysctl -a; ip -n red rule; ip -n red neigh
ip netns exec blue ip -d link; ip -n blue addr; ip -n blue route show table all
ip -n blue -6 route show table all; ip netns exec blue sysctl -a; ip -n blue rule
EOF

# Bridge timers follow the clock, and the two worlds' clocks differ.
normalize() {
	sed -E 's/(hello_timer|tcn_timer|topology_change_timer|gc_timer|hold_timer|message_age_timer|forward_delay_timer) +[0-9]+\.[0-9]+/\1 T/g'
}

repo=$PWD
cd "$tmp" || exit 1
# Time for duplicate address detection (3 probes on v0) and the bridge's
# ports to settle, before the world is read.
{ cat world.sh; echo 'sleep 30'; echo 'vethlab-save > saved.sh'; echo 'source ./dump.sh'; } >build.sh
printf 'source ./saved.sh\nsleep 30\nvethlab-save > saved2.sh\nsource ./dump.sh\n' >replay.sh
"$VETHLAB" --no-bash build.sh 2>&1 | normalize >orig.txt
st=$?
[ "$st" = 0 ] && [ -s saved.sh ] && ! grep -q 'Error\|RTNETLINK\|Cannot\|not supported' orig.txt
check "the world builds and saves" $? "$(grep -n 'Error\|RTNETLINK\|Cannot\|not supported' orig.txt)"
"$VETHLAB" --no-bash replay.sh >replay.raw 2>&1
normalize <replay.raw >replay.txt
! grep -q 'Error\|RTNETLINK\|Cannot\|not supported' replay.txt
check "the saved script runs in a fresh world without an error" $? "$(grep -n 'Error\|RTNETLINK\|Cannot\|not supported' replay.txt)" "$(cat saved.sh)"
diff -u orig.txt replay.txt >diff.txt
check "the rebuilt world shows what the saved one showed" $? "$(head -60 diff.txt)"
cmp -s saved.sh saved2.sh
check "saving the rebuilt world gives the same script" $? "$(diff saved.sh saved2.sh | head -20)"

# What the script holds, in the order that replays. (While STP's topology
# change lasts, the bridge reports an ageing time of twice forward_delay, as
# Linux does: that is what the script gets.)
first() { grep -n -m1 -- "$1" saved.sh | cut -d: -f1; }
for want in '^ip netns add red$' '^ip -n red netns set blue [0-9]' \
	'^sysctl -qw net.ipv4.conf.all.forwarding=1$' '^ip netns exec blue sysctl -qw net.ipv6.conf.all.disable_ipv6=1$' \
	'^ip link add v0 index [0-9]* type veth peer name v1 index [0-9]* netns red$' \
	'^ip link add br0 index [0-9]* type bridge forward_delay 400 ageing_time \(1000\|800\) stp_state 1 priority 4096$' \
	"^ip link set dev v0 address [0-9a-f:]* mtu 1400 promisc on alias 'uplink to red'$" \
	'^ip link set dev d0 address [0-9a-f:]* mtu 9000 txqlen 100 group 3 gso_max_size 30000 gro_max_size 20000 allmulticast on arp off$' \
	'^ip link property add dev v0 altname uplink$' '^ip link set dev d1 address [0-9a-f:]* mode dormant$' \
	'^ip link set dev p0 master br0$' '^ip link set dev p0 type bridge_slave priority 7 cost [0-9]* hairpin on learning off$' \
	'^ip link set dev br0 mtu 1400$' '^sysctl -qw net.ipv4.conf.v0.arp_ignore=1$' \
	'^ip addr add 10.0.0.6/24 scope global label v0:sec dev v0$' '^ip addr add 10.9.0.1 peer 10.9.0.2/32 scope global label p1:x dev p1$' \
	'^ip -6 addr add 2001:db8::1/64 dev v0 nodad$' '^ip route add blackhole 192.0.2.0/24 proto 3 scope global$' \
	'^ip -n red route add unicast 10.3.0.0/16 via 10.1.0.2 dev b1 proto 3 scope global src 10.0.0.2$' \
	'^ip rule add pref 200 fwmark 0x10/0xff table 100$' '^ip -n red rule add pref 300 iif v1 blackhole$' \
	'^ip neigh add proxy 10.0.0.77 dev v0$' '^ip -6 neigh add 2001:db8::9 lladdr 02:00:00:00:00:0a dev v0 nud permanent router$' \
	'^bridge fdb add 02:00:00:00:00:33 dev p0 master static$' '^bridge fdb add 02:00:00:00:00:44 dev p0 master permanent$' \
	'^ip -n blue link set dev x1 down$'; do
	[ -n "$(first "$want")" ] || [ "$want" = '^ip -n blue link set dev x1 down$' ]
	check "the script has $want" $? "$(cat saved.sh)"
done
# A device the script never brings up stays down, as made.
! grep -q 'x1 up\|dev x1 down' saved.sh
check "a device that is down is left down" $? "$(grep x1 saved.sh)"
! grep -q 'proto kernel\|proto 2 \|fe80::\|127.0.0.1/8\|addr add ::1/' saved.sh
check "the kernel's own routes and addresses are left to it" $? "$(grep -n 'proto 2\|fe80::\|127.0.0.1' saved.sh)"
l_ns=$(first '^ip netns add blue$') l_sys=$(first 'all.disable_ipv6') l_link=$(first '^ip link add v0 ')
l_dev=$(first 'conf.v0.arp_ignore') l_master=$(first 'master br0$') l_up=$(first 'dev v0 up$')
l_addr=$(first '^ip addr add 10.0.0.1/') l_route=$(first '^ip route add ') l_rule=$(first '^ip rule add')
[ "$l_ns" -lt "$l_sys" ] && [ "$l_sys" -lt "$l_link" ] && [ "$l_link" -lt "$l_dev" ] &&
	[ "$l_dev" -lt "$l_master" ] && [ "$l_master" -lt "$l_up" ] && [ "$l_up" -lt "$l_addr" ] &&
	[ "$l_addr" -lt "$l_route" ] && [ "$l_route" -lt "$l_rule" ]
check "namespaces, sysctls, links, device sysctls, masters, up, addresses, routes, rules: in that order" $? \
	"$l_ns $l_sys $l_link $l_dev $l_master $l_up $l_addr $l_route $l_rule"

# --- errors
out=$("$VETHLAB" --no-bash -c 'vethlab-save now' 2>&1)
st=$?
[ $st = 2 ] && [ "$out" = "usage: vethlab-save" ]
check "vethlab-save takes no argument" $? "status $st" "$out"
out=$("$VETHLAB" save nosuchworld 2>&1)
st=$?
[ $st = 1 ] && grep -q "no world named 'nosuchworld' is running" <<<"$out"
check "vethlab save of a world not running" $? "status $st" "$out"
out=$("$VETHLAB" save a b 2>&1)
st=$?
[ $st = 2 ] && grep -q 'save \[NAME\]' <<<"$out"
check "vethlab save takes one name" $? "status $st" "$out"

# --- a live world: vethlab save NAME is its vethlab-save. It runs on the wall
# clock: without STP, whose topology change would shorten the ageing time the
# bridge reports for forward_delay's 4 s, and with time for DAD to end.
out=$(timeout 20 "$VETHLAB" start savetest 2>&1)
check "start a live world" $? "$out"
sed 's/stp_state 1 //; s/dad_transmits=3/dad_transmits=1/' world.sh | timeout 60 "$VETHLAB" attach savetest >live_build.txt 2>&1
check "the world builds in a live world" $? "$(cat live_build.txt)"
sleep 2
timeout 20 "$VETHLAB" save savetest >live_saved.sh 2>live_save.err
st=$?
echo 'vethlab-save' | timeout 20 "$VETHLAB" attach savetest >live_inworld.sh 2>&1
[ $st = 0 ] && [ ! -s live_save.err ] && cmp -s live_saved.sh live_inworld.sh && grep -q '^ip link add v0 ' live_saved.sh
check "vethlab save NAME prints the world's own vethlab-save" $? \
	"status $st" "$(cat live_save.err)" "$(diff live_saved.sh live_inworld.sh | head -20)"
timeout 20 "$VETHLAB" stop savetest >/dev/null 2>&1
out=$(timeout 20 "$VETHLAB" start savetest 2>&1)
timeout 60 "$VETHLAB" attach savetest <live_saved.sh >live_replay.txt 2>&1
check "the script rebuilds a fresh live world" $? "$(cat live_replay.txt)"
sleep 2
timeout 20 "$VETHLAB" save savetest >live_saved2.sh
cmp -s live_saved.sh live_saved2.sh
check "the rebuilt live world saves to the same script" $? "$(diff live_saved.sh live_saved2.sh | head -20)"
timeout 20 "$VETHLAB" stop savetest >/dev/null 2>&1
for _ in $(seq 100); do [ -e "$XDG_RUNTIME_DIR/vethlab/savetest.sock" ] || break; sleep 0.1; done
sleep 1
! grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error' "$XDG_RUNTIME_DIR"/vethlab/*.log
check "the live servers ended without a sanitizer report" $? "$(cat "$XDG_RUNTIME_DIR"/vethlab/*.log)"

# --- as root: the script is iproute2's and procps' syntax, which the real kernel takes
# (A new namespace has no net.core.netdev_max_backlog and no neigh/default: those are the initial one's.)
grep -v 'neigh\.default\.\|net\.core\.' saved.sh >saved_child.sh
# The conformance scenario save_replay replays this very script on both sides.
scen=tests/conformance/scenarios/save_replay.sh
diff <(sed 1d saved_child.sh) <(sed -n '2,/^sleep 5$/p' "$repo/$scen" | sed '$d') >scen.diff
check "the scenario save_replay replays what vethlab-save writes now" $? "$(head -20 scen.diff)"
if [ "$(id -u)" = 0 ] && unshare -n -m true 2>/dev/null; then
	out=$(timeout -s KILL 60 unshare -n -m sh -c '
		mkdir -p /run/netns && mount -t tmpfs vethlab-netns /run/netns &&
		mount -t sysfs vethlab-sysfs /sys && ip link set lo up && exec bash -e "$1"' sh "$tmp/saved_child.sh" 2>&1)
	st=$?
	[ $st = 0 ] && [ -z "$out" ]
	check "Linux runs the saved script without a complaint" $? "status $st" "$out"
fi

echo "save: $pass passed, $fail failed"
[ "$fail" = 0 ]
