# Pinging a group, as IPv6 tutorials find their neighbours: every member of
# ff02::1 on the link answers, the sender too (its copy is looped back and
# answered through lo, so not while lo is down); the duplicates are counted
# without "(DUP!)". Hop limit 1 unless -t, no fragmenting unless -M,
# ff01::1 never leaves the host, and a group nobody joined stays silent.
ip netns add ns1
ip netns add ns2
ip link add veth0 netns ns1 address 02:00:00:00:00:01 type veth peer name veth1 netns ns2 address 02:00:00:00:00:02
ip -n ns1 link set veth0 up
ip -n ns2 link set veth1 up
ip -n ns2 link set lo up
ip -n ns1 addr add 2001:db8::1/64 dev veth0 nodad
ip -n ns2 addr add 2001:db8::2/64 dev veth1 nodad
sleep 3
ip netns exec ns1 ping -c 1 2001:db8::2 > /dev/null
ip netns exec ns2 tcpdump -l -n -v -i veth1 'icmp6 and (ip6[40] == 128 or ip6[40] == 129)' 2>/dev/null > cap.txt &
sleep 0.5
# lo is down in ns1: only the peer answers.
ip netns exec ns1 ping -c 2 -i 0.3 ff02::1%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 ff02::1; echo "rc=$?"
ip netns exec ns1 ping -c 1 -I veth0 ff02::1; echo "rc=$?"
ip netns exec ns1 ping -c 1 -W 1 ff01::1%veth0; echo "rc=$?"
ip -n ns1 link set lo up
ip netns exec ns1 ping -c 2 -i 0.3 ff02::1%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 3 -i 0.3 -w 2 ff02::1%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 ff01::1%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 -t 5 -I 2001:db8::1 ff02::1%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 -W 1 ff02::2%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 ff02::1:ff00:2%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 -s 2000 ff02::1%veth0; echo "rc=$?"
ip netns exec ns1 ping -c 1 -M want -s 2000 ff02::1%veth0 | grep -c bytes
ip netns exec ns2 ping -q -c 2 -i 0.3 ff02::1%veth1; echo "rc=$?"
sleep 0.5
kill %1
wait
cat cap.txt
ip -n ns1 -6 neigh show dev veth0 2001:db8::2
rm -f cap.txt
ip netns del ns1
ip netns del ns2
