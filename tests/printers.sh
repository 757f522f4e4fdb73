#!/bin/bash
# printers.sh: kernel-captured pcaps (tests/printers/*.pcap, made by record.sh)
# hold traffic vethlab's stack does not produce (IPv6 ND, MLDv2, RS, ICMPv6
# echo, UDP, TCP with options, port unreachable). vethlab's `tcpdump -r` must
# print them exactly as the real tcpdump does, under each option set.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
pass=0 fail=0
if ! command -v tcpdump >/dev/null 2>&1; then
	echo "printers: 0 passed, 1 failed (the real tcpdump is not installed)"
	exit 1
fi
shopt -s nullglob
pcaps=(tests/printers/*.pcap)
if [ ${#pcaps[@]} -lt 2 ]; then
	echo "printers: 0 passed, 1 failed (the kernel-captured fixtures tests/printers/*.pcap are missing)"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pcap in "${pcaps[@]}"; do
	for opts in "" "-e" "-q" "-t" "-tt" "-e -q" "-v" "-e -v"; do
		# shellcheck disable=SC2086
		tcpdump -n $opts -r "$pcap" > "$tmp/real" 2>&1
		"$VETHLAB" -c "tcpdump -n $opts -r $pcap" > "$tmp/ours" 2>&1
		if [ -s "$tmp/real" ] && diff -u "$tmp/real" "$tmp/ours" > "$tmp/diff"; then
			pass=$((pass + 1))
		else
			echo "FAIL $pcap ($opts)"
			head -20 "$tmp/diff"
			fail=$((fail + 1))
		fi
	done
done
echo "printers: $pass passed, $fail failed"
[ "$fail" = 0 ]
