# ip addr's link selectors in each output mode: with -o print_linkinfo is
# skipped, so group selects nothing there, and type and master only as the
# kernel's link dump filters them, which it does only when no family is given.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip link set veth1 up
ip link set veth1 group 5
echo "== -o type veth"; ip -o addr show type veth
echo "== -o up"; ip -o addr show up
echo "== -o group 5"; ip -o addr show group 5
echo "== -o -4 up"; ip -o -4 addr show up
echo "== -br up"; ip -br addr show up
echo "== up"; ip addr show up
echo "== -o master veth0"; ip -o addr show master veth0
echo "== -o dev veth0 up"; ip -o addr show dev veth0 up
echo "== -o label veth*"; ip -o addr show label 'veth*'
echo "== -o -4 type veth scope global"; ip -o -4 addr show type veth scope global
echo "== -o -4 type veth"; ip -o -4 addr show type veth
echo "== -4 type veth"; ip -4 addr show type veth
echo "== -br -4 type veth"; ip -br -4 addr show type veth
echo "== -o -4 master veth0"; ip -o -4 addr show master veth0
echo "== -4 master veth0"; ip -4 addr show master veth0
echo "== -o -4 group 5"; ip -o -4 addr show group 5
echo "== -4 group 5"; ip -4 addr show group 5
echo "== -o -4 up"; ip -o -4 addr show up
echo "== type veth"; ip -br addr show type veth
