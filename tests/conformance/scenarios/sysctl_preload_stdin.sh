# sysctl -p - (and -f -) reads its settings from standard input: a here-document
# or a pipe, as lab scripts configure a router namespace.
ip netns add r
ip netns exec r sysctl -p - <<EOF2
net.ipv4.ip_forward = 1
# a comment
net.ipv4.conf.all.rp_filter=2
EOF2
echo "st $?"
printf 'net.ipv4.icmp_echo_ignore_all=1\nbad line\n' | ip netns exec r sysctl -p - 2>&1
echo "st $?"
echo net.ipv4.ip_forward=0 | ip netns exec r sysctl -f -
ip netns exec r sysctl -p - < /dev/null
echo "empty $?"
ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.rp_filter net.ipv4.icmp_echo_ignore_all
