#!/bin/bash
# nsenter --net under real bash: a host command (bash) runs in the namespace,
# with the shims it starts; the world's commands run there directly.
ip netns add a
ip link add va type veth peer name vb netns a
nsenter --net=/run/netns/a ip -br link show vb
nsenter --net=/run/netns/a bash -c 'ip -br link show lo; echo "in bash: $?"'
nsenter --net=/run/netns/nope bash -c 'echo never'
echo rc=$?
nsenter -n/run/netns/a -F bash -c 'ip netns identify'
nsenter --net=/run/netns/a /bin/nosuch
echo rc=$?
for ns in a; do nsenter --net=/var/run/netns/$ns ip -br link show lo; done
