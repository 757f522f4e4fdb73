# ping with lo down (after it was up): the local routes stay, so the probe
# connects and every packet is dropped by the down device: 100% loss, status 1.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link set lo down
ip route show table local
ping -c 2 -i 0.5 127.0.0.1; echo "rc=$?"
ping -c 1 -W 1 127.0.0.2; echo "rc=$?"
ping -c 1 -W 1 0; echo "rc=$?"
ping -c 1 -W 1 -s 100 localhost; echo "rc=$?"
ping -c 1 -W 1 10.0.0.1; echo "rc=$?"
ping -w 1 127.0.0.1; echo "rc=$?"
ip -s link show lo
ip link set lo up
ping -c 1 127.0.0.1; echo "rc=$?"
