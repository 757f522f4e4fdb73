#!/bin/bash
# interactive.sh: the prompt under a real terminal (tmux). At the prompt time
# follows the wall clock (ping prints about one reply a second), Ctrl-C
# interrupts only the foreground command (its statistics print, the world
# stays), Ctrl-C on a line gives a fresh prompt with $? = 130, and graph -o
# draws the world made at the prompt.
set -u
cd "$(dirname "$0")/.."
: "${VETHLAB:=build/vethlab}"
VETHLAB=$(realpath "$VETHLAB")
pass=0 fail=0
if ! command -v tmux >/dev/null; then
	echo "FAIL interactive: tmux is missing (bootstrap.sh installs it)"
	echo "interactive: 0 passed, 1 failed"
	exit 1
fi
sess="vethlab-test-$$"
tmp=$(mktemp -d)
trap 'tmux kill-session -t "$sess" 2>/dev/null; rm -rf "$tmp"' EXIT
tmux new-session -d -s "$sess" -x 160 -y 60 "cd '$tmp' && '$VETHLAB'; sleep 30"

screen() { tmux capture-pane -p -t "$sess" -S -200; }

# wait_for PATTERN [SECONDS]: until the screen matches (grep -E).
wait_for() {
	local i
	for ((i = 0; i < ${2:-10} * 10; i++)); do
		screen | grep -q -E -- "$1" && return 0
		sleep 0.1
	done
	return 1
}

check() { # name, condition status
	if [ "$2" = 0 ]; then
		pass=$((pass + 1))
	else
		echo "FAIL interactive: $1"
		screen | tail -n 20 | sed 's/^/    | /'
		fail=$((fail + 1))
	fi
}

type_line() { tmux send-keys -t "$sess" -l -- "$1"; tmux send-keys -t "$sess" Enter; }

wait_for '^vethlab#' 10
check "prompt appears" $?

type_line 'ip link add veth0 type veth peer name veth1'
type_line 'ping 127.0.0.1'
wait_for 'icmp_seq=1 ' 5
check "ping starts" $?
start=$(date +%s.%N)
wait_for 'icmp_seq=3 ' 10
check "ping goes on" $?
elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
# Replies 1 to 3 take two seconds of wall time, not microseconds.
awk -v e="$elapsed" 'BEGIN { exit !(e > 1.5 && e < 4) }'
check "one reply a second on the wall clock (took ${elapsed}s for two)" $?
tmux send-keys -t "$sess" C-c
wait_for '--- 127.0.0.1 ping statistics ---' 5
check "Ctrl-C ends ping with its statistics" $?
wait_for 'packets transmitted' 5
check "statistics line" $?

type_line 'echo "after=$?"'
wait_for '^after=0$' 5
check "ping interrupted after replies: status 0" $?

type_line 'ip -br link show veth0'
wait_for '^veth0@veth1 +DOWN' 5
check "the world survives Ctrl-C" $?

tmux send-keys -t "$sess" -l 'half a line'
tmux send-keys -t "$sess" C-c
wait_for 'half a line\^C' 5
check "Ctrl-C on a line echoes ^C" $?
type_line 'echo "status=$?"'
wait_for '^status=130$' 5
check "Ctrl-C at the prompt sets \$? to 130" $?

type_line 'sleep 30'
sleep 1
tmux send-keys -t "$sess" C-c
type_line 'echo "slept=$?"'
wait_for '^slept=130$' 5
check "Ctrl-C interrupts sleep" $?

# graph at the prompt: the world so far, drawn into a file (in a child process, while the prompt waits).
type_line 'graph -o topo.svg; echo "graph=$?"'
wait_for '^graph=0$' 10
check "graph -o at the prompt" $?
grep -q 'veth1' "$tmp/topo.svg"
check "graph's picture holds the devices made at the prompt" $?

type_line 'exit 3'
sleep 0.5
echo "interactive: $pass passed, $fail failed"
[ "$fail" = 0 ]
