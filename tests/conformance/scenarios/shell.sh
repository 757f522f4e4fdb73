# The shell subset scenarios rely on: lists, $?, redirections, jobs and sleep.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
true && echo and-ran
false && echo not-printed
false || echo or-ran
true || echo not-printed
false; echo "rc=$?"
echo one; echo two # a comment
# a whole-line comment
echo "double quoted   spaces" 'single $? quoted'
ip link show nosuch 2>/dev/null; echo "rc=$?"
ip link show nosuch > out.txt 2>&1; echo "rc=$?"
cat out.txt
echo appended >> out.txt
cat out.txt
ip link show lo > /dev/null
sudo ip link add veth0 type veth peer name veth1
ip -br link
sleep 5 &
sleep 1 &
jobs
sleep 2
jobs
kill %3; echo "rc=$?"
kill %1; echo "rc=$?"
wait
echo "rc=$?"
sleep 0.5
cat nosuch.txt; echo "rc=$?"
