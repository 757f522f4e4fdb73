#!/bin/bash
# graph.sh: `graph` draws the world as it is: a pair in the initial namespace,
# pairs into two namespaces and between them, one end down. The DOT names a
# box for every namespace, every device with its addresses and state, one
# edge per veth pair (dashed where an end is down); -o FILE.svg is an SVG
# whose text holds the devices, -o FILE.png a whole PNG, -o FILE.dot the DOT
# (graph.py reads them). The checker must catch a lost edge, a solid edge
# that should be dashed and cut files. Bad options and files fail with a
# message, status 2 (usage) or 1 (the file), and write nothing, as why's do.
. "$(dirname "$0")/runner.sh"

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL graph: $1"; fail=$((fail + 1)); }

# run NAME SCRIPT: runs SCRIPT (which writes $tmp/NAME.*); fails on a sanitizer report or a status.
run() {
	local out
	out=$("$VETHLAB" -c "$2" 2>&1)
	local st=$?
	if grep -q -E "AddressSanitizer|runtime error|LeakSanitizer" <<<"$out"; then
		bad "$1: sanitizer report"; grep -E "Sanitizer|runtime error" <<<"$out" | head -3
		return 1
	elif [ "$st" != 0 ]; then
		bad "$1: status $st: $out"
		return 1
	fi
}

# check WHAT ARGS...: graph.py passes.
check() {
	local out
	if out=$(python3 tests/graph.py "$@" 2>&1); then ok; else bad "$1 $2: $out"; fi
}

# The checker itself fails: check_fails DESCRIPTION ARGS...
check_fails() {
	local d=$1; shift
	if python3 tests/graph.py "$@" > /dev/null 2>&1; then bad "the checker missed $d"; else ok; fi
}

# 1. One pair in the initial namespace, both ends up, with IPv4 and IPv6 addresses.
run root "ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0; ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 10.0.0.2/24 dev veth1; ip link set veth0 up; ip link set veth1 up; sleep 1
graph > $tmp/root.dot; graph -o $tmp/root.svg; graph -o $tmp/root.png; graph -o $tmp/ROOT.DOT" &&
cat > "$tmp/root.spec" <<'SPEC'
cluster cluster_root root (initial namespace)
node lo lo loopback 127.0.0.1/8 ::1/128 UP,_state_UNKNOWN
node veth0 veth0 veth 10.0.0.1/24 2001:db8::1/64 UP,_state_UP
node veth1 veth1 veth 10.0.0.2/24 UP,_state_UP
edge veth0 veth1 solid
edges 1
nodes 3
SPEC
check dot "$tmp/root.dot" "$tmp/root.spec"
check dot "$tmp/ROOT.DOT" "$tmp/root.spec"
check svg "$tmp/root.svg" veth0 veth1 lo 10.0.0.1/24 2001:db8::1/64 "root (initial namespace)"
check png "$tmp/root.png"
if cmp -s "$tmp/root.dot" "$tmp/ROOT.DOT"; then ok; else bad "-o FILE.DOT differs from the DOT on stdout"; fi

# 2. Two namespaces: a pair from the initial one into each, one between them; b's end of
# the second pair is down (so that pair is dashed), and so is the pair between them.
run netns "ip netns add a; ip netns add b
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link add ab netns a type veth peer name ba netns b
ip addr add 10.1.0.1/24 dev va; ip -n a addr add 10.1.0.2/24 dev eth0
ip addr add 10.2.0.1/24 dev vb; ip -n b addr add 10.2.0.2/24 dev eth0
ip -n a addr add 10.3.0.1/30 dev ab; ip -n b addr add 10.3.0.2/30 dev ba
ip link set va up; ip -n a link set eth0 up; ip link set vb up; ip -n a link set ab up; ip -n a link set lo up
sleep 1.1
graph > $tmp/netns.dot; graph -o $tmp/netns.svg; graph -o $tmp/netns.png" &&
cat > "$tmp/netns.spec" <<'SPEC'
cluster cluster_root root (initial namespace)
cluster cluster_netns_a netns a
cluster cluster_netns_b netns b
node va va veth 10.1.0.1/24 UP,_state_UP
node vb vb veth 10.2.0.1/24 UP,_state_LOWERLAYERDOWN
node a/eth0 eth0 veth 10.1.0.2/24 UP,_state_UP
node b/eth0 eth0 veth 10.2.0.2/24 DOWN,_state_DOWN
node a/ab ab veth 10.3.0.1/30 UP,_state
node b/ba ba veth 10.3.0.2/30 DOWN,_state_DOWN
node a/lo lo UP
node b/lo lo DOWN,_state_DOWN
edge va a/eth0 solid
edge vb b/eth0 dashed
edge a/ab b/ba dashed
edges 3
nodes 9
SPEC
check dot "$tmp/netns.dot" "$tmp/netns.spec"
check svg "$tmp/netns.svg" "netns a" "netns b" va vb eth0 ab ba 10.3.0.2/30
check png "$tmp/netns.png"
# Each pair is one edge, whichever end is dumped first.

# 3. A bridge: each port an arrow to br0, solid while the bridge is up, dashed once it is down.
run bridge "ip link add br0 type bridge; ip link set br0 up
ip link add p1 type veth peer name q1; ip link add p2 type veth peer name q2
ip link set p1 master br0; ip link set p2 master br0
ip link set p1 up; ip link set q1 up; ip link set p2 up; ip link set q2 up
graph > $tmp/br-up.dot; ip link set br0 down; graph > $tmp/br-down.dot; ip link set p2 nomaster; graph > $tmp/br-nomaster.dot" &&
printf 'node br0 br0 bridge\nmaster p1 br0 solid\nmaster p2 br0 solid\nedge p1 q1 solid\nedges 2\n' > "$tmp/br-up.spec" &&
printf 'master p1 br0 dashed\nmaster p2 br0 dashed\n' > "$tmp/br-down.spec" &&
printf 'master p1 br0 dashed\nedges 2\n' > "$tmp/br-nomaster.spec"
check dot "$tmp/br-up.dot" "$tmp/br-up.spec"
check dot "$tmp/br-down.dot" "$tmp/br-down.spec"
check dot "$tmp/br-nomaster.dot" "$tmp/br-nomaster.spec"
check_fails "a port left out" dot "$tmp/br-nomaster.dot" "$tmp/br-down.spec"
if [ "$(grep -c -- ' -- ' "$tmp/netns.dot")" = 3 ]; then ok; else bad "not one edge per pair: $(grep -- ' -- ' "$tmp/netns.dot")"; fi

# The checker fails on a lost edge, a pair drawn solid while an end is down, a lost address,
# and cut or broken files.
grep -v -- '^	vb -- ' "$tmp/netns.dot" > "$tmp/lost.dot"
check_fails "a lost edge" dot "$tmp/lost.dot" "$tmp/netns.spec"
sed 's/^\(edge vb b\/eth0\) dashed/\1 solid/' "$tmp/netns.spec" > "$tmp/solid.spec"
check_fails "a down pair drawn solid" dot "$tmp/netns.dot" "$tmp/solid.spec"
sed 's|10.2.0.2/24|10.2.0.9/24|' "$tmp/netns.dot" > "$tmp/addr.dot"
check_fails "a wrong address" dot "$tmp/addr.dot" "$tmp/netns.spec"
head -c 3000 "$tmp/netns.svg" > "$tmp/cut.svg"
check_fails "a cut SVG" svg "$tmp/cut.svg" va
check_fails "an SVG without a device" svg "$tmp/root.svg" nosuchdev
head -c 2000 "$tmp/netns.png" > "$tmp/cut.png"
check_fails "a cut PNG" png "$tmp/cut.png"
{ printf 'GIF89a..'; tail -c +9 "$tmp/netns.png"; } > "$tmp/sig.png"
check_fails "a PNG without its signature" png "$tmp/sig.png"

# expect_error GRAPH_ARGS STATUS MESSAGE: fails so, and leaves no file behind.
expect_error() {
	local out
	out=$(cd "$tmp" && "$VETHLAB" -c "graph $1; echo status \$?" 2>&1)
	if grep -q -F -- "$3" <<<"$out" && grep -q "^status $2$" <<<"$out" && [ ! -e "$tmp/err.svg" ] &&
		! grep -q -E "Sanitizer|runtime error" <<<"$out"; then
		ok
	else
		bad "graph $1: $out"
	fi
}
expect_error "-o" 2 "graph: -o needs a file name"
expect_error "-o err.jpg" 2 "graph: err.jpg: unknown format: name the file .svg, .png or .dot"
expect_error "-o err" 2 "graph: err: unknown format: name the file .svg, .png or .dot"
expect_error "-x" 2 "graph: usage: graph [-o FILE.svg|FILE.png|FILE.dot]"
expect_error "err.svg" 2 "graph: usage: graph [-o FILE.svg|FILE.png|FILE.dot]"
expect_error "-o $tmp/no/such/dir/err.svg" 1 "graph: $tmp/no/such/dir/err.svg: No such file or directory"
expect_error "-o /proc/sys/net/ipv4/err.svg" 1 "graph: /proc/sys/net/ipv4/err.svg: not emulated"
expect_error "-h" 0 "usage: graph [-o FILE.svg|FILE.png|FILE.dot]"

echo "graph: $pass passed, $fail failed"
[ "$fail" = 0 ]
