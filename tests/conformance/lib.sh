# lib.sh: shared by record.sh and run.sh: how a scenario runs on each side and how
# outputs are normalised. Only text that is random on the kernel is rewritten.

# Runs scenario $1 on the real kernel in a fresh network and mount namespace that
# looks like a booted host (lo up), with a private /run/netns. Prints its output.
# A tcpdump left idle in poll() sometimes ignores the scenario's kill (its SIGTERM
# handler only asks libpcap to break the loop): after 90 s the whole process
# group gets SIGKILL, so a hung run ends with short output and is retried.
run_kernel() {
	scen=$1
	scratch=$(mktemp -d)
	cp "$scen" "$scratch/$(basename "$scen")"
	timeout -s KILL 90 unshare -n -m sh -c '
		mkdir -p /run/netns && mount -t tmpfs vethlab-netns /run/netns &&
		ip link set lo up && cd "$1" && exec bash "$2"' sh "$scratch" "$(basename "$scen")" 2>&1
	rm -rf "$scratch"
}

# Runs scenario $1 under vethlab ($VETHLAB) the same way.
run_vethlab() {
	scen=$1
	scratch=$(mktemp -d)
	cp "$scen" "$scratch/$(basename "$scen")"
	(cd "$scratch" && "$VETHLAB" "$(basename "$scen")") 2>&1
	rm -rf "$scratch"
}

# MAC addresses are random on both sides: each distinct one becomes MAC1, MAC2, ...
# in order of first appearance, so equal MACs must stay equal. Clock-driven
# figures (ping's rtt and elapsed time) are replaced by placeholders.
normalize() {
	normalize_macs | sed -E \
		-e 's/time=[0-9.]+ ms/time=T ms/g' \
		-e 's|rtt min/avg/max/mdev = [0-9./]+ ms|rtt min/avg/max/mdev = R ms|' \
		-e 's/, time [0-9]+ms/, time Tms/' \
		-e 's|ipg/ewma [0-9./]+ ms|ipg/ewma I ms|' \
		-e 's/^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} /TS /' \
		-e 's/^[0-9]{9,10}\.[0-9]{6} /TS /' \
		-e 's/ id [0-9]+, seq / id ID, seq /g' \
		-e 's/, id [0-9]+, offset /, id IPID, offset /g' \
		-e 's/flowlabel 0x[0-9a-f]+/flowlabel FL/' \
		-e 's/^(\t  0x0000: ) [0-9a-f ]+$/\1 NONCE/'
}

normalize_macs() {
	awk '
	{
		line = $0; out = ""
		while (match(line, /[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]/)) {
			mac = substr(line, RSTART, RLENGTH)
			if (mac != "00:00:00:00:00:00" && mac != "ff:ff:ff:ff:ff:ff") {
				if (!(mac in seen)) seen[mac] = "MAC" (++n)
				rep = seen[mac]
			} else rep = mac
			out = out substr(line, 1, RSTART - 1) rep
			line = substr(line, RSTART + RLENGTH)
		}
		line = out line; out = ""
		# Link-local addresses derive from the MACs: numbered the same way.
		while (match(line, /fe80::[0-9a-f]+:[0-9a-f]+(:[0-9a-f]+)*/)) {
			ll = substr(line, RSTART, RLENGTH)
			if (!(ll in seen)) seen[ll] = "LL" (++m)
			out = out substr(line, 1, RSTART - 1) seen[ll]
			line = substr(line, RSTART + RLENGTH)
		}
		print out line
	}'
}

kernel_available() {
	[ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 &&
		unshare -n -m true 2>/dev/null
}
