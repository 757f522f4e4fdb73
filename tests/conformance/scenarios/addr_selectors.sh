# The selectors ip link show, ip address show and ip address flush share:
# label (an address's label, or its device's name), scope, to PREFIX, the
# address flags (secondary, primary, dynamic, permanent), up, type, group,
# master, vrf, nomaster and their errors. A label selects addresses only:
# their device's lines are not printed, and ip link show prints nothing.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0 label veth0:1
ip addr add 10.9.0.1/255.255.0.0 dev veth1
ip link set veth0 up
ip addr show label "veth0*"
ip addr show label veth0:1
ip -br addr show label "veth*"
ip addr show scope host
ip addr show scope 254
ip addr show to 10.0.0.2
ip addr show to 10.0.0.0/8
ip -6 addr show scope host
ip addr show to default
ip addr show secondary
ip addr show primary
ip addr show dynamic
ip addr show permanent
ip addr show -tentative
ip addr show up
ip -o addr show scope global
ip link show type veth
ip link show type veth_slave
ip link show type nosuch
ip link show label x
ip -br link show up
ip link show group 0 lo
ip link show group 1
ip link show nomaster lo
ip link show to 10.0.0.1
ip link show lo veth0
ip link show down
ip link show master nosuch
ip link show master lo
ip link show vrf lo
ip addr show to 1.2.3.4.5
ip -6 addr show to 1.2.3.4
ip addr show to default/0
ip addr show scope foo
ip link show group foo
ip addr flush
ip addr flush dev nosuch
ip -s addr flush scope global dev lo
ip addr add 10.1.1.1/24 dev lo
ip addr add 10.1.1.2/24 dev lo
ip addr add 10.2.1.2/24 dev lo
ip -s addr flush to 10.0.0.0/8 dev lo
ip addr add 10.1.1.1/24 dev lo
ip addr add 10.1.1.2/24 dev lo
ip -s addr flush primary dev lo
ip addr show dev lo
ip addr flush label veth0:1
ip addr show dev veth0
ip -4 addr flush scope global
ip addr
