# A script of plain commands whose only host programs run through ip netns exec:
# sh -c, bash -c with a loop and a pipe, grep over /proc, and ip -all netns exec
# of them (a "netns: NAME" line each, status 0 whatever they return).
ip netns add a
ip netns add b
ip -n a link set lo up
ip netns exec a sh -c 'echo "in $(ip netns identify): $(ip -br link | wc -l) links"'
ip netns exec b bash -c 'for i in 1 2; do ip link add v$i type veth peer name p$i; done; ip -br link | sort'
ip -all netns exec sh -c 'echo hello from $(ip netns identify)'
echo "st $?"
ip -all netns exec grep -c : /proc/net/dev
echo "st $?"
ip -all netns exec false
echo "st $?"
ip -all netns exec nosuchcmd
echo "st $?"
ip netns exec a nosuchcmd
echo "st $?"
ip netns exec b bash -c 'exit 3'
echo "st $?"
