#!/bin/bash
# live.sh: live worlds (vethlab start|stop|ls|attach): a world that outlives
# its clients, refusing a second start, a stale socket from a dead server,
# attach running commands from a pipe, two clients sharing one world (a
# capture in one sees the other's ping, from pipes and in two tmux terminals
# where Ctrl-C stops only the ping), SIGINT reaching only one client's
# foreground command, a client killed mid-command, refusing another uid, a
# server that survives garbage, vethlab bash (a script with bash's features,
# ip netns exec NS bash, /proc/sys/net through the interposer, the host
# untouched as root), and servers that end leak-free (their log holds any
# sanitizer report), virtual time under vethlab bash and --virtual-time
# start, and a client that does not read its output holding up only itself.
. "$(dirname "$0")/runner.sh"

export XDG_RUNTIME_DIR="$tmp/rt"
mkdir -m 700 "$XDG_RUNTIME_DIR"
dir="$XDG_RUNTIME_DIR/vethlab"
worlds=()
pids=()
trap 'for w in "${worlds[@]}"; do timeout 10 "$VETHLAB" stop "$w" >/dev/null 2>&1; done; rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { # name, details...
	echo "FAIL live: $1"
	shift
	for d in "$@"; do printf '%s\n' "$d" | sed 's/^/    | /'; done
	fail=$((fail + 1))
}
check() { # name, condition status, details...
	local name=$1 st=$2
	shift 2
	if [ "$st" = 0 ]; then ok; else bad "$name" "$@"; fi
}

# start NAME: starts a world (what it printed in $started), remembers its name and server pid.
start() {
	started=$(timeout 20 "$VETHLAB" start "$1" 2>&1)
	check "start $1" $? "$started"
	worlds+=("$1")
	pids+=("$(timeout 20 "$VETHLAB" ls | awk -v n="$1" '$1 == n { print $2 }')")
}

# attach NAME CMDS: runs the commands in the world from a pipe.
attach() { printf '%s\n' "$2" | timeout 20 "$VETHLAB" attach "$1"; }

# --- start, ls, a second start, attach from a pipe, stop
start w1
[ "$started" = "vethlab: world 'w1' listening on $dir/w1.sock" ]
check "start says where it listens" $? "$started"
[ "$(stat -c %a "$dir")" = 700 ]
check "the directory is 0700" $? "$(stat -c %a "$dir")"
out=$(timeout 20 "$VETHLAB" start w1 2>&1)
st=$?
[ $st = 1 ] && [ "$out" = "vethlab: world 'w1' is already running ($dir/w1.sock)" ]
check "a second start is refused" $? "status $st" "$out"
out=$(timeout 20 "$VETHLAB" ls)
grep -Eq "^w1 +[0-9]+ +0 +$dir/w1.sock$" <<<"$out"
check "ls lists the world" $? "$out"

attach w1 'ip link add veth0 type veth peer name veth1
ip link set veth0 up' >/dev/null
out=$(attach w1 'ip -br link show veth0; exit 7')
st=$?
[ $st = 7 ] && grep -q '^veth0@veth1 ' <<<"$out"
check "a second client sees the first one's world; exit status comes back" $? "status $st" "$out"
out=$(attach w1 'echo $X; cd /tmp; pwd' 2>&1)
[ "$out" = $'\n/tmp' ]
check "each client has its own variables and working directory" $? "$out"
out=$(cd "$tmp" && X=fromclient attach w1 'echo $X; pwd')
[ "$out" = $'fromclient\n'"$tmp" ]
check "a session starts from the client's environment and directory" $? "$out"
out=$(attach w1 'nosuchcmd
if true; then :; fi
echo not reached' 2>&1)
st=$?
[ $st = 2 ] && grep -q 'nosuchcmd: command not found' <<<"$out" && ! grep -q 'not reached' <<<"$out"
check "errors of a piped session are the shell's" $? "status $st" "$out"

# --- subcommands win over scripts, except as a path
printf 'echo ran the file named start\n' >"$tmp/start"
out=$(cd "$tmp" && timeout 20 "$VETHLAB" ./start 2>&1)
[ "$out" = "ran the file named start" ]
check "vethlab ./start runs the file" $? "$out"

# --- missing worlds
out=$(timeout 20 "$VETHLAB" stop nosuch 2>&1)
st=$?
[ $st = 1 ] && [ "$out" = "vethlab: no world named 'nosuch' is running (no $dir/nosuch.sock)" ]
check "stop of a missing world" $? "status $st" "$out"
out=$(echo true | timeout 20 "$VETHLAB" attach nosuch 2>&1)
st=$?
[ $st = 1 ] && grep -q "no world named 'nosuch'" <<<"$out"
check "attach to a missing world" $? "status $st" "$out"
out=$(timeout 20 "$VETHLAB" start 'bad/name' 2>&1)
[ $? = 1 ] && grep -q "a world's name is" <<<"$out"
check "a bad name is refused" $? "$out"

# --- a stale socket: the server killed, its socket left behind
start w2
kill -9 "${pids[1]}"
sleep 0.2
[ -S "$dir/w2.sock" ]
check "a killed server leaves its socket" $?
out=$(echo true | timeout 20 "$VETHLAB" attach w2 2>&1)
st=$?
[ $st = 1 ] && grep -q "its server is gone; removed the stale socket" <<<"$out" && [ ! -e "$dir/w2.sock" ]
check "attach finds the stale socket and removes it" $? "status $st" "$out"
start w2
kill -9 "${pids[2]}"
sleep 0.2
out=$(timeout 20 "$VETHLAB" start w2 2>&1)
st=$?
pids+=("$(timeout 20 "$VETHLAB" ls | awk '$1 == "w2" { print $2 }')")
[ $st = 0 ] && grep -q "removed the stale socket of world 'w2'" <<<"$out" && grep -q "listening on" <<<"$out"
check "start over a stale socket" $? "status $st" "$out"

# --- two clients, one world: a capture in A sees B's ping
attach w1 'ip netns add b
ip link add veth2 type veth peer name veth3
ip link set veth3 netns b
ip addr add 10.0.0.1/24 dev veth2
ip link set veth2 up
ip -n b addr add 10.0.0.2/24 dev veth3
ip -n b link set veth3 up
ip -n b link set lo up' >/dev/null
mkfifo "$tmp/a.in"
# --foreground: timeout passes a SIGINT on to the client only (else to its group too: twice).
timeout --foreground 60 "$VETHLAB" attach w1 <"$tmp/a.in" >>"$tmp/a.out" 2>"$tmp/a.err" &
apid=$!
exec 7>"$tmp/a.in"
echo 'tcpdump -c 2 -n -i veth2 icmp; echo capture=$?' >&7
for _ in $(seq 50); do grep -q 'listening on veth2' "$tmp/a.err" && break; sleep 0.1; done
out=$(attach w1 'ping -c 1 10.0.0.2')
grep -q '1 received' <<<"$out"
check "B's ping is answered" $? "$out"
for _ in $(seq 50); do grep -q 'capture=' "$tmp/a.out" && break; sleep 0.1; done
grep -q 'IP 10.0.0.1 > 10.0.0.2: ICMP echo request' "$tmp/a.out" &&
	grep -q 'IP 10.0.0.2 > 10.0.0.1: ICMP echo reply' "$tmp/a.out" && grep -q '^capture=0$' "$tmp/a.out"
check "A's capture prints B's frames" $? "$(cat "$tmp/a.out" "$tmp/a.err")"

# --- SIGINT to A's client stops A's ping only; C's sleep goes on
: >"$tmp/a.out"
echo 'ping 10.0.0.2; echo after=$?' >&7
(attach w1 'sleep 2; echo c-done' >"$tmp/c.out") &
cpid=$!
for _ in $(seq 50); do grep -q 'icmp_seq=2 ' "$tmp/a.out" && break; sleep 0.1; done
kill -INT "$apid"
for _ in $(seq 50); do grep -q 'after=' "$tmp/a.out" && break; sleep 0.1; done
grep -q -- '--- 10.0.0.2 ping statistics ---' "$tmp/a.out" && grep -q '^after=0$' "$tmp/a.out"
check "SIGINT ends A's foreground ping, and A goes on" $? "$(cat "$tmp/a.out")"
wait "$cpid"
[ "$(cat "$tmp/c.out")" = c-done ]
check "C's command was not interrupted" $? "$(cat "$tmp/c.out")"
# Seconds of ping took seconds of wall time: the world follows the wall clock.
n=$(grep -c 'icmp_seq=' "$tmp/a.out")
[ "$n" -ge 2 ] && [ "$n" -le 6 ]
check "a live world runs on the wall clock ($n replies)" $? "$(cat "$tmp/a.out")"
exec 7>&-
wait "$apid"
st=$?
[ $st = 0 ]
check "A ends when its input does" $? "status $st" "$(cat "$tmp/a.err")"

# --- a client that disconnects mid-command ends its command and nothing else
"$VETHLAB" attach w1 <<<'ping 10.0.0.2' >"$tmp/k.out" 2>&1 &
kpid=$!
for _ in $(seq 50); do grep -q 'icmp_seq=1 ' "$tmp/k.out" && break; sleep 0.1; done
kill -9 "$kpid"
wait "$kpid" 2>/dev/null
n=
for _ in $(seq 50); do
	n=$(timeout 20 "$VETHLAB" ls | awk '$1 == "w1" { print $3 }')
	[ "$n" = 0 ] && break
	sleep 0.1
done
out=$(attach w1 'ip -br link show veth2')
[ "$n" = 0 ] && grep -q '^veth2@' <<<"$out"
check "a client killed mid-command: its session ends, the world goes on" $? "clients $n" "$out"

# --- two terminals (tmux): tcpdump in one, ping in the other; Ctrl-C stops only the ping
if command -v tmux >/dev/null; then
	sess="vethlab-live-$$"
	trap 'tmux kill-session -t "$sess" 2>/dev/null; for w in "${worlds[@]}"; do timeout 10 "$VETHLAB" stop "$w" >/dev/null 2>&1; done; rm -rf "$tmp"' EXIT
	tmux new-session -d -s "$sess" -x 160 -y 50 "XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' '$VETHLAB' attach w1; sleep 30"
	tmux split-window -t "$sess" -v "XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' '$VETHLAB' attach w1; sleep 30"
	pane() { tmux capture-pane -p -t "$sess.$1" -S -100; }
	wait_pane() { # pane, pattern
		for _ in $(seq 100); do pane "$1" | grep -q -E -- "$2" && return 0; sleep 0.1; done
		return 1
	}
	type_in() { tmux send-keys -t "$sess.$1" -l -- "$2"; tmux send-keys -t "$sess.$1" Enter; }
	wait_pane 0 '^vethlab#' && wait_pane 1 '^vethlab#'
	check "tmux: two prompts in one world" $? "$(pane 0)" "$(pane 1)"
	type_in 0 'ip netns exec b tcpdump -n -i veth3 icmp'
	wait_pane 0 'listening on veth3'
	check "tmux: tcpdump listens in terminal 1" $? "$(pane 0)"
	type_in 1 'ping 10.0.0.2'
	wait_pane 0 'ICMP echo reply, id [0-9]+, seq 2,'
	check "tmux: terminal 1 prints each frame as terminal 2's ping sends it" $? "$(pane 0)"
	tmux send-keys -t "$sess.1" C-c
	wait_pane 1 'packets transmitted'
	check "tmux: Ctrl-C ends the ping" $? "$(pane 1)"
	type_in 1 'echo "pinged=$?"'
	wait_pane 1 '^pinged=0$'
	check "tmux: terminal 2 goes on" $? "$(pane 1)"
	! pane 0 | grep -q 'packets captured'
	check "tmux: the capture in terminal 1 still runs" $? "$(pane 0)"
	tmux send-keys -t "$sess.0" C-c
	wait_pane 0 'packets captured'
	check "tmux: Ctrl-C in terminal 1 ends its capture" $? "$(pane 0)"
	type_in 0 'exit'
	type_in 1 'exit'
	tmux kill-session -t "$sess" 2>/dev/null
else
	echo "skip live: tmux is missing (bootstrap.sh installs it)"
fi

# --- another uid is refused (the directory opened up for the test only)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	chmod 711 "$tmp" "$XDG_RUNTIME_DIR" "$dir"
	chmod 666 "$dir/w1.sock"
	# The other uid runs a copy: the build's own directory need not be open to it.
	cp "$VETHLAB" "$tmp/vethlab-other" && chmod 755 "$tmp/vethlab-other"
	out=$(setpriv --reuid=65534 --regid=65534 --clear-groups timeout 20 "$tmp/vethlab-other" attach w1 </dev/null 2>&1)
	st=$?
	chmod 700 "$tmp" "$XDG_RUNTIME_DIR" "$dir"
	[ $st = 1 ] && [ "$out" = "vethlab: world 'w1' belongs to uid 0; connections from uid 65534 are refused" ]
	check "another uid is refused (SO_PEERCRED)" $? "status $st" "$out"
else
	echo "skip live: the uid check needs root and setpriv"
fi

# --- garbage on the socket does not hurt the server
if command -v python3 >/dev/null; then
	python3 - "$dir/w1.sock" <<'EOF'
import socket, sys
for payload in (b"", b"x", b"\x01\x00\x00\x00", b"\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00",
                b"\x02\x00\x00\x00\x02\x00\x00\x00", b"\xff" * 5000):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    s.connect(sys.argv[1])
    s.send(payload)
    s.settimeout(5)
    try:
        s.recv(100)
    except OSError:
        pass
    s.close()
EOF
	out=$(attach w1 'ip -br link show veth0')
	grep -q '^veth0@veth1 ' <<<"$out"
	check "the world survives garbage" $? "$out"
fi

# --- a client that does not read its output holds up its own session only
start w5
for i in $(seq 300); do echo "link add a$i type veth peer name b$i"; done > "$tmp/p5.batch"
attach w5 "ip -batch $tmp/p5.batch" >/dev/null
# A's ip -d link prints ~200 KB into a pipe nobody reads for 6 seconds.
(echo 'ip -d link show; echo END' | timeout 30 "$VETHLAB" attach w5 | (sleep 6; cat) > "$tmp/p5.out") &
slow=$!
sleep 1
out=$(echo 'ip link add x type veth peer name y; echo B-OK' | timeout 4 "$VETHLAB" attach w5 2>&1)
[ "$out" = B-OK ]
check "another client's commands run while one client's output waits for its reader" $? "$out"
wait "$slow"
[ "$(grep -c '^[0-9]*: ' "$tmp/p5.out")" = 601 ] && [ "$(tail -n 1 "$tmp/p5.out")" = END ]
check "the slow reader still gets all of its output, in order" $? "$(grep -c '^[0-9]*: ' "$tmp/p5.out") links" \
	"$(tail -n 2 "$tmp/p5.out")"
out=$(timeout 20 "$VETHLAB" stop w5 2>&1)
check "stop w5" $? "$out"

# --- vethlab bash: real bash, the tools as shims that run in the world
cat >"$tmp/script.sh" <<'EOF'
set -e
mk() { ip link add "$1" type veth peer name "$2"; }
mk va vb
echo "veths=$(ip -br link | grep -c '^v')"
if ip -o link | grep -q 'va@vb'; then echo "found va"; fi
for n in x y; do ip netns add "$n"; done
ip netns list | sort | tr '\n' ' '; echo
sysctl -n net.ipv4.ip_forward
sudo sysctl -q -w net.ipv4.ip_forward=1 && sysctl net.ipv4.ip_forward
ping -c 2 127.0.0.1 | grep -c 'bytes from'
echo "args: $# $2"
tcpdump -n -i lo -c 2 icmp >cap.txt 2>&1 &
sleep 0.5
ping -c 1 127.0.0.1 >/dev/null
wait
grep -c 'ICMP echo' cap.txt
tcpdump -n -i lo >cap2.txt 2>&1 &
p=$!
sleep 0.5
kill $p
wait $p && echo "tcpdump killed: status 0"
grep 'packets captured' cap2.txt
ip link show nosuch || echo "ip failed: $?"
exit 5
EOF
out=$(cd "$tmp" && timeout 30 "$VETHLAB" bash script.sh a1 'b 2' 2>&1)
st=$?
exp='veths=2
found va
x y 
0
net.ipv4.ip_forward = 1
2
args: 2 b 2
2
tcpdump killed: status 0
0 packets captured
Device "nosuch" does not exist.
ip failed: 1'
[ $st = 5 ] && [ "$out" = "$exp" ]
check "vethlab bash runs a script with functions, pipes, \$(...), loops and jobs against the world" $? \
	"status $st" "$(diff <(echo "$exp") <(echo "$out"))"
! timeout 20 "$VETHLAB" ls | grep -q '^bash-'
check "the script's private world is gone with it" $? "$(timeout 20 "$VETHLAB" ls)"
out=$(timeout 30 "$VETHLAB" bash -c 'ip netns add red
ip link add v0 type veth peer name v1 netns red
ip netns exec red bash -c "ip addr add 10.9.0.2/24 dev v1; ip -br addr show v1" | awk "{ print \$1, \$3 }"
ip netns exec nosuch bash -c "echo not run"; echo "status $?"
ip netns exec red nosuchprog; echo "status $?"
ip netns exec red "$(command -v ip)" -br link show lo
ip netns exec red env | grep -c -e "^VETHLAB_WORLD=" -e "^VETHLAB_BASH_PGRP=" -e "^VETHLAB_NETNS=red$"' 2>&1)
exp='v1@if2 10.9.0.2/24
Cannot open network namespace "nosuch": No such file or directory
status 255
exec of "nosuchprog" failed: No such file or directory
status 1
lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
3'
[ "$out" = "$exp" ]
check "ip netns exec NS bash runs real bash whose commands run in NS" $? "$(diff <(echo "$exp") <(echo "$out"))"
# --- virtual time: a script's world runs only as its foreground commands need
cat >"$tmp/vt.sh" <<'EOF'
ip link add veth0 type veth peer name veth1
ip netns add b
ip link set veth1 netns b
ip addr add 10.7.0.1/24 dev veth0
ip link set veth0 up
ip -n b addr add 10.7.0.2/24 dev veth1
ip -n b link set veth1 up
ip netns exec b tcpdump -n -i veth1 -c 4 icmp 2>&1 &
sleep 1
ping -c 2 10.7.0.2 | grep 'bytes from' | cut -d' ' -f1-6
wait
sleep 1000
ping -c 2 10.7.0.9; echo "status $?"
EOF
out1=$(cd "$tmp" && timeout 30 "$VETHLAB" bash vt.sh 2>&1)
st1=$?
out2=$(cd "$tmp" && timeout 30 "$VETHLAB" bash vt.sh 2>&1)
# The capture started one second in (the fixed start of a script's clock
# plus the sleep) and ran beside the ping; a thousand seconds took no time.
[ $st1 = 0 ] && [ "$out1" = "$out2" ] &&
	grep -q '^22:13:21\.000[0-9][0-9][0-9] IP 10\.7\.0\.1 > 10\.7\.0\.2: ICMP echo request, id [0-9]*, seq 1' <<<"$out1" &&
	grep -q '^22:13:22\.000[0-9][0-9][0-9] IP 10\.7\.0\.2 > 10\.7\.0\.1: ICMP echo reply, id [0-9]*, seq 2' <<<"$out1" &&
	grep -q '^64 bytes from 10.7.0.2: icmp_seq=2 ttl=64$' <<<"$out1" &&
	grep -q '^4 packets captured$' <<<"$out1" &&
	grep -q '^From 10.7.0.1 icmp_seq=2 Destination Host Unreachable$' <<<"$out1" &&
	grep -q '^status 1$' <<<"$out1"
check "vethlab bash SCRIPT runs on virtual time: sleeps and pings take none, two runs print the same bytes" $? \
	"status $st1" "$out1" "$(diff <(echo "$out1") <(echo "$out2"))"
# The same commands in vethlab's own shell print the same bytes (one clock model).
cat >"$tmp/vt2.sh" <<'EOF'
ip link set lo up
ping -q 127.0.0.1
echo "st=$?"
sleep 5
ping -c 2 127.0.0.1
tcpdump -n -i lo -c 1
echo "st=$?"
EOF
plain=$(cd "$tmp" && timeout 30 "$VETHLAB" --interrupt-after 3 vt2.sh 2>&1)
out=$(cd "$tmp" && timeout 30 "$VETHLAB" --interrupt-after 3 bash vt2.sh 2>&1)
[ "$plain" = "$out" ] && grep -q '^3 packets transmitted, 3 received' <<<"$out" &&
	grep -q '^0 packets captured$' <<<"$out"
check "virtual time under bash prints what the plain script does (ping without -c interrupted, a capture nothing feeds)" $? \
	"$(diff <(echo "$plain") <(echo "$out"))"
# bash in `wait` for a background ping: the clock still moves.
out=$(cd "$tmp" && timeout 30 "$VETHLAB" bash -c 'ip link set lo up; ping -c 3 127.0.0.1 > p.txt & wait; grep -c "bytes from" p.txt' 2>&1)
[ "$out" = 3 ]
check "a background ping runs while bash waits for it" $? "$out"
# --real-time: the wall clock's seconds.
t0=$(date +%s%N)
out=$(timeout 30 "$VETHLAB" --real-time bash -c 'sleep 1; echo slept' 2>&1)
t1=$(date +%s%N)
[ "$out" = slept ] && [ $(( (t1 - t0) / 1000000 )) -ge 950 ]
check "vethlab --real-time bash follows the wall clock" $? "$out" "$(( (t1 - t0) / 1000000 )) ms"
# A virtual-time world to attach to.
started=$(timeout 20 "$VETHLAB" --virtual-time start vt 2>&1)
check "--virtual-time start vt" $? "$started"
worlds+=(vt)
out=$(echo 'sleep 500; echo "slept"' | timeout 20 "$VETHLAB" attach vt 2>&1)
[ "$out" = slept ]
check "vethlab --virtual-time start: an attached sleep takes no wall time" $? "$out"
out=$(timeout 20 "$VETHLAB" stop vt 2>&1)
check "stop vt" $? "$out"

# --- /proc/sys/net, /proc/net and /sys/class/net under vethlab bash: the world's (LD_PRELOAD)
out=$(timeout 30 "$VETHLAB" bash -c 'ip link add veth0 type veth peer name veth1
cat /proc/sys/net/ipv4/conf/veth1/accept_local
echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local
sysctl net.ipv4.conf.veth1.accept_local
echo 1400 > /sys/class/net/veth0/mtu; ip -o link show veth0 | grep -o "mtu [0-9]*"
grep -c veth /proc/net/dev
awk "{ print \"awk:\", \$0 }" /proc/sys/net/ipv4/conf/veth1/accept_local
cat /proc/sys/net/nosuch; echo "status $?"
ip netns add red
ip netns exec red bash -c "echo 1 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward"
cat /proc/sys/net/ipv4/ip_forward
ls /sys/class/net; ls /var/run/netns; echo /sys/class/net/*
[ -d /sys/class/net/veth0 ] && [ -f /sys/class/net/veth0/mtu ] && [ ! -e /sys/class/net/nosuch ] && echo tests
ip netns exec red ls /sys/class/net/ /proc/sys/net/ipv4/conf
ls /sys/class/net/veth0/mtu /sys/class/net/nosuch; echo "status $?"' 2>&1)
exp='0
net.ipv4.conf.veth1.accept_local = 1
mtu 1400
2
awk: 1
cat: /proc/sys/net/nosuch: No such file or directory
status 1
1
0
lo
veth0
veth1
red
/sys/class/net/lo /sys/class/net/veth0 /sys/class/net/veth1
tests
/proc/sys/net/ipv4/conf:
all
default
lo

/sys/class/net/:
lo
ls: cannot access '"'"'/sys/class/net/nosuch'"'"': No such file or directory
/sys/class/net/veth0/mtu
status 2'
[ "$out" = "$exp" ]
check "vethlab bash: reads and writes of /proc/sys/net, /proc/net, /sys/class/net reach the world, and so do their directories" $? \
	"$(diff <(echo "$exp") <(echo "$out"))"

# A file the world lists but does not emulate: its reason on stderr, then Operation not supported (never ENOENT).
out=$(timeout 30 "$VETHLAB" bash -c 'cat /proc/net/fib_trie; echo "status $?"
ip link add veth0 type veth peer name veth1; cat /sys/class/net/veth0/power/control /sys/class/net/veth0/name_assign_type' 2>&1)
exp='vethlab: /proc/net/fib_trie: not emulated by vethlab
cat: /proc/net/fib_trie: Operation not supported
status 1
auto
3'
[ "$out" = "$exp" ]
check "vethlab bash: a listed file vethlab does not emulate fails with EOPNOTSUPP and says why" $? \
	"$(diff <(echo "$exp") <(echo "$out"))"

out=$(timeout 30 "$VETHLAB" bash --world w1 -c 'ip link add vz type veth peer name vy && echo made')
[ "$out" = made ] && attach w1 'ip -br link show vz' | grep -q '^vz@vy '
check "vethlab bash --world NAME works in that world" $? "$out"
out=$(timeout 20 "$VETHLAB" bash --world nosuch -c true 2>&1)
[ $? = 1 ] && grep -q "no world named 'nosuch'" <<<"$out"
check "vethlab bash --world of a missing world" $? "$out"
if [ "$(id -u)" = 0 ]; then
	before=$(ip -d addr; ip route; ip -6 route)
	out=$(timeout 30 "$VETHLAB" bash -c '/sbin/ip link add hostleak type veth peer name hostleak2
		/sbin/ip -br link show hostleak >/dev/null && echo "made in a namespace of its own"
		LD_PRELOAD= /sbin/ip link add hostleak3 type veth peer name hostleak4 &&
			LD_PRELOAD= /sbin/ip -br link show hostleak3 >/dev/null && echo "made in a namespace of its own"
		LD_PRELOAD= bash -c "echo 1 > /proc/sys/net/ipv4/ip_forward" 2>/dev/null || echo "/proc/sys/net refused"
		LD_PRELOAD= ls /sys/class/net | wc -l' 2>&1)
	after=$(ip -d addr; ip route; ip -6 route)
	refused="vethlab: ip: a host program's AF_NETLINK socket is refused: it would not reach the world (vethlab's own ip, ping, tcpdump... do)
Cannot open netlink socket: Address family not supported by protocol"
	[ "$out" = "$refused"$'\n'"$refused"$'\nmade in a namespace of its own\n/proc/sys/net refused\n0' ] &&
		[ "$before" = "$after" ]
	check "as root, host programs under vethlab bash never reach the host's network" $? "$out" \
		"$(diff <(echo "$before") <(echo "$after"))"
fi

# --- stop while a client is attached: it is told, and ends as on a hangup
start w3
mkfifo "$tmp/d.in"
timeout 20 "$VETHLAB" attach w3 <"$tmp/d.in" >"$tmp/d.out" 2>&1 &
dpid=$!
exec 8>"$tmp/d.in"
echo 'echo attached; sleep 30; echo not reached' >&8
for _ in $(seq 50); do grep -q attached "$tmp/d.out" && break; sleep 0.1; done
timeout 20 "$VETHLAB" stop w3
wait "$dpid"
st=$?
exec 8>&-
[ $st = 129 ] && grep -q "vethlab: world 'w3' was stopped" "$tmp/d.out" && ! grep -q 'not reached' "$tmp/d.out"
check "stop ends attached sessions, which are told" $? "status $st" "$(cat "$tmp/d.out")"

# --- stop: the world ends, ls no longer has it, its server exits clean
for w in w1 w2; do
	out=$(timeout 20 "$VETHLAB" stop "$w" 2>&1)
	check "stop $w" $? "$out"
done
worlds=()
[ ! -e "$dir/w1.sock" ]
check "stop removes the socket" $?
out=$(timeout 20 "$VETHLAB" ls)
[ "$out" = "$(printf '%-16s %-8s %-8s %s' NAME PID CLIENTS SOCKET)" ]
check "ls after stop lists nothing" $? "$out"
for p in "${pids[@]}"; do
	for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
done
! grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error' "$dir"/*.log
check "the servers ended without a sanitizer report" $? "$(cat "$dir"/*.log)"

echo "live: $pass passed, $fail failed"
[ "$fail" = 0 ]
