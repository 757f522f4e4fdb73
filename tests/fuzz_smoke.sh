#!/bin/bash
# fuzz_smoke.sh: thousands of malformed and random command lines, built from a
# dictionary of real words, must never crash vethlab (nor, under the sanitizer
# build, trip ASan/UBSan). Deterministic: the generator is seeded.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
VETHLAB=$(realpath "$VETHLAB")
: "${FUZZ_LINES:=3000}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v n="$FUZZ_LINES" 'BEGIN {
	srand(42)
	split("ip ip ip ip ethtool sysctl ifconfig ping tcpdump route echo cat sleep kill jobs wait true arping tracepath", cmd, " ")
	split("link addr route neigh netns add del delete set show list get flush exec identify " \
	      "type veth peer name dev up down mtu address netns via src metric table local main all " \
	      "brd + label scope host link global lladdr nud permanent stale -s -d -o -br -4 -6 -n " \
	      "-c -i -I -W -w -t -q -f -e -v -r -a -S -x veth0 veth1 lo nosuch a b 1 0 -1 65535 70000 " \
	      "10.0.0.1 10.0.0.1/24 10.0.0.0/33 300.1.1.1 ::1 fe80::1 02:00:00:00:00:01 zz %1 %9 " \
	      "fe80::1%veth0 fe80::1%nosuch 2001:db8::1/64 2001:db8::/129 ff02::1 :: nodad -I veth1 " \
	      "net.ipv4.ip_forward net.ipv4.conf.all.rp_filter=1 net.ipv6.conf.all.disable_ipv6=1 " \
	      "/proc/sys/net/ipv4/conf/lo/accept_local > >> 2>&1 && || ; & \" \x27 \\\\ icmp arp and or not", w, " ")
	nc = length(cmd); nw = length(w)
	print "ip link add veth0 type veth peer name veth1"
	print "ip link set veth0 up; ip link set veth1 up; sleep 3"
	print "ip netns add a"
	for (i = 0; i < n; i++) {
		line = cmd[int(rand() * nc) + 1]
		k = int(rand() * 8)
		for (j = 0; j < k; j++)
			line = line " " w[int(rand() * nw) + 1]
		print line
	}
}' > "$tmp/fuzz.sh"
# Redirections in the generated lines create files: run in a scratch directory.
mkdir "$tmp/cwd"
# --no-bash: random lines must stay in vethlab's shell (real bash would run their kill for real).
(cd "$tmp/cwd" && "$VETHLAB" --no-bash --interrupt-after 2 "$tmp/fuzz.sh") > "$tmp/out" 2>&1 < /dev/null
st=$?
[ -n "${FUZZ_KEEP:-}" ] && cp "$tmp/fuzz.sh" "$tmp/out" /tmp/
if [ "$st" -ge 128 ] || grep -q -E "AddressSanitizer|runtime error|LeakSanitizer" "$tmp/out"; then
	grep -m 5 -E -A 10 "AddressSanitizer|runtime error|LeakSanitizer" "$tmp/out"
	echo "fuzz: 0 passed, 1 failed (status $st)"
	exit 1
fi
echo "fuzz: 1 passed, 0 failed"
