# ping over IPv6: -v with -e, -p, -O, -a, -B, -D-free timing options, -I with an
# address (and a %DEV), numeric and named scopes as glibc takes them, and ping6.
ip netns add peer
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns peer
ip addr add 2001:db8::1/64 dev veth0 nodad
ip -n peer addr add 2001:db8::2/64 dev veth1 nodad
ip link set veth0 up
ip -n peer link set veth1 up
sleep 3
ping -c 1 2001:db8::2 > /dev/null
ping -v -e 291 -c 2 -i 0.2 2001:db8::2; echo "rc=$?"
ping6 -v -e 291 -c 1 2001:db8::2; echo "rc=$?"
ping -p 1234 -c 1 2001:db8::2; echo "rc=$?"
ping -O -c 2 -i 0.3 2001:db8::3; echo "rc=$?"
ping -a -c 1 2001:db8::2; echo "rc=$?"
ping -B -c 1 2001:db8::2; echo "rc=$?"
ping -I 2001:db8::1 -c 1 2001:db8::2; echo "rc=$?"
ping -I 2001:db8::9 -c 1 2001:db8::2; echo "rc=$?"
ping -I fe80::ff:fe00:1%veth0 -c 1 fe80::ff:fe00:2; echo "rc=$?"
ping -I veth0 -c 1 2001:db8::2; echo "rc=$?"
ping -I lo -c 1 2001:db8::2; echo "rc=$?"
ping -c 1 fe80::ff:fe00:2%2; echo "rc=$?"
ping -c 1 -W 1 fe80::ff:fe00:2%99; echo "rc=$?"
ping -c 1 ::1%99; echo "rc=$?"
ping -c 1 ::1%lo; echo "rc=$?"
ping -c 1 fe80::1%x1; echo "rc=$?"
ping -c 2 -i 0 2001:db8::2; echo "rc=$?"
ping -A -c 3 2001:db8::2; echo "rc=$?"
ping -f -c 3 2001:db8::2; echo "rc=$?"
ping -l 3 -c 3 2001:db8::2; echo "rc=$?"
ping -s 8 -c 1 2001:db8::2; echo "rc=$?"
ping -s 15 -c 1 ::1; echo "rc=$?"
ping -t 1 -c 1 2001:db8::2; echo "rc=$?"
ping -4 -c 1 2001:db8::2; echo "rc=$?"
ping6 -c 1 127.0.0.1; echo "rc=$?"
ip netns del peer
