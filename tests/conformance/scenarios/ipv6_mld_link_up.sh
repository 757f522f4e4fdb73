# The MLDv2 reports and router solicitations each end of a pair sends as
# its link comes up, captured on one end from before (its own going out,
# the peer's coming in). With DAD, the join of the link-local's
# solicited-node group is reported from :: (the address is tentative) and
# repeated within the unsolicited report interval; once DAD completes, a
# report of every group goes from the link-local with the first router
# solicitation, and is repeated in a stream of its own. Without DAD
# (accept_dad 0) both streams run from the link-local at once: four
# reports, the join's a moment after the full one and the solicitation.
# Neighbour solicitations are left out: DAD's random delay orders them.
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip link set veth0 up
tcpdump -n -v -Q out -i veth0 '(ip6[6] == 0 and ip6[48] == 143) or (ip6[6] == 58 and ip6[40] == 133)' > out0.txt 2>&1 &
p1=$!
tcpdump -n -v -Q in -i veth0 '(ip6[6] == 0 and ip6[48] == 143) or (ip6[6] == 58 and ip6[40] == 133)' > in0.txt 2>&1 &
p2=$!
sleep 1
ip link set veth1 up
sleep 3.5
kill $p1 $p2
wait
cat out0.txt
cat in0.txt
sysctl -qw net.ipv6.conf.default.accept_dad=0
ip link add veth2 address 02:00:00:00:00:0c type veth peer name veth3 address 02:00:00:00:00:0d
ip link set veth2 up
tcpdump -n -v -Q out -i veth2 '(ip6[6] == 0 and ip6[48] == 143) or (ip6[6] == 58 and ip6[40] == 133)' > out2.txt 2>&1 &
p1=$!
tcpdump -n -v -Q in -i veth2 '(ip6[6] == 0 and ip6[48] == 143) or (ip6[6] == 58 and ip6[40] == 133)' > in2.txt 2>&1 &
p2=$!
sleep 1
ip link set veth3 up
sleep 3
kill $p1 $p2
wait
cat out2.txt
cat in2.txt
ip -6 addr show dev veth3
