# Bad input: iproute2's exact messages and exit codes, and no state change.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link add veth0 type veth peer name veth1; echo "rc=$?"
ip link add veth2 type veth peer name veth1; echo "rc=$?"
ip link add veth3 type veth peer name veth3; echo "rc=$?"
ip link add veth0123456789012345 type veth; echo "rc=$?"
ip link add veth3 type foo; echo "rc=$?"
ip link add veth3; echo "rc=$?"
ip link add veth3 mtu 10 type veth; echo "rc=$?"
ip link add veth3 type veth peer name veth4 mtu 70000; echo "rc=$?"
ip link add veth3 type veth foo; echo "rc=$?"
ip link add name veth0123456789012345 type veth; echo "rc=$?"
ip link show nosuch; echo "rc=$?"
ip link del nosuch; echo "rc=$?"
ip link del lo; echo "rc=$?"
ip link del; echo "rc=$?"
ip foo; echo "rc=$?"
ip link foo; echo "rc=$?"
ip -foo link; echo "rc=$?"
ip -n; echo "rc=$?"
ip link
ip link add type veth
ip -br link
