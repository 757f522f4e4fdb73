#!/bin/bash
# why_picture.sh: `why --svg FILE` and `why --png FILE` draw each seed's failure
# (and a routed journey through three namespaces, an ARP request nobody
# answers, and a send with no route, so no packet):
# the SVG is XML whose glyphs spell what why listed it drew (-v), and that
# listing holds every hop and every end `why -j` reports (why_picture.py); the
# PNG is the same picture. The checker must catch a missing arrow and a broken
# file. Bad options and files fail with a message and write nothing.
. "$(dirname "$0")/runner.sh"

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL why_picture: $1"; fail=$((fail + 1)); }

# picture NAME SCRIPT: runs SCRIPT with its `why` lines drawn too, and checks the last picture.
picture() {
	local name=$1 out
	sed "s|^why\$|why -j > $tmp/$name.json; why --svg $tmp/$name.svg -v > $tmp/$name.list; why --png $tmp/$name.png|" \
		"$2" > "$tmp/$name.sh"
	out=$("$VETHLAB" "$tmp/$name.sh" 2>&1)
	if grep -q -E "AddressSanitizer|runtime error|LeakSanitizer" <<<"$out"; then
		bad "$name: sanitizer report"; grep -E "Sanitizer|runtime error" <<<"$out" | head -3
	elif out=$(python3 tests/why_picture.py "$tmp/$name.json" "$tmp/$name.list" "$tmp/$name.svg" \
		"$tmp/$name.png" 2>&1); then
		ok
	else
		bad "$name: $out"
	fi
}

for seed in examples/seed00[0-3]-*.sh; do
	picture "$(basename "$seed" .sh)" "$seed"
done

cat > "$tmp/routed.in" <<'SH'
ip netns add h1; ip netns add r; ip netns add h2
ip link add eth0 netns h1 type veth peer name left netns r
ip link add eth0 netns h2 type veth peer name right netns r
ip -n h1 addr add 10.1.0.2/24 dev eth0; ip -n h1 link set eth0 up
ip -n r addr add 10.1.0.1/24 dev left; ip -n r link set left up
ip -n r addr add 10.2.0.1/24 dev right; ip -n r link set right up
ip -n h2 addr add 10.2.0.2/24 dev eth0; ip -n h2 link set eth0 up
ip -n h1 route add default via 10.1.0.1; ip -n h2 route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec h1 ping -c 2 -W 1 10.2.0.2
why
SH
picture routed "$tmp/routed.in"
printf '%s\n' "ip link add veth0 type veth peer name veth1" "ip addr add 10.0.0.1/24 dev veth0" \
	"ip link set veth0 up; ip link set veth1 up" "ping -c 1 -W 1 10.0.0.2" "why" > "$tmp/unanswered.in"
picture unanswered "$tmp/unanswered.in"
printf '%s\n' "ip netns add b; ip link add veth0 type veth peer name veth1 netns b" \
	"ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.1.2/24 dev veth1" \
	"ip link set veth0 up; ip -n b link set veth1 up" "ping -c 1 -W 1 10.0.1.2" "why" > "$tmp/noroute.in"
picture noroute "$tmp/noroute.in"

# The checker fails on a picture that lost an arrow or put a drop on the wrong lane, and on a file cut short.
name=seed003-lo-down
awk '!/^arrow / || done++' "$tmp/$name.list" > "$tmp/lost.list"
if python3 tests/why_picture.py "$tmp/$name.json" "$tmp/lost.list" "$tmp/$name.svg" > /dev/null 2>&1; then
	bad "the checker missed a lost arrow"
else
	ok
fi
sed 's|^mark dropped 2 root/lo|mark dropped 2 root/veth1|' "$tmp/$name.list" > "$tmp/moved.list"
if python3 tests/why_picture.py "$tmp/$name.json" "$tmp/moved.list" "$tmp/$name.svg" > /dev/null 2>&1; then
	bad "the checker missed a drop marked on the wrong lane"
else
	ok
fi
head -c 2000 "$tmp/$name.svg" > "$tmp/cut.svg"
if python3 tests/why_picture.py "$tmp/$name.json" "$tmp/$name.list" "$tmp/cut.svg" > /dev/null 2>&1; then
	bad "the checker took a cut SVG"
else
	ok
fi

# why --svg FILE COMMAND runs the command first (its status), then draws it.
out=$("$VETHLAB" -c "ip netns add b; ip link add veth0 type veth peer name veth1 netns b
ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; ip link set veth0 up
why --svg $tmp/cmd.svg -v ping -c 1 -W 1 10.0.0.2; echo status \$?" 2>&1)
if grep -q "^status 1$" <<<"$out" && grep -q -P "^title\twhy: ping -c 1 -W 1 10.0.0.2$" <<<"$out" &&
	grep -q -P "^mark dropped 2 root/veth0\t#2 dropped: SKB_DROP_REASON_QDISC_DROP" <<<"$out" &&
	[ -s "$tmp/cmd.svg" ]; then
	ok
else
	bad "why --svg FILE COMMAND: $out"
fi

# expect_error WHY_ARGS STATUS MESSAGE: fails so, and leaves no file behind.
expect_error() {
	local out
	out=$(cd "$tmp" && "$VETHLAB" -c "ping -c 1 127.0.0.1 > /dev/null; why $1; echo status \$?" 2>&1)
	if grep -q -F -- "$3" <<<"$out" && grep -q "^status $2$" <<<"$out" && [ ! -e "$tmp/err.png" ]; then
		ok
	else
		bad "why $1: $out"
	fi
}
expect_error "--svg" 2 "why: --svg needs a file name"
expect_error "-j --png" 2 "why: --png needs a file name"
expect_error "-v" 2 "why: -v lists what --svg or --png draws: give one of them"
expect_error "--png $tmp/no/such/dir/err.png" 1 "why: $tmp/no/such/dir/err.png: No such file or directory"
expect_error "--svg /proc/sys/net/ipv4/err.svg" 1 "why: /proc/sys/net/ipv4/err.svg: not emulated"
expect_error "--png err.png --svg /proc/net/err.svg" 1 "why: /proc/net/err.svg: not emulated"

echo "why_picture: $pass passed, $fail failed"
[ "$fail" = 0 ]
