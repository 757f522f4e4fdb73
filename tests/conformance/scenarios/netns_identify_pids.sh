# ip netns identify PID and ip netns pids NS for the script's own processes: a job
# started by ip netns exec, a bash inside one, the script itself (in no named namespace).
ip netns add a
ip netns add b
ip netns exec a sleep 5 &
p=$!
sleep 0.5
[ "$(ip netns pids a)" = "$p" ] && echo "pids a is the sleep" || echo "pids a: $(ip netns pids a) vs $p"
ip netns pids b | wc -l
ip netns identify $p
ip netns exec b ip netns identify $p
ip -n b netns identify $p
ip netns exec b bash -c 'ip netns identify $$; ip netns pids b | grep -c "^$$\$"'
ip netns exec a bash -c 'ip netns identify $PPID'
kill $p
wait
ip netns pids a | wc -l
ip netns exec a bash -c 'ip netns del a; ip netns identify $$; echo st $?'
ip netns pids
echo "st $?"
ip netns pids a b
echo "st $?"
ip netns identify 1 2 
echo "st $?"
