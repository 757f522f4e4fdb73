#!/bin/bash
# pwru.sh: pwru prints what cilium/pwru v1.0.9 prints (columns, widths, the
# kernel's function names, the drop line, pflag's usage and errors), checked
# byte for byte against the expected output in tests/pwru/.
. "$(dirname "$0")/runner.sh"

# check NAME: runs tests/pwru/NAME.sh; its stdout and exit status must be NAME.out.
check() {
	local name=$1 st
	(cd "$tmp" && TZ=UTC "$VETHLAB" "$OLDPWD/tests/pwru/$name.sh" >"$tmp/out" 2>"$tmp/err")
	st=$?
	echo "exit $st" >>"$tmp/out"
	if diff -u "tests/pwru/$name.out" "$tmp/out" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL pwru/$name"
		head -n 40 "$tmp/diff"
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

for t in tests/pwru/*.sh; do
	check "$(basename "$t" .sh)"
done
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
