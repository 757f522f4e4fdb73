# An address that goes takes with it the main table's routes that use it as
# their source, on any device (fib_del_ifaddr's fib_sync_down_addr), unless
# another device still holds it; other tables keep theirs. A deleted device's
# addresses go primaries first without promotions, so a secondary left
# without its primary takes nothing: the routes using it stay.
ip netns add a
ip -n a link add v0 type veth peer v1
ip -n a link add d0 type veth peer d1
ip -n a link set v0 up
ip -n a link set v1 up
ip -n a link set d0 up
ip -n a link set d1 up
ip -n a addr add 10.0.0.1/24 dev v0
ip -n a addr add 10.0.0.5/24 dev v0
ip -n a addr add 10.0.0.7/24 dev v0
ip -n a addr add 10.2.0.1/24 dev v0
ip -n a addr add 10.1.0.1/24 dev d0
ip -n a addr add 10.0.0.7/32 dev d1
ip -n a route add 10.9.1.0/24 dev d0 src 10.0.0.1
ip -n a route add 10.9.2.0/24 dev d0 src 10.0.0.1 table 100
ip -n a route add 10.9.3.0/24 dev d0 src 10.0.0.5
ip -n a route add 10.9.4.0/24 dev d0 src 10.0.0.7
ip -n a route add 10.9.5.0/24 dev d0 src 10.2.0.1
ip -n a route add 10.9.6.0/24 dev d0 src 10.0.0.5
ip -n a route add 10.9.7.0/24 dev v0 src 10.0.0.5
echo "== del secondary 10.0.0.7 (also on d1)"
ip -n a addr del 10.0.0.7/24 dev v0
ip -n a route show
echo "== del secondary 10.0.0.5"
ip -n a addr del 10.0.0.5/24 dev v0
ip -n a route show
ip -n a route show table 100
ip -n a addr add 10.0.0.5/24 dev v0
ip -n a route add 10.9.3.0/24 dev d0 src 10.0.0.5
echo "== del primary 10.2.0.1"
ip -n a addr del 10.2.0.1/24 dev v0
ip -n a route show
echo "== link down"
ip -n a link set v0 down
ip -n a route show
ip -n a link set v0 up
echo "== del link"
ip -n a link del v0
ip -n a route show
ip -n a route show table 100
ip netns del a
