# ip addr add ... metric N (IFA_RT_PRIORITY): the prefix route carries the
# metric, ip addr shows it (also -br and -j), a replace with another metric
# (or none) moves the prefix route, a secondary makes no prefix route, and a
# device brought up adds the route with the metric.
ip netns add a
ip link add va netns a type veth peer name vb
ip -n a link set va up
ip link set vb up
ip -n a addr add 10.1.0.1/24 dev va metric 100
ip -n a addr add 10.1.0.2/24 dev va metric 50
ip -n a addr add 10.2.0.1/16 dev va priority 7
ip -n a -4 addr show dev va
ip -n a -4 -br addr show dev va
ip -n a -4 -o addr show dev va
ip -n a -4 -j addr show dev va
ip -n a route
ip -n a addr replace 10.1.0.1/24 dev va metric 200
ip -n a route
ip -n a addr change 10.1.0.1/24 dev va metric 200
ip -n a route
ip -n a addr replace 10.1.0.1/24 dev va
ip -n a -4 addr show dev va
ip -n a route
ip -n a addr add 10.1.0.1/24 dev va metric 5; echo "rc=$?"
ip -n a route add default via 10.1.0.254 metric 10
ip -n a route get 10.9.9.9
ip -n a link set va down
ip -n a addr add 10.3.0.1/24 dev va metric 30
ip -n a route
ip -n a link set va up
ip -n a route
ip -n a addr del 10.3.0.1/24 dev va
ip -n a addr del 10.1.0.1/24 dev va
ip -n a route
ip -n a addr add 10.4.0.1/32 dev va metric 9
ip -n a addr add 10.5.0.1 peer 10.5.0.2 dev va metric 9
ip -n a route
ip -n a addr add 10.6.0.1/24 dev va metric abc; echo "rc=$?"
ip addr add 10.7.0.1/24 dev vb metric 4294967295
ip route show dev vb
ip -4 addr show dev vb
