# A script that pings as soon as it has added its addresses, before duplicate
# address detection is over: while every address of the namespace is
# tentative there is no source at all (connect fails with "Cannot assign
# requested address", even without a route); once lo is up its ::1 is the
# only usable source, so the kernel sends from it and the ping is lost.
ip netns add n1
ip netns add n2
ip link add v1 netns n1 type veth peer name v2 netns n2
ip -n n1 link set v1 up
ip -n n2 link set v2 up
ip -n n1 addr add 2001:db8::1/64 dev v1
ip -n n2 addr add 2001:db8::2/64 dev v2
ip netns exec n1 ping -c 1 2001:db8::2; echo "exit $?"
ip netns exec n1 ping -c 1 2001:db8:9::2; echo "exit $?"
ip netns exec n1 ping -c 1 -I v1 2001:db8::2; echo "exit $?"
ip -n n1 -6 route get 2001:db8::2
ip -n n1 -6 route get 2001:db8:9::2
ip -n n1 link set lo up
ip -n n1 -6 route get 2001:db8::2
ip -n n1 -6 route get 2001:db8::2 oif v1
ip netns exec n1 ping -c 1 2001:db8:9::2; echo "exit $?"
ip netns exec n1 ping -c 1 -W 1 2001:db8::2; echo "exit $?"
sleep 3
ip -n n1 -6 route get 2001:db8::2
ip netns exec n1 ping -c 1 2001:db8::2; echo "exit $?"
ip netns del n1
ip netns del n2
