# A test-setup script whose only bash construct is a trap: set -e ends it at the
# failing command and the EXIT trap runs with that status, as bash does.
set -e
trap 'echo "cleanup status=$?"; ip netns del n1' EXIT
ip netns add n1
ip -n n1 link set lo up
ip -n n1 addr add 10.5.0.1/24 dev lo
ip -n n1 -br addr
ip -n n1 link set eth9 up
echo notreached
