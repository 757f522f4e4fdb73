# ip -batch FILE and -force: comments, continuation lines, quoted words, the options before -batch, failures.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
echo '# a topology in one call' > b.txt
echo 'link add a0 type veth \' >> b.txt
echo '  peer name a1' >> b.txt
echo '' >> b.txt
echo 'link set a0 up # comment' >> b.txt
echo 'addr add 10.1.0.1/24 dev a0' >> b.txt
echo 'link add "q0" type veth peer name '"'"'q1'"'" >> b.txt
echo 'link set nosuch up' >> b.txt
echo 'link set a1 up' >> b.txt
ip -batch b.txt; echo "rc=$?"
ip -br link
ip -force -batch b.txt; echo "rc=$?"
sleep 1
echo 'addr show dev a0' > s.txt
echo 'route show' >> s.txt
ip -br -batch s.txt; echo "rc=$?"
ip -4 -o -b s.txt; echo "rc=$?"
ip -batch nosuch.txt; echo "rc=$?"
echo 'nosuchobject' > bad.txt
echo 'link show a0' >> bad.txt
ip -br -force -batch bad.txt; echo "rc=$?"
echo 'link add "x0 type veth' > q.txt
ip -batch q.txt; echo "rc=$?"
