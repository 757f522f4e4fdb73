# The shell's variables as bash expands them: assignment, $NAME, ${NAME}, quoting,
# field splitting of unquoted values, export, unset, $#, $0, set --, shift, $!
# naming a background job, and newlines inside quotes.
NS=red
ip netns add $NS
ip netns add "${NS}2"
ip netns list
DEV="veth0"
ip link add "$DEV" type veth peer name veth1
ip -br link show dev "$DEV"
X='a  b'
echo $X "$X" ${X}c '$X' "\$X"
E=
echo :$E: "[$E]" x${E}y
export PREFIX=10.0.0
ip addr add $PREFIX.1/24 dev $DEV
ip -4 -o addr show dev $DEV
unset PREFIX
echo "unset: <$PREFIX>"
echo "script: $0 args: $#"
set -- one "two words" three
echo "$# $1 / $2 / $3"
shift
echo "$# $1"
echo "$@"
false; echo "status $?"; echo "still $?"
sleep 100 &
pid=$!
kill $pid
wait $pid
echo "killed: $?"
echo "first
second"
ip netns del "$NS"
ip netns list
