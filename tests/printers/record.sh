#!/bin/bash
# record.sh: captures, on the real kernel, traffic that vethlab's stack does not
# produce itself (IPv6 neighbour discovery, MLDv2, router solicitations, ICMPv6
# echo, UDP and TCP over IPv4 and IPv6 with options and resets, ICMP port
# unreachable) into pcap fixtures, also on "any" as Linux cooked v1 and v2.
# printers.sh then checks that vethlab's `tcpdump -r` prints them as the real
# tcpdump does. Run as root: tests/printers/record.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
unshare -n -m bash -c '
set -e
mkdir -p /run/netns && mount -t tmpfs vl /run/netns
ip link set lo up
ip netns add peer
ip link add veth0 type veth peer name veth1 netns peer
ip addr add 10.1.1.1/24 dev veth0
ip -n peer addr add 10.1.1.2/24 dev veth1
ip -n peer link set lo up
ip link set veth0 up
sleep 1
tcpdump -Z root -i veth0 -w "$1/ipv6.pcap" ip6 2>/dev/null &
tcpdump -Z root -i veth0 -w "$1/l4.pcap" ip 2>/dev/null &
tcpdump -Z root -i any -w "$1/any2.pcap" 2>/dev/null &
tcpdump -Z root -i any -y LINUX_SLL -w "$1/any1.pcap" 2>/dev/null &
sleep 1
ip -n peer link set veth1 up
sleep 4
ping -c 2 -I veth0 ff02::1 >/dev/null 2>&1 || true
ll=$(ip -n peer -6 addr show dev veth1 scope link | sed -n "s/.*inet6 \([^/]*\).*/\1/p")
ping -c 2 "$ll%veth0" >/dev/null 2>&1 || true
ping -c 1 -s 200 10.1.1.2 >/dev/null
ping -c 1 127.0.0.1 >/dev/null
echo hello > /dev/udp/10.1.1.2/9999 || true
echo hello6 > "/dev/udp/$ll%veth0/9999" || true
timeout 2 bash -c "echo > /dev/tcp/10.1.1.2/80" 2>/dev/null || true
timeout 2 bash -c "echo > /dev/tcp/$ll%veth0/80" 2>/dev/null || true
ip netns exec peer bash -c "timeout 3 nc -l -p 34567 >/dev/null 2>&1 &" || true
sleep 0.5
timeout 2 bash -c "exec 3<>/dev/tcp/10.1.1.2/34567; echo data >&3; sleep 0.5" 2>/dev/null || true
sleep 3
kill %1 %2 %3 %4
wait
' sh "$here"
ls -la "$here"/*.pcap
# tcpmany.pcap: 40 TCP conversations open at once, each then sending and
# closing, so that tcpdump's table of conversations (relative sequence
# numbers) grows while every conversation in it still has packets to come.
unshare -n -m bash -c '
set -e
ip link set lo up
sleep 1
tcpdump -Z root -i lo -w "$1/tcpmany.pcap" tcp 2>/dev/null &
sleep 1
python3 -c "
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((\"127.0.0.1\", 7777)); s.listen(64)
cs = [socket.create_connection((\"127.0.0.1\", 7777)) for _ in range(40)]
for c in cs:
    c.send(b\"x\")
for c in cs:
    c.close()
"
sleep 1
kill %1
wait
' sh "$here"
