#!/bin/bash
# printers.sh: kernel-captured pcaps (tests/printers/*.pcap, made by record.sh)
# hold traffic vethlab's stack does not produce (IPv6 ND, MLDv2, RS, ICMPv6
# echo, UDP and TCP over IPv4 and IPv6, port unreachable) and Linux cooked
# captures of "any". vethlab's `tcpdump -r` must print them exactly as the
# real tcpdump does, under each option set, and again with every packet cut
# short at a range of snapshot lengths (with python3, which cuts the copies).
#
# Cooked v2 names interfaces by index in the reader's namespace, and without
# -n tcpdump looks names up: as root, the real tcpdump runs inside
# `unshare -n` (only lo, and no name server); otherwise those cases are
# skipped.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
pass=0 fail=0 skip=0
if ! command -v tcpdump >/dev/null 2>&1; then
	echo "printers: 0 passed, 1 failed (the real tcpdump is not installed)"
	exit 1
fi
shopt -s nullglob
pcaps=(tests/printers/*.pcap)
if [ ${#pcaps[@]} -lt 4 ]; then
	echo "printers: 0 passed, 1 failed (the kernel-captured fixtures tests/printers/*.pcap are missing)"
	exit 1
fi
isolated=0
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
	isolated=1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# compare PCAP OPTS: the real tcpdump and vethlab read PCAP with OPTS (the
# real one isolated where the reader's namespace or name lookups matter).
compare() {
	local pcap=$1 opts=$2
	if [[ $pcap != *any2* && ( " $opts " == *" -n "* || " $opts " == *" -nn "* ) ]]; then
		# shellcheck disable=SC2086
		tcpdump $opts -r "$pcap" > "$tmp/real" 2>&1
	elif [ "$isolated" = 1 ]; then
		# shellcheck disable=SC2086
		unshare -n sh -c 'ip link set lo up; exec tcpdump "$@"' sh $opts -r "$pcap" > "$tmp/real" 2>&1
	else
		skip=$((skip + 1))
		return
	fi
	"$VETHLAB" -c "tcpdump $opts -r $pcap" > "$tmp/ours" 2>&1
	if [ -s "$tmp/real" ] && diff -u "$tmp/real" "$tmp/ours" > "$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL $pcap ($opts)"
		head -20 "$tmp/diff"
		fail=$((fail + 1))
	fi
}

opt_sets=("-n" "-nn" "-n -e" "-n -q" "-n -qq -e" "-n -t" "-n -tt" "-n -ttt" "-n -tttt" "-n -ttttt"
	"-n -e -q" "-n -v" "-n -vv" "-n -vvv" "-n -e -v" "-n -K -v" "-n -S" "-n -S -vv" "-n -#"
	"-n -x" "-n -xx" "-n -X" "-n -XX" "-n -A" "-n -AA" "-n -e -vv -X" "-n -q -x"
	"-n icmp or icmp6" "-n -c 3 tcp" "-n --count" "" "-e" "-N -v")
for pcap in "${pcaps[@]}"; do
	for opts in "${opt_sets[@]}"; do
		compare "$pcap" "$opts"
	done
done

# Every packet cut at each snapshot length: tcpdump's truncation markers, and
# what -x dumps of a packet whose decoding was cut short.
if command -v python3 >/dev/null 2>&1; then
	for pcap in "${pcaps[@]}"; do
		for n in 1 13 14 15 16 18 20 21 24 28 30 34 36 38 40 42 44 46 48 50 54 56 58 60 62 64 \
			66 70 74 78 80 86 90 94 100 110 120; do
			cut=$tmp/$(basename "$pcap" .pcap)-s$n.pcap
			python3 - "$pcap" "$cut" "$n" <<'EOF'
import struct, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
d = open(src, 'rb').read()
e = '<' if d[:4] == b'\xd4\xc3\xb2\xa1' else '>'
out = bytearray(d[:24])
struct.pack_into(e + 'I', out, 16, n)
i = 24
while i + 16 <= len(d):
    s, u, cl, l = struct.unpack_from(e + 'IIII', d, i)
    out += struct.pack(e + 'IIII', s, u, min(cl, n), l) + d[i + 16:i + 16 + min(cl, n)]
    i += 16 + cl
open(dst, 'wb').write(out)
EOF
			for opts in "-n -vv -e -x" "-n -A -q"; do
				compare "$cut" "$opts"
			done
		done
	done
else
	echo "printers: python3 is missing: the snapshot-length cases are not run"
fi
if [ "$skip" = 0 ]; then
	echo "printers: $pass passed, $fail failed"
else
	echo "printers: $pass passed, $fail failed, $skip skipped (not root: cooked v2 names, name lookups)"
fi
[ "$fail" = 0 ]
