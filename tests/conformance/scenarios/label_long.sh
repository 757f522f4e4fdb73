# Address labels: at most 15 bytes (IFA_LABEL's policy), any name accepted by
# iproute2 6.1, an empty one allowed; too long is refused by the kernel.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0 label veth0:abcdefghij; echo "rc=$?"
ip addr add 10.0.0.1/24 dev veth0 label veth0:abcdefghi; echo "rc=$?"
ip addr add 10.0.0.2/24 dev veth0 label abc; echo "rc=$?"
ip addr add 10.0.0.3/24 dev veth0 label ""; echo "rc=$?"
ip addr del 10.0.0.1/24 dev veth0 label abcdefghijklmnop; echo "rc=$?"
ip addr del 10.0.0.2/24 dev veth0 label x; echo "rc=$?"
ip addr show dev veth0
