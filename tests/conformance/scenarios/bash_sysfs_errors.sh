# Under bash, host programs read /sys/class/net through vethlab's interposer:
# a file the kernel refuses to show (carrier, speed, duplex, dormant of a
# device that is down) fails with the kernel's errno, Invalid argument, not
# as a file that is not there.
ip link add veth0 type veth peer name veth1
for f in carrier speed duplex dormant testing operstate nosuch; do
	v=$(cat /sys/class/net/veth0/$f 2>&1)
	echo "$f: $v (rc=$?)"
done
read -r c < /sys/class/net/veth0/carrier; echo "read: $? '$c'"
ip link set veth0 up
for f in carrier speed duplex dormant operstate; do
	echo "$f: $(cat /sys/class/net/veth0/$f)"
done
head -c 20 /sys/class/net/lo/speed 2>&1 | sed 's/^head/HEAD/'
read -r c < /sys/class/net/veth0/carrier; echo "read: $? '$c'"
