# IPv6 addresses given before the link is ready join their solicited-node groups then: the first MLDv2 reports (from ::) and the ones after DAD list them after the link-local's group, newest first. One given on a running link without carrier stays tentative, its reports are dropped (tx_dropped), and it probes once the carrier comes.
ip link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b
ip addr add 2001:db8::1/64 dev va
ip addr add 2001:db8:1::3/64 dev va nodad
ip addr add 2001:db8:2::4/64 dev va
ip link set vb up
ip addr add 2001:db8::2/64 dev vb nodad
sleep 2
ip addr add 2001:db8::5/64 dev vb
sleep 3
ip -6 addr show dev vb
ip -s link show vb
tcpdump -t -n -v -i vb ip6 > cap.txt 2>&1 &
sleep 1
ip link set va up
sleep 4
kill %1
wait
grep listener cap.txt | sed 's/.*) \([:0-9a-f]*\) > ff02::16.*report v2,/\1/' | sort | uniq -c
grep -c 'who has 2001:db8::5' cap.txt
ip -6 addr show dev vb
ip -s link show va
ip -s link show vb
