# sysctl -a lists net.ipv4's own knobs by name, as the sysctl tree is sorted:
# ip_forward ('_') comes before ipfrag_time ('f').
sysctl -a -r '^net\.ipv4\.(ip_forward|ipfrag_time|icmp_ratelimit)$'
ip netns add ns1
ip netns exec ns1 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 sysctl -a -r '^net\.ipv4\.(ip_forward|ipfrag_time)$'
ip netns exec ns1 sysctl -a -N -r '^net\.ipv4\.(ip_forward|ipfrag_time)$'
