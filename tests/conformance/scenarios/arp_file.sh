# arp -f: entries from a file as getargs splits its lines (quotes, ethers order with the address first, comments and blank lines, format errors, a usage from a bad modifier ending arp, dev persisting to later lines), -v echoing each line, a missing file and the default /etc/ethers.
ip link add veth0 type veth peer name veth1
ip addr add 10.1.1.1/24 dev veth0
ip link set veth0 up
echo '# comment' > e.txt
echo '' >> e.txt
echo '10.1.1.2 02:00:00:00:00:02' >> e.txt
echo '02:00:00:00:00:03 10.1.1.3' >> e.txt
echo '10.1.1.4' >> e.txt
echo '10.1.1.5 zz' >> e.txt
echo '  10.1.1.6	02:00:00:00:00:06 temp' >> e.txt
echo '"10.1.1.7" "02:00:00:00:00:07" pub' >> e.txt
echo '10.1.1.8 02:00:00:00:00:08 dev veth0' >> e.txt
echo '10.9.9.9 02:00:00:00:00:09' >> e.txt
echo '10.1.1.10 02:00:00:00:00:0a bogus' >> e.txt
echo '10.1.1.11 02:00:00:00:00:0b' >> e.txt
arp -f e.txt; echo rc=$?
arp -v -f e.txt; echo rc=$?
arp -n
arp -f nosuch.txt; echo rc=$?
arp -f; echo rc=$?
arp -f e.txt extra; echo rc=$?
