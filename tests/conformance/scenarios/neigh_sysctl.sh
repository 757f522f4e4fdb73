# Neighbour parameters per device (net.ipv{4,6}.neigh.DEV.*), as neigh_sysctl
# has them: times kept in jiffies (HZ=250) and shown in seconds, milliseconds
# or USER_HZ (IPv6's retrans_time in jiffies), unres_qlen in packets of 2090
# bytes, negative counts refused, base_reachable_time drawing a new reachable
# time; sysctl -a leaves out the deprecated names unless --deprecated. They
# act: one multicast solicitation 300 ms apart fails an entry at once, a
# reachable time of 1 s with no delay makes an entry STALE, and
# delay_first_probe_time=1 probes a second after the entry is used again;
# with neither mcast_solicit nor app_solicit a new entry fails at once.
ip netns add x
ip netns exec x sysctl -a -r "\\.neigh\\."
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3 netns x
ip netns exec x sysctl -a -r "\\.neigh\\."
ip netns exec x sysctl -w net.ipv4.neigh.veth3.base_reachable_time_ms=1500
ip netns exec x sysctl net.ipv4.neigh.veth3.base_reachable_time
ip netns exec x sysctl -w net.ipv4.neigh.veth3.base_reachable_time=7
ip netns exec x sysctl net.ipv4.neigh.veth3.base_reachable_time_ms
ip netns exec x sysctl -w net.ipv4.neigh.veth3.retrans_time=50
ip netns exec x sysctl net.ipv4.neigh.veth3.retrans_time_ms
ip netns exec x sysctl -w net.ipv4.neigh.veth3.retrans_time_ms=1234
ip netns exec x sysctl net.ipv4.neigh.veth3.retrans_time net.ipv4.neigh.veth3.retrans_time_ms
ip netns exec x sysctl -w net.ipv4.neigh.veth3.unres_qlen=5
ip netns exec x sysctl net.ipv4.neigh.veth3.unres_qlen_bytes
ip netns exec x sysctl -w net.ipv4.neigh.veth3.unres_qlen_bytes=100000
ip netns exec x sysctl net.ipv4.neigh.veth3.unres_qlen
ip netns exec x sysctl -w net.ipv4.neigh.veth3.ucast_solicit=-1; echo rc=$?
ip netns exec x sysctl -w net.ipv4.neigh.veth3.delay_first_probe_time=0; echo rc=$?
ip netns exec x sysctl -w net.ipv6.neigh.veth3.mcast_solicit=1 net.ipv6.neigh.lo.locktime=5
ip netns exec x sysctl net.ipv6.neigh.veth3.mcast_solicit net.ipv6.neigh.lo.locktime net.ipv6.neigh.lo.retrans_time
ip netns exec x sysctl net.ipv4.neigh.default.retrans_time_ms; echo rc=$?
ip netns exec x ls /proc/sys/net/ipv4/neigh
ip netns exec x cat /proc/sys/net/ipv4/neigh/veth3/locktime /proc/sys/net/ipv4/neigh/veth3/proxy_delay
ip netns exec x sysctl net.ipv4.neigh.veth3.mcast_resolicit
ip netns del x
sysctl -a --deprecated -r "neigh.lo.(base|retrans)"
ip netns add a
ip netns add b
ip link add veth0 netns a type veth peer name veth1 netns b
ip -n a addr add 10.0.0.1/24 dev veth0
ip -n b addr add 10.0.0.2/24 dev veth1
ip -n a link set veth0 up
ip -n b link set veth1 up
ip netns exec a sysctl -w net.ipv4.neigh.veth0.mcast_solicit=1 net.ipv4.neigh.veth0.retrans_time_ms=300
ip netns exec a sysctl -w net.ipv4.neigh.veth0.base_reachable_time_ms=1000 net.ipv4.neigh.veth0.delay_first_probe_time=0
ip netns exec a sysctl -w net.ipv4.neigh.veth0.ucast_solicit=-1 net.ipv4.neigh.veth0.unres_qlen=2
ip netns exec a sysctl net.ipv4.neigh.veth0.unres_qlen_bytes net.ipv4.neigh.veth0.retrans_time
sleep 1.3
ip netns exec a tcpdump -n -i veth0 arp > cap.txt 2>&1 &
p=$!
sleep 1.3
ip netns exec a ping -c 1 -W 1 10.0.0.9; echo "ping rc=$?"
ip -n a neigh show 10.0.0.9
ip netns exec a ping -c 1 10.0.0.2 > /dev/null; echo "ping rc=$?"
ip -n a neigh show 10.0.0.2
sleep 2.3
ip -n a neigh show 10.0.0.2
ip netns exec a sysctl -w net.ipv4.neigh.veth0.delay_first_probe_time=1
ip netns exec a ping -c 1 10.0.0.2 > /dev/null; echo "ping rc=$?"
ip -n a neigh show 10.0.0.2
sleep 1.3
ip -n a neigh show 10.0.0.2
sleep 1
kill $p
wait $p
cat cap.txt
ip netns exec a sysctl -a -r "neigh.veth0"
ip netns exec b sysctl -a -r "ipv4.neigh.veth1"
ip netns exec a ls /proc/sys/net/ipv4/neigh/veth0
ip netns exec a sysctl -w net.ipv4.neigh.veth0.mcast_solicit=0
ip netns exec a ping -c 1 -W 1 10.0.0.7; echo "ping rc=$?"
ip -n a neigh show 10.0.0.7
