# hosts.sh: sourced by the build benchmarks; hosts N prints the script that
# builds N hosts: a namespace each, a veth pair from the root namespace into
# it, both ends up and the namespace's end addressed.
hosts() { # count
	awk -v n="$1" 'BEGIN {
		for (i = 0; i < n; i++) {
			a = int(i / 250) % 250; b = i % 250
			printf "ip netns add ns%d\n", i
			printf "ip link add v%d type veth peer name eth0 netns ns%d\n", i, i
			printf "ip link set v%d up\n", i
			printf "ip -n ns%d link set eth0 up\n", i
			printf "ip -n ns%d addr add 10.%d.%d.2/30 dev eth0\n", i, a, b
		} }'
}
