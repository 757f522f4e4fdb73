# ip address add, change, replace and delete as iproute2 6.1 parses them: peer,
# broadcast + and -, dotted masks, anycast, scope, label, metric, lifetimes,
# the address flags and their warnings, and every error on the way; a
# replace of an address already there changes nothing the kernel shows.
ip link add veth0 type veth peer name veth1
ip addr add dev veth0; echo rc=$?
ip -4 addr add dev veth0; echo rc=$?
ip -6 addr add dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 scope foo; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 valid_lft x; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 valid_lft 0; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 valid_lft 10 preferred_lft 20; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 valid_lft 10 valid_lft 10; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 metric x; echo rc=$?
ip addr add 10.0.0.1/24 peer 1.2.3.4 peer 1.2.3.5 dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 brd 1.2.3.4 brd 1.2.3.5 dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 brd x dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 10.0.0.2 dev veth0; echo rc=$?
ip addr add nodad 10.0.0.1/24 dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 tentative; echo rc=$?
ip -6 addr add 2001:db8::1/64 brd + dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 dev nosuch valid_lft 0; echo rc=$?
ip addr add 10.0.0.1/24 anycast 1.2.3.4 dev veth0; echo rc=$?
ip addr add 10.0.0.5 peer 10.0.0.6/30 dev veth0; echo rc=$?
ip addr add 10.0.0.9 peer 10.0.0.10 brd + dev veth0
ip addr add 10.0.1.9/255.255.255.0 brd + dev veth0 label veth0:x
ip addr add 10.0.2.9/24 brd - dev veth0 scope link
ip addr add 10.0.3.9/24 broadcast 10.0.3.77 dev veth0
ip addr add 0x0a.0.4.1/24 dev veth0
ip addr add 10.0.5.1/24 dev veth0 valid_lft forever preferred_lft forever
ip addr add 10.0.6.1/24 dev veth0 metric 0
ip addr show dev veth0
ip route show table all
ip addr del 10.0.0.5 peer 10.0.0.6/30 dev veth0; echo rc=$?
ip -4 addr del dev veth0; echo rc=$?
ip addr del dev veth0 label veth0:x; echo rc=$?
ip addr show dev veth0
ip -6 addr del dev veth0; echo rc=$?
ip addr del dev veth0; echo rc=$?
ip addr del 10.0.0.77 dev veth0; echo rc=$?
ip addr del 10.0.2.9 dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 lab x; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 sc host; echo rc=$?
ip addr change 10.0.7.1/24 dev veth0; echo rc=$?
ip addr replace 10.0.7.1/24 dev veth0 label veth0:y brd 10.0.7.9; echo rc=$?
ip addr replace 10.0.7.1/16 dev veth0; echo rc=$?
ip addr chg 10.0.7.1/24 dev veth0; echo rc=$?
ip -6 addr replace 2001:db8::1/64 dev veth0; echo rc=$?
ip -6 addr replace 2001:db8::1/48 dev veth0 nodad; echo rc=$?
ip -6 addr show dev veth0
ip -6 addr change 2001:db8::1/64 dev veth0; echo rc=$?
ip addr add 2001:db8::1/64 dev veth0; echo rc=$?
ip addr
ip addr replace; echo rc=$?
ip addr replace 10.0.0.1/24; echo rc=$?
ip addr add local; echo rc=$?
ip addr add 10.0.0.1/33 dev veth0; echo rc=$?
ip addr add 2001:db8::2/129 dev veth0; echo rc=$?
ip -6 addr add 10.0.0.1 dev veth0; echo rc=$?
ip -4 addr add ::1 dev veth0; echo rc=$?
ip addr add default dev veth0; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 help; echo rc=$?
ip addr add 2001:db8::9/64 nodad dev veth0 label foo; echo rc=$?
ip addr add 10.1.0.1/24 brd 2001::1 dev veth0; echo rc=$?
ip addr del 10.0.7.1/24 dev veth0 label nosuch; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 label 0123456789abcdefg; echo rc=$?
ip addr add 10.9.0.1/24 dev veth0 permanent; echo rc=$?
ip addr add 10.0.0.1/24 dev veth0 scope; echo rc=$?
ip -6 addr show dev veth0
ip link set veth0 up
ip link set veth1 up
ip -4 route show table all
ip addr del 10.0.0.9 peer 10.0.0.10 dev veth0
ip -4 route show table all
