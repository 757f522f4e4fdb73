# Namespace ids seen from several namespaces: ip netns set from inside another
# namespace, list-id with nsid and target-nsid selectors and their refusals,
# automatic ids, and ids taken twice. Its own scenario because Linux frees a
# deleted namespace's id only when the namespace's cleanup work has run, a
# moment after ip netns delete returns.
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
