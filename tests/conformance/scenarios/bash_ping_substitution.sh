# Test scripts keep ping's output in a variable (out=$(ping ...)) and look at
# it: the script's shell then waits reading the substitution's pipe, not in
# wait(2), while ping waits on the network.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a -6 addr add fd00::1/64 dev va nodad
ip -n b -6 addr add fd00::2/64 dev vb nodad
ip -n a link set va up
ip -n b link set vb up
out=$(ip netns exec a ping -c 3 -i 0.2 10.0.0.2)
echo "$out" | grep -c "bytes from"
echo "$out" | grep "packets transmitted"
loss=$(ip netns exec a ping -6 -c 2 -i 0.2 fd00::2 | grep -o '[0-9]*% packet loss')
echo "v6: $loss"
n=`ip netns exec a ping -c 1 -W 1 10.0.0.9 | grep -c " 0 received"`
echo "n=$n"
if [ "$(ip netns exec a ping -c 1 -W 1 fd00::9 > /dev/null; echo $?)" = 1 ]; then echo "fd00::9 unreachable"; fi
fields=$(ip netns exec a ping -c 2 -i 0.2 -q fd00::2 | awk -F/ '/^rtt/ {print NF}')
echo "fields=$fields"
state=$(ip -n a -6 neigh show fd00::2 | awk '{print $NF}')
echo "state=$state"
ip netns del a
ip netns del b
