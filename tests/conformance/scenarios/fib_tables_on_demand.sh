# The main and local tables do not exist in a fresh namespace (lo down, no
# address): deleting from them, dumping or flushing them is "FIB table does not
# exist" (ip route show keeps quiet about main, flush does not); /proc/net/route
# is empty, header too. An address or a route added (even one refused) makes
# them: local brings main along until a rule is added, a rule's own table
# does not; IPv6's tables exist from the start.
ip netns add a
ip -n a route show; echo "show rc=$?"
ip -n a route show table main; echo "main rc=$?"
ip -n a route show table local; echo "local rc=$?"
ip -n a route show table all; echo "all rc=$?"
ip -n a route flush table main; echo "flush main rc=$?"
ip -n a route flush table local; echo "flush local rc=$?"
ip -n a route flush table all; echo "flush all rc=$?"
ip -n a route del 127.0.0.0/8 dev lo table local; echo "del local rc=$?"
ip -n a route del 10.9.9.0/24; echo "del main rc=$?"
ip -n a route del 10.9.9.0/24 table default; echo "del default rc=$?"
ip -n a route get 10.1.1.1; echo "get rc=$?"
ip -n a route get 127.0.0.1; echo "get lo rc=$?"
ip netns exec a cat /proc/net/route | wc -c
ip -n a -6 route show table local; echo "6 local rc=$?"
ip -n a -6 route show table main; echo "6 main rc=$?"
ip -n a -6 route del ::1 table local; echo "6 del rc=$?"
ip -n a -6 route show table 100; echo "6 100 rc=$?"
ip -n a link set lo up
ip -n a route show table all; echo "all rc=$?"
ip -n a route del 10.9.9.0/24; echo "del main rc=$?"
ip netns exec a cat /proc/net/route
ip netns del a
# a refused route in local: local and main
ip netns add b
ip -n b link add v0 type veth peer name v1
ip -n b route add 10.9.0.0/16 dev v0 table local; echo "add local rc=$?"
ip -n b route del 10.9.9.0/24; echo "del main rc=$?"
ip -n b route show table all; echo "all rc=$?"
ip netns del b
# an address on a device that is down: its local route
ip netns add c
ip -n c link add v0 type veth peer name v1
ip -n c addr add 10.1.1.1/24 dev v0
ip -n c route show table all; echo "all rc=$?"
ip -n c route del 10.9.9.0/24; echo "del main rc=$?"
ip -n c route flush table main; echo "flush main rc=$?"
ip netns del c
# a route in table 100 makes that table only; after a rule, local comes alone
ip netns add d
ip -n d route add 10.9.0.0/16 dev lo table 100; echo "add rc=$?"
ip -n d route show table 100; echo "100 rc=$?"
ip -n d route del 10.9.9.0/24; echo "del main rc=$?"
ip -n d rule add from 1.2.3.4 table 200; echo "rule rc=$?"
ip -n d link set lo up
ip -n d route show table all
ip -n d route del 10.9.9.0/24; echo "del main rc=$?"
ip -n d route show; echo "show rc=$?"
ip netns exec d cat /proc/net/route | wc -c
ip -n d route add 10.8.0.0/16 dev lo
ip netns exec d cat /proc/net/route
ip netns del d
