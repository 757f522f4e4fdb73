# ip netns beyond add/del: -all exec and delete (newest first, with headers),
# set (explicit and automatic ids, and the kernel's refusals), list-id with nsid
# and target-nsid, pids, identify, help; exec of an unknown command; bash -c
# inside a namespace (its $0, arguments, exit status, stderr order); a tool
# by its host path.
ip netns add ns1
ip netns exec ns1 traceroute -n 10.0.2.2; echo "rc=$?"
ip netns exec ns1 nosuchcmd; echo "rc=$?"
ip netns exec ns1 bash -c 'ip link'; echo "rc=$?"
ip netns exec; echo "rc=$?"
ip netns exec ns1; echo "rc=$?"
ip netns exec nosuch ip link; echo "rc=$?"
ip netns exec ns1 /sbin/ip link; echo "rc=$?"
ip netns exec ns1 ip netns identify; echo "rc=$?"
ip netns identify; echo "rc=$?"
ip netns pids ns1; echo "rc=$?"
ip netns exec ns1 ip -br link; echo "rc=$?"
ip netns exec ns1 sysctl net.ipv4.ip_forward; echo "rc=$?"
ip netns set ns1 5; echo "rc=$?"
ip netns list; echo "rc=$?"
ip netns list-id; echo "rc=$?"
ip netns add ns1; echo "rc=$?"
ip netns delete nosuch; echo "rc=$?"
ip -n ns1 link; echo "rc=$?"
ip netns exec ns1 true; echo "rc=$?"
ip netns exec ns1 false; echo "rc=$?"
ip -all netns exec ip link; echo "rc=$?"
ip netns add a
ip netns add b
ip netns add c
ip -all netns exec ip -br link; echo "rc=$?"
ip -all netns exec false; echo "rc=$?"
ip -all netns exec nosuch; echo "rc=$?"
ip -all netns exec; echo "rc=$?"
ip netns list-id; echo "rc=$?"
ip netns set a 7; echo "rc=$?"
ip netns set b auto; echo "rc=$?"
ip netns set c x; echo "rc=$?"
ip netns set c; echo "rc=$?"
ip netns set nosuch 3; echo "rc=$?"
ip netns set a 8; echo "rc=$?"
ip netns list; echo "rc=$?"
ip netns list-id; echo "rc=$?"
ip netns list-id nsid 7; echo "rc=$?"
ip netns list-id target-nsid 7; echo "rc=$?"
ip netns list-id foo; echo "rc=$?"
ip netns pids a; echo "rc=$?"
ip netns pids; echo "rc=$?"
ip netns pids a b; echo "rc=$?"
ip netns pids nosuch; echo "rc=$?"
ip netns identify x; echo "rc=$?"
ip netns identify 1 2; echo "rc=$?"
ip netns help; echo "rc=$?"
ip netns exec a ip netns identify; echo "rc=$?"
ip -n a netns identify; echo "rc=$?"
ip netns exec a bash -c 'ip netns identify; echo in=$0 $1; exit 3' foo bar; echo "rc=$?"
ip netns exec a bash -c 'nosuch'; echo "rc=$?"
ip netns exec a bash -c 'nosuch' myname; echo "rc=$?"
ip netns exec a /sbin/ip -br link; echo "rc=$?"
ip netns exec a cd /; echo "rc=$?"
ip -all netns delete; echo "rc=$?"
ip netns list; echo "rc=$?"
ip -all netns delete; echo "rc=$?"
ip netns add a
ip netns add b
ip netns set a 7
ip netns set b 3
ip -n a netns set b 5
ip netns list-id nsid 7; echo rc=$?
ip netns list-id nsid 9; echo rc=$?
ip netns list-id target-nsid 7; echo rc=$?
ip netns list-id target-nsid 9; echo rc=$?
ip netns list-id nsid x; echo rc=$?
ip netns list-id nsid -2; echo rc=$?
ip netns list-id nsid; echo rc=$?
ip netns list-id nsid 1 nsid 2; echo rc=$?
ip -n b netns set a auto
ip netns list-id target-nsid 3
ip netns set a 7; echo rc=$?
ip netns set nosuchX 7; echo rc=$?
ip netns add c
ip netns set c 3; echo rc=$?
ip netns set c auto; echo rc=$?
ip netns list-id
ip netns exec a bash -c 'ip netns identify; ip -br link show lo; echo err >&2; ip netns list-id'
ip -all netns exec bash -c 'echo $0'
