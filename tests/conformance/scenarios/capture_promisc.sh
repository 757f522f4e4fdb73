# tcpdump holds its device promiscuous (libpcap's PACKET_MR_PROMISC) unless -p; "any" never.
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
tcpdump -n -i v0 > v0.txt 2>&1 &
tcpdump -n -p -i v1 > v1.txt 2>&1 &
tcpdump -n -i any > any.txt 2>&1 &
sleep 1
ip -d link show v0
ip -d link show v1
ip -d link show lo
ip link show v0
kill %1 %2 %3
wait
ip -d link show v0
