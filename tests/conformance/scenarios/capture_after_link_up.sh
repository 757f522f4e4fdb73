# A capture started right after a command sees nothing that command sent:
# on a veth pair a frame reaches the peer within the call that sent it. The
# reports of the link-local's solicited-node group, which both ends send as
# the link comes up, are over before tcpdump listens; their repetitions are
# put off (a long unsolicited report interval) and DAD has not completed
# when the captures end. The capture already running sees both reports.
sysctl -qw net.ipv6.conf.default.mldv2_unsolicited_report_interval=1000000
ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b
ip netns add peer
ip link set veth1 netns peer
ip netns exec peer sysctl -qw net.ipv6.conf.veth1.mldv2_unsolicited_report_interval=1000000
ip link set veth0 up
tcpdump -n --immediate-mode -i veth0 'ip6[6] == 0 and ip6[48] == 143' > before.txt 2>&1 &
p1=$!
sleep 1.3
ip -n peer link set veth1 up
tcpdump -n --immediate-mode -i veth0 'ip6[6] == 0 and ip6[48] == 143' > after.txt 2>&1 &
p2=$!
sleep 0.5
kill $p1 $p2
wait
cat before.txt
cat after.txt
