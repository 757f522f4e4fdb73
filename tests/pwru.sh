#!/bin/bash
# pwru.sh: pwru prints what cilium/pwru v1.0.9 prints (columns, widths, the
# kernel's function names, the drop line, pflag's usage and errors), checked
# line by line against the formats and messages of pwru's own source.
. "$(dirname "$0")/runner.sh"

# What the checks expect is taken from cilium/pwru v1.0.9's source (its
# output.go formats, spf13/pflag's messages) and the kernel's receive path,
# never from vethlab's own output: there is no pwru on this machine to record.

# stdout_has NAME PATTERN...: tests/pwru/NAME.sh's stdout (and "exit N") has each PATTERN (grep -E).
stdout_has() {
	local name=$1
	shift
	(cd "$tmp" && TZ=UTC "$VETHLAB" "$OLDPWD/tests/pwru/$name.sh" >"$tmp/out" 2>/dev/null)
	echo "exit $?" >>"$tmp/out"
	for pat in "$@"; do
		if ! grep -q -E -- "$pat" "$tmp/out"; then
			echo "FAIL pwru/$name: no match for '$pat'"
			sed 's/^/    | /' "$tmp/out" | head -n 20
			fail=$((fail + 1))
			return
		fi
	done
	pass=$((pass + 1))
}

# funcs NAME FUNC...: the FUNC column of NAME's trace lines is exactly this sequence.
funcs() {
	local name=$1 got want
	shift
	(cd "$tmp" && TZ=UTC "$VETHLAB" "$OLDPWD/tests/pwru/$name.sh" 2>/dev/null) |
		awk '/^0x[0-9a-f]+ /{print $NF}' >"$tmp/funcs"
	got=$(tr '\n' ' ' <"$tmp/funcs")
	want="$* "
	if [ "$got" = "$want" ]; then
		pass=$((pass + 1))
	else
		echo "FAIL pwru/$name functions: got '$got', want '$want'"
		fail=$((fail + 1))
	fi
}

# stderr NAME PATTERN...: what tests/pwru/NAME.sh printed on stderr has each PATTERN (grep -E).
stderr_has() {
	local name=$1
	shift
	(cd "$tmp" && TZ=UTC "$VETHLAB" "$OLDPWD/tests/pwru/$name.sh" >/dev/null 2>"$tmp/err")
	for pat in "$@"; do
		if ! grep -q -E -- "$pat" "$tmp/err"; then
			echo "FAIL pwru/$name (stderr): no match for '$pat'"
			sed 's/^/    | /' "$tmp/err" | head -n 15
			fail=$((fail + 1))
			return
		fi
	done
	pass=$((pass + 1))
}

# output.go's header: "%-18s %-3s %-16s", then the meta columns, then TUPLE and FUNC.
head_re="^$(printf '%-18s %-3s %-16s' SKB CPU PROCESS) NETNS +MARK/x +IFACE +PROTO +MTU +LEN +TUPLE FUNC\$"
# A row: SKB as %#x, CPU, PROCESS, netns inode, mark, IFACE, PROTO %#04x, MTU, LEN, tuple, function.
row_re='^0x[0-9a-f]{16} 0   <empty>:0 +[0-9]{10} 0 +[^ ]+ +0x0800 1500 +[0-9]+ +10\.0\.0\.1:0->10\.0\.0\.2:0\(icmp\) '
stdout_has rpfilter "$head_re" "${row_re}fib_validate_source\$" \
	'^1 packets transmitted, 0 received, 100% packet loss' '^exit 0$'
# b's strict rp_filter: out of a, into b, its route lookup's source check, the drop with its reason.
funcs rpfilter __dev_queue_xmit __netif_receive_skb __netif_receive_skb_one_core fib_validate_source \
	'sk_skb_reason_drop(SKB_DROP_REASON_IP_RPFILTER)'
# Filtered by namespace (a: names known, "v0:2"), then without the meta columns (--output-meta=false).
stdout_has ping "$head_re" "${row_re}__dev_queue_xmit\$" ' +v0:2 +0x0800 ' \
	"^$(printf '%-18s %-3s %-16s' SKB CPU PROCESS) TUPLE FUNC\$" \
	'^0x[0-9a-f]{16} 0   <empty>:0        10\.0\.0\.1:0->10\.0\.0\.2:0\(icmp\) consume_skb$' '^exit 0$'
stdout_has usage '^st=0$' '^pwru v1\.0\.9$' '^exit 0$'
# pflag's errors go to stdout too (and exit 2); pwru's own failures exit 1.
stdout_has errors '^unknown flag: --foo$' "^unknown shorthand flag: 'x' in -x$" \
	'^invalid argument "maybe" for "--output-meta" flag: strconv\.ParseBool: parsing "maybe": invalid syntax$' \
	'^flag needs an argument: --filter-netns$' '^st=2$' '^st=1$' '^unknown flag: --no-such$'
stderr_has rpfilter '^2023/11/14 22:13:20 Attaching kprobes \(via kprobe-multi\)\.\.\.$' \
	'^2023/11/14 22:13:20 Listening for events\.\.$' '^2023/11/14 22:13:21 Received signal, exiting program\.\.$'
stderr_has usage '^Usage: pwru \[options\] \[pcap-filter\]$' \
	'^      --filter-non-skb-funcs strings   filter non-skb kernel functions to be probed' \
	'^  -h, --help                           display this message and exit$' \
	'^      --output-tuple                   print L4 tuple \(default true\)$' \
	'^      --timestamp string               print timestamp per skb \("current", "relative", "absolute", "none"\) \(default "none"\)$'
stderr_has errors '^unknown flag: --foo$' '^unknown shorthand flag: .x. in -x$' \
	'^pwru: option --output-json is not supported by vethlab$' \
	'Failed to get pwru config: Failed to retrieve netns /run/netns/nope: no such file or directory$' \
	'Failed to retrieve netns inode:abc: strconv.Atoi: parsing "abc": invalid syntax$' \
	'Failed to get pwru config: inode netns specifier cannot be used with --filter-ifname$' \
	'Failed to get pwru config: route ip\+net: no such network interface$' '^unknown flag: --no-such$' \
	"^2023/11/14 22:13:20 Failed to inject filter ebpf for kprobe_skb_1: failed to pcap_compile 'bogus': .*syntax error \(l3=false\)$"

echo "pwru: $pass passed, $fail failed"
[ "$fail" = 0 ]
