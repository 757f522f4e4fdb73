# Several redirections of one command into emulated files: each file gets what
# was written to it (nothing, for one only opened), in the order bash opens them.
echo 1 > /proc/sys/net/ipv4/ip_forward 2>/proc/sys/net/ipv4/conf/all/rp_filter; echo "st=$?"
cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/all/rp_filter
echo 2 > /proc/sys/net/ipv4/ip_forward >/proc/sys/net/ipv4/conf/all/rp_filter; echo "st=$?"
cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 >/proc/sys/net/ipv4/conf/all/accept_local 2>&1 >/proc/sys/net/ipv4/conf/default/accept_local; echo "st=$?"
cat /proc/sys/net/ipv4/conf/all/accept_local /proc/sys/net/ipv4/conf/default/accept_local
echo 1 >/proc/sys/net/ipv4/conf/all/accept_local >>/proc/sys/net/ipv4/conf/lo/accept_local 2>/proc/sys/net/ipv4/conf/default/accept_local; echo "st=$?"
cat /proc/sys/net/ipv4/conf/all/accept_local /proc/sys/net/ipv4/conf/lo/accept_local /proc/sys/net/ipv4/conf/default/accept_local
