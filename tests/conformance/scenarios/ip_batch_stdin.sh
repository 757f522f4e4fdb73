# ip -batch - (ip -b -): the batch read from standard input (a pipe, a here-document, a redirected file, the rest of a script bash reads from stdin), with comments, blank lines, quotes, continuation lines, failures with and without -force, and the options given before it.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
printf 'link add a0 type veth peer name a1\nlink show a0\n' | ip -batch -; echo "rc=$?"
ip -batch - <<'EOF'
# a comment, then a blank line

link set a0 up # a comment after a command
link set "a1" \
  mtu 1400
addr add 10.1.0.1/24 dev a0
link set nosuch up
link set a1 up
EOF
echo "rc=$?"
ip -br link
ip -force -b - <<'EOF'
link set a1 up
addr add 10.1.0.1/24 dev a0
link set nosuch down
addr add 10.1.0.2/24 dev 'a1'
EOF
echo "rc=$?"
sleep 1
printf 'addr show dev a0\nroute show\n' > s.txt
ip -br -b - < s.txt; echo "rc=$?"
ip -4 -o -batch - < s.txt; echo "rc=$?"
ip -b - < /dev/null; echo "rc=$?"
ip netns add ns1
printf 'link add n0 type veth peer name n1\nlink set n0 up\nlink show\n' | ip -n ns1 -br -batch -; echo "rc=$?"
echo 'link set n1 up' | ip netns exec ns1 ip -batch -; echo "rc=$?"
sleep 1
ip netns exec ns1 ip -br link
printf 'link show a0\nnosuchobject\nlink show a1\n' | ip -br -force -b -; echo "rc=$?"
echo 'link add "x0 type veth' | ip -batch -; echo "rc=$?"
printf 'link show a0 \\\n' | ip -o -batch -; echo "rc=$?"
# Routes, rules and neighbours are each flushed as printed: they come before a later line's error.
ip neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev a0
printf 'route show\nnosuchobject\nrule show\nneigh show dev a0\nbogus\n' | ip -force -batch -; echo "rc=$?"
# A script read from standard input: ip -batch - takes the rest of it.
printf 'ip -o -b -\nlink show lo\necho not a command for ip\n' | bash; echo "rc=$?"
ip netns del ns1
sleep 1
