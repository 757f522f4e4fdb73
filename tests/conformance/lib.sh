# lib.sh: shared by record.sh and run.sh: how a scenario runs on each side and how
# outputs are normalised. Only text that is random on the kernel is rewritten.

# Runs scenario $1 on the real kernel in a fresh network and mount namespace that
# looks like a booted host (lo up), with a private /run/netns and a sysfs of its
# own (so /sys/class/net shows the scenario's devices, and a write there can never
# reach the host's). Prints its output. Returns 124 when the run had to be killed
# after KERNEL_TIMEOUT seconds (90 by default): that is a timeout, never a result.
run_kernel() {
	local scen=$1 scratch st
	scratch=$(mktemp -d)
	cp "$scen" "$scratch/$(basename "$scen")"
	timeout -s KILL "${KERNEL_TIMEOUT:-90}" unshare -n -m sh -c '
		mkdir -p /run/netns && mount -t tmpfs vethlab-netns /run/netns &&
		mount -t sysfs vethlab-sysfs /sys &&
		ip link set lo up && cd "$1" && exec bash "$2"' sh "$scratch" "$(basename "$scen")" 2>&1
	st=$?
	rm -rf "$scratch"
	[ "$st" = 137 ] && return 124
	return 0
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
# figures (ping's rtt and elapsed time, arping's " 0.543ms", tracepath's
# "  0.042ms" with the blanks before it, whose count follows the figure's width) are replaced by
# placeholders, as are traceroute's rtt figures ("  0.042 ms", each probe's in a row
# that starts with its hop number; the blanks, addresses, stars and !H marks stay).
# arping prints MACs in capitals: they are numbered as the same
# MACs in lower case.
# ip -s neigh's "used A/B/C" are the entry's ages in whole seconds of wall
# clock: the kernel's commands take milliseconds each (more on a loaded
# machine), vethlab's none, so after a few seconds they straddle a second
# boundary apart; they become U/U/U (in ip -j -s neigh too). A learnt path MTU's "expires NNNsec"
# (ip route get, ip route show cache) counts down the same wall clock: it
# becomes "expires Esec" ("expires":E in ip -j). An IPv6 fragment's identification is random
# (ipv6_select_ident's per-boot key): "frag (0xID:".
# A bridge's timers (ip -d: gc_timer, hello_timer, topology_change_timer, a
# port's forward_delay_timer; twice, as adjacent ones share a blank) and its
# fdb entries' ages (bridge -s fdb: used U/U) follow the kernel's deferrable
# work and its jiffies: their values are "T" and "U", as is brctl showmacs's
# ageing timer (the time since the entry was refreshed, in real time there).
# The kernel dumps its neighbour tables (ip neigh, /proc/net/arp) in hash order,
# which depends on a per-boot random key: each run of consecutive neighbour
# lines is sorted, on both sides, before anything else.
normalize() {
	sort_hash_ordered | normalize_macs | sed -E \
		-e 's/time=[0-9.]+ ms/time=T ms/g' \
		-e 's|rtt min/avg/max/mdev = [0-9./]+ ms|rtt min/avg/max/mdev = R ms|' \
		-e 's/, time [0-9]+ms/, time Tms/' \
		-e 's/^((Unicast|Broadcast) (reply|request) from .*) [0-9]+\.[0-9]{3}ms$/\1 Tms/' \
		-e 's/^( *[0-9]+\??: +[^ ].*[^ ]) +[0-9]+\.[0-9]{3}ms( |$)/\1 Tms\2/' \
		-e 's|ipg/ewma [0-9./]+ ms|ipg/ewma I ms|' \
		-e '/^[ 0-9][0-9]{1,2}  ([*]|[0-9A-Za-z])/ s/  [0-9]+\.[0-9]{3} ms/  T ms/g' \
		-e 's|min/avg/ewma/max = [0-9./]+ ms|min/avg/ewma/max = R ms|' \
		-e 's/^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} /TS /' \
		-e 's/^[0-9]{9,10}\.[0-9]{6} /TS /' \
		-e 's/^\[[0-9]{9,10}\.[0-9]{6}\] /[TS] /' \
		-e 's/ id [0-9]+, seq / id ID, seq /g' \
		-e 's/, id [0-9]+, offset /, id IPID, offset /g' \
		-e 's/flowlabel 0x[0-9a-f]+/flowlabel FL/' \
		-e 's| used [0-9]+/[0-9]+/[0-9]+ | used U/U/U |' \
		-e 's| used [0-9]+/[0-9]+ | used U/U |' \
		-e 's/^( +[0-9]+\t([0-9a-f]{2}:){5}[0-9a-f]{2}|( +[0-9]+\tMAC[0-9]+))\t(yes|no)\t\t +[0-9]+\.[0-9]{2}$/\1\t\4\t\t   T/' \
		-e 's/ (gc_timer|forward_delay_timer|hello_timer|topology_change_timer) +[0-9]+\.[0-9]{2} / \1 T /g' \
		-e 's/ (gc_timer|forward_delay_timer|hello_timer|topology_change_timer) +[0-9]+\.[0-9]{2} / \1 T /g' \
		-e 's/"(gc_timer|forward_delay_timer|hello_timer|topology_change_timer)":( ?)[0-9]+\.[0-9]{2}/"\1":\2T/g' \
		-e 's/"used":[0-9]+,"confirmed":[0-9]+,"updated":[0-9]+/"used":U,"confirmed":U,"updated":U/g' \
		-e 's/cache expires [0-9]+sec /cache expires Esec /' \
		-e 's/"expires":( ?)[0-9]+/"expires":\1E/g' \
		-e 's/ metric ([0-9]+) expires [0-9]+sec / metric \1 expires Esec /' \
		-e 's/ frag \(0x[0-9a-f]{8}:/ frag (0xID:/g' \
		-e 's/^(\t  0x0000: ) [0-9a-f ]+$/\1 NONCE/'
}

# Sorts each maximal run of lines that are neighbour entries: "ADDR dev DEV ... STATE"
# from ip neigh (with its flags, -s statistics and protocol, and ip -br neigh's
# columns), the rows of /proc/net/arp, and the rows arp(8) prints from it
# (arp -e and arp -a).
sort_hash_ordered() {
	awk '
	function flush() {
		if (n) {
			# insertion sort: runs are short
			for (i = 2; i <= n; i++) {
				v = run[i]
				for (j = i - 1; j >= 1 && run[j] > v; j--)
					run[j + 1] = run[j]
				run[j + 1] = v
			}
			for (i = 1; i <= n; i++)
				print run[i]
		}
		n = 0
	}
	/^[0-9a-f.:]+ (dev [^ ]+ )?(lladdr [^ ]+ )?(router )?(proxy )?[A-Z]+(,[A-Z]+)* ?$/ ||
	/^[0-9.]+ +0x[0-9a-f]+ +0x[0-9a-f]+ +[0-9a-f:]+ +[*] +[^ ]+$/ ||
	/^[0-9a-f.:]+ (dev [^ ]+ )?(lladdr [^ ]+ )?(router )?(proxy )?(extern_learn )?( ref [0-9]+)?( used [0-9]+\/[0-9]+\/[0-9]+probes [0-9]+ )?([A-Z]+ )*(proto [^ ]+ )?$/ ||
	/^[^ ]+ +([a-z0-9]+ +[0-9a-f:]+|[*] +<from_interface>|\(incomplete\)) +[CMPAT!]* +[^ ]+$/ ||
	/^[^ ]+ \([0-9.]+\) at .* on [^ ]+$/ ||
	/^[0-9a-f]*[.:][0-9a-f.:]* {2,}[^ ]+ +[^ ]*$/ {
		run[++n] = $0
		next
	}
	{ flush(); print }
	END { flush() }'
}

normalize_macs() {
	awk '
	{
		line = $0; out = ""
		# arping prints them in capitals, in brackets: the same MAC in lower case.
		if (line ~ /^(Unicast|Broadcast) (reply|request) from /) {
			while (match(line, /\[[0-9A-F][0-9A-F](:[0-9A-F][0-9A-F])+\]/)) {
				out = out substr(line, 1, RSTART - 1) "[" tolower(substr(line, RSTART + 1, RLENGTH - 2)) "]"
				line = substr(line, RSTART + RLENGTH)
			}
			line = out line; out = ""
		}
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

# kernel_check SCENARIO TMPDIR: re-runs SCENARIO on the kernel and compares it with
# TMPDIR/exp (already normalised). Returns 0 when the kernel still prints it, 1
# when it differs twice (TMPDIR/diff holds the last diff), 2 when every one of
# KERNEL_TRIES runs timed out. A timed-out run never counts as a difference.
: "${KERNEL_TRIES:=3}"
kernel_check() {
	local scen=$1 tmp=$2 try mismatches=0
	for ((try = 1; try <= KERNEL_TRIES; try++)); do
		run_kernel "$scen" > "$tmp/kern.raw"
		[ $? = 124 ] && continue
		normalize < "$tmp/kern.raw" > "$tmp/kern"
		diff -u "$tmp/exp" "$tmp/kern" > "$tmp/diff" && return 0
		mismatches=$((mismatches + 1))
		[ "$mismatches" -ge 2 ] && return 1
	done
	[ "$mismatches" -gt 0 ] && return 1
	return 2
}
